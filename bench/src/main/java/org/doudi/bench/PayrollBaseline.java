package org.doudi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.postgresql.PGConnection;

/**
 * The payroll benchmark's baseline and its comparison, on a fresh PostgreSQL ({@link BenchServer}):
 *
 * <pre>
 * java -Dloader.main=org.doudi.bench.PayrollBaseline -jar bench/target/doudi-bench.jar run
 *      --data DIR --month 2026-10 --tables bench/payroll/tables.sql --sql bench/payroll/payroll.sql --out DIR
 * ... compare --product DIR --baseline DIR
 * </pre>
 *
 * {@code run} creates the plain tables of tables.sql, loads persons.csv, persons_neighbour.csv, deaths.csv,
 * staff.csv and custody.csv (those present) with {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} and ANALYZE
 * (the load), runs payroll.sql statement by statement (the SQL), and writes payroll.csv and audit.csv with
 * {@code COPY ... TO STDOUT} (the export); each phase is timed on its own. The server's start is not timed. It
 * also samples the server's memory: the sum of the proportional set sizes (PSS) of its processes, every 200 ms.
 * {@code compare} compares doudi's payroll.csv and audit.csv with the baseline's: lines on every column but
 * {@code basis}, findings on (rule, household_id, id_number, amount), as multisets; it exits 1 when they differ.
 */
public final class PayrollBaseline {

    private static final List<String> RULES = List.of("PAID_AFTER_DEATH", "ACCOUNT_HOLDER_MISMATCH", "SHARED_ACCOUNT",
            "FREQUENT_OR_LARGE", "DUPLICATE_ENROLMENT", "ABOVE_RECOMPUTED", "ABOVE_STATUTORY_MAXIMUM",
            "NOT_PAYABLE_STATUS", "STAFF_RELATIVE_UNREGISTERED");
    private static final List<String> LINE_COLUMNS = List.of("household_id", "id_number", "name", "programme", "month",
            "amount", "account", "account_holder");
    private static final List<String> FINDING_COLUMNS = List.of("rule", "household_id", "id_number", "amount");
    /** The files loaded, by table; persons.csv is required, the others are loaded when present. */
    private static final Map<String, String> FILES = new LinkedHashMap<>();
    private static final int SHOWN_DIFFERENCES = 5;

    static {
        FILES.put("persons", "persons.csv");
        FILES.put("persons_neighbour", "persons_neighbour.csv");
        FILES.put("deaths", "deaths.csv");
        FILES.put("staff", "staff.csv");
        FILES.put("custody", "custody.csv");
    }

    private PayrollBaseline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int exit = switch (args[0]) {
            case "run" -> run(Path.of(need(options, "--data")), YearMonth.parse(need(options, "--month")),
                    Path.of(need(options, "--tables")), Path.of(need(options, "--sql")), Path.of(need(options, "--out")));
            case "compare" -> compare(Path.of(need(options, "--product")), Path.of(need(options, "--baseline")));
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static void usage() {
        System.err.println("usage: PayrollBaseline run --data DIR --month YYYY-MM --tables tables.sql --sql payroll.sql --out DIR");
        System.err.println("       PayrollBaseline compare --product DIR --baseline DIR");
        System.exit(2);
    }

    private static String need(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            System.err.println("missing " + name);
            usage();
        }
        return value;
    }

    // ------------------------------------------------------------------------------------------------ run

    static int run(Path data, YearMonth month, Path tables, Path sqlFile, Path out) throws Exception {
        Files.createDirectories(out);
        List<String> gb18030 = gb18030Files(data);
        String sql = Files.readString(sqlFile, StandardCharsets.UTF_8).replace("{{month}}", month.toString())
                .replace("{{month_start}}", month.atDay(1).toString()).replace("{{month_end}}", month.atEndOfMonth().toString());
        List<String> statements = MonitoringBaseline.statements(sql);
        try (BenchServer server = BenchServer.start(false);
             ServerMemory memory = new ServerMemory(server.dataDirectory());
             Connection db = server.connect();
             Statement st = db.createStatement()) {
            System.out.printf("postgres  %s, fresh server (start not timed)%n", single(st, "SELECT version()"));
            for (String statement : MonitoringBaseline.statements(Files.readString(tables, StandardCharsets.UTF_8))) {
                st.execute(statement);
            }

            long started = System.nanoTime();
            StringBuilder loaded = new StringBuilder();
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path path = data.resolve(file.getValue());
                if (!Files.exists(path)) {
                    continue;
                }
                long t = System.nanoTime();
                long rows = copyIn(db, file.getKey(), path, gb18030.contains(file.getValue()));
                loaded.append(String.format(" %s=%,d (%.2f s)", file.getValue(), rows, (System.nanoTime() - t) / 1e9));
            }
            st.execute("ANALYZE");
            double load = (System.nanoTime() - started) / 1e9;
            System.out.println("postgres  loaded:" + loaded);

            started = System.nanoTime();
            List<double[]> timings = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                long t = System.nanoTime();
                st.execute(statements.get(i));
                timings.add(new double[] {i, (System.nanoTime() - t) / 1e9});
            }
            double queries = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            copyOut(db, "SELECT " + String.join(", ", LINE_COLUMNS) + " FROM payroll_out ORDER BY line_no",
                    out.resolve("payroll.csv"));
            copyOut(db, "SELECT rule, id_number, household_id, amount FROM audit_out ORDER BY array_position(ARRAY['"
                    + String.join("', '", RULES) + "'], rule), household_id, id_number", out.resolve("audit.csv"));
            double export = (System.nanoTime() - started) / 1e9;
            long peakKib = memory.peakKib();

