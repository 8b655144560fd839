package org.doudi.divisions;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.doudi.kernel.Divisions;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the shipped division codes into the {@code division} table on first start (one transaction,
 * PostgreSQL COPY), and records the edition in {@code reference_data}. Later starts find it loaded.
 */
public class DivisionLoader {

    private static final Logger log = LoggerFactory.getLogger(DivisionLoader.class);
    static final String NAME = "division";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public DivisionLoader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public void loadIfMissing() {
        boolean loaded = jdbc.sql("SELECT count(*) FROM reference_data WHERE name = ?")
                .param(NAME).query(Integer.class).single() > 0;
        if (!loaded) {
            long started = System.nanoTime();
            int rows = load();
            log.info("已载入 {} 年统计用区划代码 {} 条（{} ms）", Divisions.EDITION, rows, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private int load() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int rows = copyDivisions(connection);
                try (var statement = connection.prepareStatement(
                        "INSERT INTO reference_data (name, edition, rows) VALUES (?, ?, ?)")) {
                    statement.setString(1, NAME);
                    statement.setString(2, Divisions.EDITION);
                    statement.setInt(3, rows);
                    statement.executeUpdate();
                }
                connection.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法载入区划代码：" + e.getMessage(), e);
        }
    }

    /** Streams the resource into COPY in batches; parents sort before children, so the FK holds. */
    private static int copyDivisions(Connection connection) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY division (code, name, level, parent_code) FROM STDIN (FORMAT text)");
        int[] rows = {0};
        StringWriter batch = new StringWriter(1 << 20);
        try {
            Divisions.forEach(d -> {
                String code = d.code().value();
                batch.append(code).append('\t').append(d.name()).append('\t')
                        .append(String.valueOf(d.level().ordinal() + 1)).append('\t')
                        .append(d.code().parent().map(p -> p.value()).orElse("\\N")).append('\n');
                rows[0]++;
                if (batch.getBuffer().length() > (1 << 20)) {
                    write(copy, batch);
                }
            });
            write(copy, batch);
            copy.endCopy();
        } catch (RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        return rows[0];
    }

    private static void write(CopyIn copy, StringWriter batch) {
        byte[] bytes = batch.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        batch.getBuffer().setLength(0);
    }
}
