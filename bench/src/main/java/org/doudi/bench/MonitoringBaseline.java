package org.doudi.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring benchmark's baseline and its checks, on DuckDB (in-memory, 2 threads):
 *
 * <pre>
 * java -Dloader.main=org.doudi.bench.MonitoringBaseline -jar bench/target/doudi-bench.jar run
 *      --data DIR --sql bench/monitoring/rules.sql --as-of 2025-06-30 --out duckdb-findings.csv --work DIR
 * ... compare  --product findings.csv --baseline duckdb-findings.csv
 * ... manifest --manifest DIR/manifest.csv --findings duckdb-findings.csv
 * </pre>
 *
 * {@code run} executes rules.sql (the 18 rules of contracts/feeds.md as SQL) on the generated files and prints
 * its own time, from loading the driver to the findings file written: the JVM's start is not in it, the
 * conversion of GB18030 files to UTF-8 (DuckDB reads UTF-8 only without its encodings extension) is.
 * {@code compare} compares two findings files on (rule, household_id, id_number) and exits 1 when they differ;
 * {@code manifest} checks findings against the generator's manifest.csv (every plant found) and counts the
 * findings that are not planted, per rule; it exits 1 when a plant is missed.
 */
public final class MonitoringBaseline {

    private static final Pattern FILE_TOKEN = Pattern.compile("\\{\\{file:([^}]+)}}");
    private static final int SHOWN_DIFFERENCES = 5;

    private MonitoringBaseline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> options = options(args);
        int exit = switch (args[0]) {
            case "run" -> run(Path.of(need(options, "--data")), Path.of(need(options, "--sql")), need(options, "--as-of"),
                    Path.of(need(options, "--out")), Path.of(options.getOrDefault("--work", need(options, "--data") + "/duckdb")));
            case "compare" -> compare(Path.of(need(options, "--product")), Path.of(need(options, "--baseline")));
            case "manifest" -> manifest(Path.of(need(options, "--manifest")), Path.of(need(options, "--findings")));
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static void usage() {
        System.err.println("usage: MonitoringBaseline run --data DIR --sql rules.sql --as-of YYYY-MM-DD --out FILE [--work DIR]");
        System.err.println("       MonitoringBaseline compare --product FILE --baseline FILE");
        System.err.println("       MonitoringBaseline manifest --manifest manifest.csv --findings FILE");
        System.exit(2);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
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

    static int run(Path data, Path sqlFile, String asOf, Path out, Path work) throws Exception {
        String template = Files.readString(sqlFile, StandardCharsets.UTF_8);
        Files.createDirectories(work);
        Files.deleteIfExists(out);
        long started = System.nanoTime();
        Map<String, Path> files = resolveFiles(data, work, template);
        String sql = template.replace("{{as_of}}", asOf).replace("{{out}}", sqlPath(out));
        Matcher m = FILE_TOKEN.matcher(sql);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(resolved, Matcher.quoteReplacement(sqlPath(files.get(m.group(1)))));
        }
        m.appendTail(resolved);
        List<String> statements = statements(resolved.toString());

        List<double[]> timings = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET threads = 2");
            st.execute("SET memory_limit = '6GB'");
            st.execute("SET temp_directory = '" + sqlPath(work.resolve("spill")) + "'");
            st.execute("SET preserve_insertion_order = false");
            for (int i = 0; i < statements.size(); i++) {
                long t = System.nanoTime();
                st.execute(statements.get(i));
                timings.add(new double[] {i, (System.nanoTime() - t) / 1e9});
            }
            double own = (System.nanoTime() - started) / 1e9;

            System.out.printf("duckdb    %s statements of %s, threads 2, DuckDB %s%n", statements.size(), sqlFile,
                    single(st, "SELECT version()"));
            System.out.println("duckdb    slowest statements:");
            timings.stream().sorted((a, b) -> Double.compare(b[1], a[1])).limit(8).forEach(t ->
                    System.out.printf("            %6.2f s  %s%n", t[1], firstLine(statements.get((int) t[0]))));
            try (ResultSet rs = st.executeQuery("SELECT file, rows FROM rejected WHERE rows > 0 ORDER BY file")) {
                StringBuilder line = new StringBuilder("duckdb    rejected rows:");
                while (rs.next()) {
                    line.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
                }
                System.out.println(line);
            }
            try (ResultSet rs = st.executeQuery("SELECT rule, count(*) FROM findings GROUP BY rule ORDER BY rule")) {
                StringBuilder line = new StringBuilder("duckdb    findings:");
                long total = 0;
                while (rs.next()) {
                    line.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
                    total += rs.getLong(2);
                }
                System.out.println(line + " (total " + total + ")");
            }
            System.out.printf("duckdb    own time %.2f s (driver load, GB18030 conversion, reading, rules, writing %s)%n",
                    own, out);
            System.out.printf("DUCKDB_OWN_SECONDS %.3f%n", own);
        }
        return 0;
    }

    /**
     * The path of each file the SQL names; files that noise.csv lists as GB18030 are converted to UTF-8 in the
     * work folder first (DuckDB's read_csv reads UTF-8, UTF-16 and Latin-1 without its encodings extension).
     */
    private static Map<String, Path> resolveFiles(Path data, Path work, String sql) throws IOException {
        List<String> gb18030 = new ArrayList<>();
        Path noise = data.resolve("noise.csv");
        if (Files.exists(noise)) {
            for (String line : Files.readAllLines(noise, StandardCharsets.UTF_8)) {
                String[] fields = line.split(",", 4);
                if (fields.length >= 3 && fields[2].equals("GB18030_FILE")) {
                    gb18030.add(fields[0]);
                }
            }
        }
        Map<String, Path> files = new LinkedHashMap<>();
        Matcher m = FILE_TOKEN.matcher(sql);
        while (m.find()) {
            String name = m.group(1);
            if (files.containsKey(name)) {
                continue;
            }
            Path source = data.resolve(name);
            if (gb18030.contains(name)) {
                Path utf8 = work.resolve(name);
                transcode(source, Charset.forName("GB18030"), utf8);
                files.put(name, utf8);
            } else {
                files.put(name, source);
            }
        }
        return files;
    }