            System.out.printf("postgres  %d statements of %s, slowest:%n", statements.size(), sqlFile);
            timings.stream().sorted((a, b) -> Double.compare(b[1], a[1])).limit(8).forEach(t ->
                    System.out.printf("            %6.2f s  %s%n", t[1], firstLine(statements.get((int) t[0]))));
            report(st);
            System.out.printf("postgres  load %.2f s (COPY + ANALYZE), SQL %.2f s, export %.2f s (COPY TO payroll.csv,"
                    + " audit.csv); server memory peak %,d MiB (sum of its processes' PSS)%n", load, queries, export,
                    peakKib / 1024);
            System.out.printf("PG_LOAD_SECONDS %.3f%nPG_SQL_SECONDS %.3f%nPG_EXPORT_SECONDS %.3f%nPG_PEAK_PSS_KIB %d%n",
                    load, queries, export, peakKib);
        }
        return 0;
    }

    /** Files that noise.csv lists as written in GB18030 instead of UTF-8. */
    private static List<String> gb18030Files(Path data) throws IOException {
        List<String> files = new ArrayList<>();
        Path noise = data.resolve("noise.csv");
        if (Files.exists(noise)) {
            for (String line : Files.readAllLines(noise, StandardCharsets.UTF_8)) {
                String[] fields = line.split(",", 4);
                if (fields.length >= 3 && fields[2].equals("GB18030_FILE")) {
                    files.add(fields[0]);
                }
            }
        }
        return files;
    }

    /** COPY of a file into the table of the same columns, named by the file's header line. */
    private static long copyIn(Connection db, String table, Path file, boolean gb18030) throws SQLException, IOException {
        Charset charset = gb18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        String header;
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            header = reader.readLine();
        }
        header = header == null ? "" : header.replace("\uFEFF", "");
        String columns = java.util.Arrays.stream(header.split(",", -1)).map(c -> '"' + c.trim() + '"')
                .collect(Collectors.joining(", "));
        String copy = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv, HEADER"
                + (gb18030 ? ", ENCODING 'GB18030'" : "") + ")";
        try (InputStream in = Files.newInputStream(file)) {
            return db.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, in, 1 << 16);
        }
    }

    private static void copyOut(Connection db, String query, Path file) throws SQLException, IOException {
        try (OutputStream outFile = Files.newOutputStream(file)) {
            db.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT (FORMAT csv, HEADER)", outFile);
        }
    }

    /** Untimed: what the SQL found, and a check of its Dibao formula against the registry's amounts. */
    private static void report(Statement st) throws SQLException {
        System.out.printf("postgres  lines %s, total %s 元; rejected feed rows: deaths %s, staff %s%n",
                single(st, "SELECT to_char(count(*), 'FM999,999,999') FROM payroll_out"),
                single(st, "SELECT sum(amount) FROM payroll_out"),
                single(st, "SELECT (SELECT count(*) FROM deaths) - (SELECT count(*) FROM death)"),
                single(st, "SELECT (SELECT count(*) FROM staff) - (SELECT count(*) FROM staff_tie)"));
        StringBuilder findings = new StringBuilder("postgres  findings:");
        try (ResultSet rs = st.executeQuery("SELECT r, (SELECT count(*) FROM audit_out WHERE rule = r) FROM unnest(ARRAY['"
                + String.join("', '", RULES) + "']) WITH ORDINALITY AS t(r, n) ORDER BY n")) {
            while (rs.next()) {
                findings.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
            }
        }
        System.out.println(findings);
        System.out.println("postgres  check: ACTIVE Dibao lines whose amount equals the SQL recomputation: " + single(st, """
                SELECT to_char(count(*) FILTER (WHERE amount = recomputed), 'FM999,999,999') || ' of '
                       || to_char(count(*), 'FM999,999,999')
                FROM (SELECT amount, CASE WHEN round(income / members, 2) < dibao_standard(area)
                                          THEN round((dibao_standard(area) - round(income / members, 2)) * members, 0)
                                          ELSE 0 END AS recomputed
                      FROM line WHERE programme = 'DIBAO' AND status = 'ACTIVE') AS l"""));
    }

    private static String firstLine(String statement) {
        String line = statement.lines().findFirst().orElse("");
        if (statement.startsWith("INSERT INTO audit_out")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("SELECT '([A-Z_]+)'").matcher(statement);
            if (m.find()) {
                line = "rule " + m.group(1);
            }
        }
        return line.length() > 90 ? line.substring(0, 90) + "..." : line;
    }

    private static String single(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // -------------------------------------------------------------------------------------------- compare

    /** Lines and findings of both folders as multisets; 0 when both are identical, 1 when not. */
    static int compare(Path product, Path baseline) {
        boolean linesSame = compareFile("lines", product.resolve("payroll.csv"), baseline.resolve("payroll.csv"),
                LINE_COLUMNS, "programme");
        boolean findingsSame = compareFile("findings", product.resolve("audit.csv"), baseline.resolve("audit.csv"),
                FINDING_COLUMNS, "rule");
        if (linesSame && findingsSame) {
            System.out.println("identical: payroll lines (" + String.join(", ", LINE_COLUMNS) + ") and findings ("
                    + String.join(", ", FINDING_COLUMNS) + "); reason and basis texts not compared");
            return 0;
        }
        System.out.println("DIFFERENT: " + (linesSame ? "" : "payroll lines ") + (findingsSame ? "" : "findings"));
        return 1;
    }

    /** Per value of {@code groupBy}: rows in each file, and rows only in one of them (as multisets). */
    private static boolean compareFile(String what, Path productFile, Path baselineFile, List<String> columns,
                                       String groupBy) {
        Map<String, Integer> productRows = keys(productFile, columns);
        Map<String, Integer> baselineRows = keys(baselineFile, columns);
        int group = columns.indexOf(groupBy);
        Map<String, long[]> counts = new TreeMap<>(java.util.Comparator.comparingInt((String g) ->
                RULES.contains(g) ? RULES.indexOf(g) : RULES.size()).thenComparing(g -> g));
        Map<String, List<String>> onlyProduct = new TreeMap<>();
        Map<String, List<String>> onlyBaseline = new TreeMap<>();
        for (String key : union(productRows, baselineRows)) {
            String g = key.split("\\|", -1)[group];
            int p = productRows.getOrDefault(key, 0);
            int b = baselineRows.getOrDefault(key, 0);
            long[] c = counts.computeIfAbsent(g, k -> new long[4]);
            c[0] += p;
            c[1] += b;
            c[2] += Math.max(0, p - b);
            c[3] += Math.max(0, b - p);
            if (p > b) {
                onlyProduct.computeIfAbsent(g, k -> new ArrayList<>()).add(key);
            } else if (b > p) {
                onlyBaseline.computeIfAbsent(g, k -> new ArrayList<>()).add(key);
            }
        }
        System.out.printf("%-9s %-30s %11s %11s %9s %9s%n", what, groupBy, "doudi", "postgres", "only-d", "only-pg");
        long differences = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            System.out.printf("%-9s %-30s %,11d %,11d %,9d %,9d%n", "", e.getKey(), c[0], c[1], c[2], c[3]);
            differences += c[2] + c[3];
        }
        if (differences == 0) {
            return true;
        }
        show("only in doudi's " + what, onlyProduct);
        show("only in PostgreSQL's " + what, onlyBaseline);
        return false;
    }

    private static TreeSet<String> union(Map<String, Integer> a, Map<String, Integer> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static void show(String title, Map<String, List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        System.out.println(title + " (first " + SHOWN_DIFFERENCES + " per group, columns joined by |):");
        rows.forEach((g, keys) -> keys.stream().limit(SHOWN_DIFFERENCES).forEach(k -> System.out.println("  " + k)));
    }

    /** Each row as its columns joined by "|" (amounts without trailing zeros), with how often it occurs. */
    private static Map<String, Integer> keys(Path file, List<String> columns) {
        Map<String, Integer> keys = new HashMap<>();
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(columns);
            for (TableRow row : reader) {
                StringBuilder key = new StringBuilder();
                for (String column : columns) {
                    String value = row.get(column);
                    if (column.equals("amount") && !value.isEmpty()) {
                        value = new BigDecimal(value).stripTrailingZeros().toPlainString();
                    }
                    key.append(key.isEmpty() ? "" : "|").append(value);
                }
                keys.merge(key.toString(), 1, Integer::sum);
            }
        }
        return keys;
    }

    /** The server's memory: the peak over samples of the summed PSS of the postmaster and its children. */
    private static final class ServerMemory implements AutoCloseable {

        private final Path dataDirectory;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakKib;

        ServerMemory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            this.thread = new Thread(this::sample, "server-memory");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            while (running) {
                peakKib = Math.max(peakKib, currentKib());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private long currentKib() {
            try {
                Path pidFile = dataDirectory.resolve("postmaster.pid");
                if (!Files.exists(pidFile)) {
                    return 0;
                }
                long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                long total = pss(postmaster);
                try (var processes = Files.list(Path.of("/proc"))) {
                    for (Path p : (Iterable<Path>) processes::iterator) {
                        String name = p.getFileName().toString();
                        if (name.chars().allMatch(Character::isDigit) && parent(p) == postmaster) {
                            total += pss(Long.parseLong(name));
                        }
                    }
                }
                return total;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        private static long parent(Path process) {
            try {
                String stat = Files.readString(process.resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[1]);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private static long pss(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                return 0;
            }
            return 0;
        }

        long peakKib() {
            peakKib = Math.max(peakKib, currentKib());
            return peakKib;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(2000);
        }
    }
}
