package org.doudi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * The baseline: PostgreSQL's own {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} of the same file, sent
 * by pgjdbc's CopyManager, into a plain (logged, unindexed) table with one text column per file column.
 * No parsing, no checks, no merge: the least any import of this file into this server can cost.
 */
final class CopyBaseline {

    static final String TABLE = "bench_copy_baseline";

    record Run(long rows, double seconds) {
    }

    private CopyBaseline() {
    }

    static List<String> header(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalStateException("empty file: " + file);
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return Arrays.stream(line.split(",", -1)).map(String::trim).toList();
        }
    }

    /** Creates the table afresh, checkpoints (untimed), then times the COPY alone. */
    static Run run(Connection connection, Path file, List<String> columns) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE + " ("
                    + columns.stream().map(c -> quote(c) + " text").collect(Collectors.joining(", ")) + ")");
            statement.execute("CHECKPOINT");
        }
        String copy = "COPY " + TABLE + " FROM STDIN (FORMAT csv, HEADER)";
        long started = System.nanoTime();
        long rows;
        try (InputStream in = Files.newInputStream(file)) {
            rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, in, 1 << 16);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(rows, seconds);
    }

    static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
