package org.doudi.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How long the product takes to import a registry file of N persons, against PostgreSQL's own COPY of the
 * same file into a plain table, on the same fresh server. Run by {@code bench/import/run.sh}:
 *
 * <pre>java -jar bench/target/doudi-bench.jar --file DIR/persons.csv --work DIR [--jar doudi-server/target/doudi.jar]</pre>
 *
 * <ol>
 *   <li>starts a throwaway embedded PostgreSQL 18 (the product's binaries and settings);</li>
 *   <li>warm-up, untimed: {@code java -jar doudi.jar import} of the file's first households, so that the
 *       schema migration and the one-time load of the division codes are not counted;</li>
 *   <li>baseline: {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} of the file into a plain table, three
 *       times, the median counts;</li>
 *   <li>the timed import: {@code java -jar doudi.jar import FILE}, checked (outcome APPLIED, the
 *       {@code person} table holds every row of the file);</li>
 *   <li>prints both times, rows/s, peak memory, where the import's time went (from the server log), and
 *       on its last line {@code ratio X.XX} = the import's own time / the COPY time.</li>
 * </ol>
 * Exits 1, loudly, if anything is not as it should be.
 */
public final class ImportBenchmark {

    private static final int WARMUP_HOUSEHOLDS = 3;
    /** Used only when the plain command fails to start for want of HttpSecurity (see the NOTICE it prints). */
    private static final List<String> CLI_WORKAROUND =
            List.of("-Dspring.main.web-application-type=servlet", "-Dserver.port=0");
    private static final int COPY_RUNS = 3;
    /** A statement is listed on its own when it takes at least this share of the import's own time. */
    private static final double LIST_SHARE = 0.01;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        try {
            run(Options.parse(args));
        } catch (BenchmarkFailure e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    record Options(Path productJar, Path file, Path work, boolean explain) {
        static Options parse(String[] args) {
            Path jar = null;
            Path file = null;
            Path work = null;
            boolean explain = false;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--jar" -> jar = Path.of(require(value, args[i++]));
                    case "--file" -> file = Path.of(require(value, args[i++]));
                    case "--work" -> work = Path.of(require(value, args[i++]));
                    case "--explain" -> explain = true;
                    default -> throw new BenchmarkFailure("unknown option " + args[i]);
                }
            }
            if (jar == null) {
                jar = Path.of("doudi-server", "target", "doudi.jar"); // from the repository root
            }
            if (file == null || work == null) {
                throw new BenchmarkFailure(
                        "usage: --file persons.csv --work DIR [--jar doudi-server/target/doudi.jar] [--explain]");
            }
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(file)) {
                throw new BenchmarkFailure("missing " + (Files.isRegularFile(jar) ? file : jar));
            }
            return new Options(jar.toAbsolutePath(), file.toAbsolutePath(), work.toAbsolutePath(), explain);
        }

        private static String require(String value, String option) {
            if (value == null) {
                throw new BenchmarkFailure(option + " needs a value");
            }
            return value;
        }
    }

    static final class BenchmarkFailure extends RuntimeException {
        BenchmarkFailure(String message) {
            super(message);
        }
    }

    private static void run(Options options) throws Exception {
        Files.createDirectories(options.work());
        Path warmupDir = options.work().resolve("warmup");
        Files.createDirectories(warmupDir);
        Path warmup = warmupDir.resolve("persons.csv");
        int warmupRows = writeWarmup(options.file(), warmup);
        List<String> columns = CopyBaseline.header(options.file());
        double fileMiB = Files.size(options.file()) / 1048576.0;

        System.out.printf("file      %s (%.1f MiB, %d columns)%n", options.file(), fileMiB, columns.size());
        System.out.printf("machine   %d cores, Java %s, load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());

        if (options.explain()) {
            System.out.println("DIAGNOSTIC RUN (--explain): auto_explain logs EXPLAIN ANALYZE of every statement over"
                    + " 250 ms with trigger times; it slows those statements, so these times are not the benchmark's.");
        }
        try (BenchServer server = BenchServer.start(options.explain()); Connection connection = server.connect()) {
            long benchPid = Long.parseLong(single(connection, "SELECT pg_backend_pid()"));
            System.out.printf("server    embedded PostgreSQL %s (zonky, throwaway data directory), %s%n",
                    single(connection, "SHOW server_version"), server.jdbcUrl());

            // 1. warm-up: schema migration and division codes, untimed
            List<String> flags = List.of();
            ProductCommand.Result warm = ProductCommand.importFile(options.productJar(), flags, warmup, server,
                    options.work(), options.work().resolve("import-warmup.out"));
            if (!warm.applied() && warm.output().stream().anyMatch(l -> l.contains("HttpSecurity"))) {
                flags = CLI_WORKAROUND;
                System.out.println("NOTICE    `java -jar doudi.jar import FILE` does not start: the command runs without a web"
                        + " server (WebApplicationType.NONE), and SecurityConfiguration.apiSecurity needs HttpSecurity,"
                        + " which exists only in a servlet application. Working around it, without changing the product,"
                        + " with the JVM flags " + String.join(" ", flags) + " (the same import code then runs inside an"
                        + " application that also starts a web server on a free port, idle during the import; the import's own time"
                        + " should not be affected, its wall time includes the web server's start).");
                warm = ProductCommand.importFile(options.productJar(), flags, warmup, server,
                        options.work(), options.work().resolve("import-warmup.out"));
            }
            if (!warm.applied()) {
                throw failure("warm-up import did not apply", warm);
            }
            System.out.printf("warm-up   import of the first %d households (%d rows), untimed: %s, wall %.1f s "
                            + "(schema migration and %s division codes)%n", WARMUP_HOUSEHOLDS, warmupRows,
                    warm.outcome(), warm.wallSeconds(), single(connection, "SELECT count(*) FROM division"));

            // 2. baseline: COPY of the same file into a plain table
            List<CopyBaseline.Run> runs = new ArrayList<>();
            for (int i = 0; i < COPY_RUNS; i++) {
                runs.add(CopyBaseline.run(connection, options.file(), columns));
            }
            CopyBaseline.drop(connection);
            long fileRows = runs.get(0).rows();
            double copySeconds = runs.stream().mapToDouble(CopyBaseline.Run::seconds).sorted().toArray()[COPY_RUNS / 2];
            StringBuilder each = new StringBuilder();
            for (CopyBaseline.Run r : runs) {
                each.append(each.length() == 0 ? "" : ", ").append(String.format("%.2f s", r.seconds()));
            }
            System.out.printf("baseline  COPY %s FROM STDIN (FORMAT csv, HEADER), %d text columns, pgjdbc CopyManager:%n"
                            + "          %,d rows; runs %s; median %.2f s = %,.0f rows/s%n", CopyBaseline.TABLE,
                    columns.size(), fileRows, each, copySeconds, fileRows / copySeconds);

            // 3. the timed import
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
            long logMark = server.logSize();
            ProductCommand.Result result;
            ActivitySampler sampler = new ActivitySampler(connection);
            try {
                result = ProductCommand.importFile(options.productJar(), flags, options.file(), server,
                        options.work(), options.work().resolve("import.out"));
            } finally {
                sampler.close();
            }
            Thread.sleep(500); // let the logging collector write the last lines
            if (!result.applied() || result.ownSeconds() == null) {
                throw failure("the import did not apply", result);
            }
            long persons = Long.parseLong(single(connection, "SELECT count(*) FROM person"));
            String batch = single(connection, "SELECT outcome || ' ' || rows_read || ' ' || error_count "
                    + "FROM import_batch ORDER BY id DESC LIMIT 1");
            if (persons != fileRows || result.rowsRead() != fileRows || !batch.equals("APPLIED " + fileRows + " 0")) {
                throw failure("person table holds " + persons + " persons, the file " + fileRows
                        + " rows, the import read " + result.rowsRead() + "; last batch: " + batch, result);
            }
            double own = result.ownSeconds();
            String batchSeconds = single(connection, "SELECT round(extract(epoch FROM finished_at - started_at), 2) "
                    + "FROM import_batch ORDER BY id DESC LIMIT 1");
            System.out.printf("import    java %s-jar doudi.jar import %s (DOUDI_DB_URL = the server above)%n",
                    flags.isEmpty() ? "" : String.join(" ", flags) + " ", options.file().getFileName());
            result.summaryLines().forEach(l -> System.out.println("          " + l));
            System.out.printf("          checked: outcome APPLIED, 0 errors, person table holds %,d = the file's rows%n", persons);
            System.out.printf("          import's own time (用时) %.1f s = %,.0f rows/s; wall time of the command %.1f s "
                    + "(adds JVM and application start); import_batch finished_at - started_at %s s%n",
                    own, fileRows / own, result.wallSeconds(), batchSeconds);
            System.out.println("          peak memory of the import process: "
                    + (result.peakRssKib().isPresent()
                    ? String.format("%.0f MiB RSS (%s)", result.peakRssKib().getAsLong() / 1024.0, result.rssSource())
                    : "not measured (neither /usr/bin/time nor /proc)"));
            if (result.cpuSeconds() != null) {
                System.out.printf("          CPU time of the import process (user + system, start included): %.1f s;"
                                + " the warm-up's, mostly start: %s%n", result.cpuSeconds(),
                        warm.cpuSeconds() == null ? "?" : String.format("%.1f s", warm.cpuSeconds()));
            }
            System.out.printf("          database size after the import: %s%n",
                    single(connection, "SELECT pg_size_pretty(pg_database_size(current_database()))"));

            // 4. where the import's time went
            Path savedLog = options.work().resolve("postgresql.log");
            Files.copy(server.log(), savedLog, StandardCopyOption.REPLACE_EXISTING);
            printBreakdown(StatementLog.read(server.log(), logMark), own, benchPid);
            printSamples(sampler);
            System.out.println("          (server log kept in " + savedLog + ", import output in "
                    + options.work().resolve("import.out") + ")");

            System.out.println("machine   load average after: " + loadAverage()
                    + " (other work on the machine slows both sides; compare runs on a quiet machine)");
            System.out.println();
            System.out.printf("import %.1f s (own time; wall %.1f s), COPY %.2f s, %,d rows%n", own,
                    result.wallSeconds(), copySeconds, fileRows);
            if (options.explain()) {
                System.out.println("(diagnostic run: the ratio below is inflated by auto_explain)");
            }
            System.out.printf("ratio %.2f%n", own / copySeconds);
        }
    }

    private static void printBreakdown(StatementLog.Summary log, double ownSeconds, long benchPid) {
        double ownMillis = ownSeconds * 1000;
        System.out.println("where the import's time went (PostgreSQL log, statement durations in finishing order;"
                + " the staging COPY runs while Java parses the rows):");
        List<StatementLog.Step> steps = log.steps().stream().filter(step -> step.pid() != benchPid).toList();
        int start = 0;
        while (start < steps.size() && !steps.get(start).sql().startsWith("INSERT INTO import_batch")) {
            start++;
        }
        if (start == steps.size()) {
            start = 0; // not found: count everything
        }
        double before = steps.subList(0, start).stream().mapToDouble(StatementLog.Step::millis).sum();
        System.out.printf("  (%d statements, %.1f s, ran at application start, before the import's own clock started)%n",
                start, before / 1000);
        steps = steps.subList(start, steps.size());
        double others = 0;
        int otherCount = 0;
        for (StatementLog.Step step : steps) {
            if (step.millis() >= LIST_SHARE * ownMillis) {
                System.out.printf("  %8.2f s %5.1f%%  %s%n", step.millis() / 1000, 100 * step.millis() / ownMillis,
                        abbreviate(step.sql(), 110));
            } else {
                others += step.millis();
                otherCount++;
            }
        }
        System.out.printf("  %8.2f s %5.1f%%  %d other statements, each under %.0f%% of the import%n", others / 1000,
                100 * others / ownMillis, otherCount, 100 * LIST_SHARE);
        double inStatements = steps.stream().mapToDouble(StatementLog.Step::millis).sum();
        System.out.printf("  %8.2f s %5.1f%%  outside any statement (Java before and between statements)%n",
                (ownMillis - inStatements) / 1000, 100 * (ownMillis - inStatements) / ownMillis);
        System.out.printf("          checkpoints during the import: %d (%.1f s, in the background); temporary files: %d, %.0f MiB%n",
                log.checkpoints(), log.checkpointSeconds(), log.tempFiles(), log.tempFileBytes() / 1048576.0);
        if (!log.triggers().isEmpty()) {
            System.out.println("          triggers in statements over 250 ms (auto_explain; foreign keys are checked by"
                    + " one trigger call per row):");
            log.triggers().forEach((name, sum) -> System.out.printf("  %8.2f s %,11.0f calls  %s%n",
                    sum[0] / 1000, sum[1], name));
        }
    }

    private static void printSamples(ActivitySampler sampler) {
        int ticks = sampler.ticks();
        System.out.printf("what the import's backends were doing (pg_stat_activity sampled every 100 ms, %d samples;"
                + " statements seen in at least 2%% of them):%n", ticks);
        sampler.samples().forEach((sql, waits) -> {
            int total = waits.values().stream().mapToInt(Integer::intValue).sum();
            if (total < 0.02 * ticks) {
                return;
            }
            StringBuilder split = new StringBuilder();
            waits.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e ->
                    split.append(split.length() == 0 ? "" : ", ").append(e.getKey())
                            .append(String.format(" %.0f%%", 100.0 * e.getValue() / total)));
            System.out.printf("  %5d  %-60s  %s%n", total, sql, split);
        });
    }

    /** The header and the file's first households, whole (the generator writes each household's rows together). */
    private static int writeWarmup(Path file, Path warmup) throws IOException {
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(warmup, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.newLine();
            Set<String> households = new HashSet<>();
            String line;
            while ((line = in.readLine()) != null) {
                String household = line.substring(0, Math.max(0, line.indexOf(',')));
                if (households.add(household) && households.size() > WARMUP_HOUSEHOLDS) {
                    break;
                }
                out.write(line);
                out.newLine();
                rows++;
            }
        }
        return rows;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static BenchmarkFailure failure(String what, ProductCommand.Result result) {
        List<String> out = result.output();
        StringBuilder text = new StringBuilder(what).append(" (exit code ").append(result.exitCode())
                .append(", outcome ").append(result.outcome()).append("); last lines of its output:");
        out.subList(Math.max(0, out.size() - 40), out.size()).forEach(l -> text.append("\n  ").append(l));
        return new BenchmarkFailure(text.toString());
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
