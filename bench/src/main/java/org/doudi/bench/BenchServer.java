package org.doudi.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh, throwaway PostgreSQL for one benchmark run: the zonky binaries the product ships (PG 18), the
 * server settings of the product's embedded database ({@code org.doudi.database.EmbeddedDatabase}), a data
 * directory in a temporary folder that is deleted on close, and a server log in which every statement is
 * logged with its duration, so that the time inside the import can be attributed to its SQL steps.
 */
final class BenchServer implements AutoCloseable {

    static final String DATABASE = "doudi";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private BenchServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * @param explain also log the plan of every statement over 250 ms with EXPLAIN ANALYZE figures and
     *                trigger times (auto_explain): for diagnosis only, as it slows the statements it measures
     */
    static BenchServer start(boolean explain) throws IOException {
        Path dir = Files.createTempDirectory("doudi-bench-pg-");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (explain) {
            builder.setServerConfig("session_preload_libraries", "auto_explain")
                    .setServerConfig("auto_explain.log_min_duration", "250ms")
                    .setServerConfig("auto_explain.log_analyze", "on")
                    .setServerConfig("auto_explain.log_timing", "on")
                    .setServerConfig("auto_explain.log_triggers", "on")
                    .setServerConfig("auto_explain.log_buffers", "on");
        }
        EmbeddedPostgres postgres = builder
                .setDataDirectory(dir)
                .setCleanDataDirectory(true)
                // the product's embedded settings (doudi-server EmbeddedDatabase)
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("timezone", "Asia/Shanghai")
                // observation only: statement durations, checkpoints and temporary files in <data>/log
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", "log")
                .setServerConfig("log_filename", "postgresql.log")
                .setServerConfig("log_rotation_size", "0")
                .setServerConfig("log_min_duration_statement", "0")
                .setServerConfig("log_checkpoints", "on")
                .setServerConfig("log_temp_files", "0")
                .start();
        BenchServer server = new BenchServer(postgres, dir);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
        return server;
    }

    /** The URL for the product's {@code DOUDI_DB_URL}, without credentials. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** The data directory (its postmaster.pid names the server's process). */
    Path dataDirectory() {
        return dataDir;
    }

    Path log() {
        return dataDir.resolve("log").resolve("postgresql.log");
    }

    long logSize() {
        try {
            return Files.exists(log()) ? Files.size(log()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("warning: could not stop the benchmark PostgreSQL: " + e.getMessage());
        }
        deleteTree(dataDir);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("warning: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