    private static void transcode(Path source, Charset from, Path target) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(source, from);
             BufferedWriter outFile = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            char[] buffer = new char[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                outFile.write(buffer, 0, n);
            }
        }
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    /** Splits on semicolons outside quotes and comments; comments are dropped. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (!quoted && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                if (!current.toString().isBlank()) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String firstLine(String statement) {
        String line = statement.lines().findFirst().orElse("");
        if (statement.startsWith("INSERT INTO findings")) {
            Matcher m = Pattern.compile("SELECT '([A-Z_]+)'").matcher(statement);
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

    /** Both findings files on (rule, household_id, id_number); 0 when the sets are equal, 1 when not. */
    static int compare(Path product, Path baseline) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET threads = 2");
            load(st, "product", product);
            load(st, "baseline", baseline);
            System.out.printf("%-34s %10s %10s %8s %8s%n", "rule", "doudi", "duckdb", "only-d", "only-b");
            long differences = 0;
            try (ResultSet rs = st.executeQuery("""
                    WITH rules AS (SELECT rule FROM product UNION SELECT rule FROM baseline)
                    SELECT r.rule,
                           (SELECT count(*) FROM product p WHERE p.rule = r.rule),
                           (SELECT count(*) FROM baseline b WHERE b.rule = r.rule),
                           (SELECT count(*) FROM (SELECT * FROM product p WHERE p.rule = r.rule EXCEPT SELECT * FROM baseline)),
                           (SELECT count(*) FROM (SELECT * FROM baseline b WHERE b.rule = r.rule EXCEPT SELECT * FROM product))
                    FROM rules r ORDER BY r.rule""")) {
                while (rs.next()) {
                    System.out.printf("%-34s %,10d %,10d %,8d %,8d%n", rs.getString(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5));
                    differences += rs.getLong(4) + rs.getLong(5);
                }
            }
            if (differences == 0) {
                System.out.println("findings  identical on (rule, household_id, id_number)");
                return 0;
            }
            show(st, "only in doudi's findings", "SELECT * FROM product EXCEPT SELECT * FROM baseline");
            show(st, "only in DuckDB's findings", "SELECT * FROM baseline EXCEPT SELECT * FROM product");
            System.out.printf("FINDINGS DIFFER: %,d differences on (rule, household_id, id_number)%n", differences);
            return 1;
        }
    }

    /** (rule, household_id, id_number) of a findings file, by header name; extra columns are ignored. */
    private static void load(Statement st, String table, Path file) throws SQLException {
        st.execute("CREATE TABLE " + table + " AS SELECT DISTINCT trim(rule) AS rule, coalesce(trim(household_id), '') AS household_id,"
                + " coalesce(trim(id_number), '') AS id_number FROM read_csv('" + sqlPath(file)
                + "', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')");
    }

    private static void show(Statement st, String title, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT rule, household_id, id_number, row_number() OVER (PARTITION BY rule"
                + " ORDER BY household_id, id_number) AS n FROM (" + query + ") QUALIFY n <= " + SHOWN_DIFFERENCES
                + " ORDER BY rule, n")) {
            System.out.println(title + " (first " + SHOWN_DIFFERENCES + " per rule):");
            while (rs.next()) {
                System.out.printf("  %-34s %-16s %s%n", rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- manifest

    /** Every plant of manifest.csv must be among the findings; findings that are not planted are counted. */
    static int manifest(Path manifestFile, Path findings) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET threads = 2");
            load(st, "planted", manifestFile);
            load(st, "found", findings);
            System.out.printf("%-34s %9s %9s %8s %8s%n", "rule", "planted", "found", "recall", "extra");
            long missed = 0;
            try (ResultSet rs = st.executeQuery("""
                    WITH rules AS (SELECT rule FROM planted UNION SELECT rule FROM found)
                    SELECT r.rule,
                           (SELECT count(*) FROM planted p WHERE p.rule = r.rule),
                           (SELECT count(*) FROM found f WHERE f.rule = r.rule),
                           (SELECT count(*) FROM (SELECT * FROM planted p WHERE p.rule = r.rule INTERSECT SELECT * FROM found)),
                           (SELECT count(*) FROM (SELECT * FROM found f WHERE f.rule = r.rule EXCEPT SELECT * FROM planted))
                    FROM rules r ORDER BY r.rule""")) {
                while (rs.next()) {
                    long planted = rs.getLong(2);
                    long hit = rs.getLong(4);
                    System.out.printf("%-34s %,9d %,9d %7.1f%% %,8d%n", rs.getString(1), planted, rs.getLong(3),
                            planted == 0 ? 100.0 : 100.0 * hit / planted, rs.getLong(5));
                    missed += planted - hit;
                }
            }
            show(st, "planted but not found", "SELECT * FROM planted EXCEPT SELECT * FROM found");
            show(st, "found but not planted", "SELECT * FROM found EXCEPT SELECT * FROM planted");
            if (missed > 0) {
                System.out.printf("MANIFEST CHECK FAILED: %,d plants not found%n", missed);
                return 1;
            }
            System.out.println("manifest  every plant found (recall 100%)");
            return 0;
        }
    }
}
