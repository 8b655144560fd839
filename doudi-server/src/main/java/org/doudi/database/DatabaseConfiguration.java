package org.doudi.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the external server of {@code DOUDI_DB_URL} when set, otherwise the embedded
 * PostgreSQL. The choice is logged loudly and exposed as {@link DatabaseInfo} for the page footer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Holds the embedded server (if any) so it stops after the pool closes. */
    record Server(EmbeddedDatabase embedded) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    Server databaseServer(DatabaseSettings settings) {
        if (settings.external()) {
            return new Server(null);
        }
        return new Server(EmbeddedDatabase.start(settings.dataDir(), settings.ephemeral(), settings.embeddedPort()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, Server server) {
        HikariConfig config = new HikariConfig();
        if (settings.external()) {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        } else {
            config.setJdbcUrl(server.embedded().jdbcUrl());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("doudi");
        return new HikariDataSource(config);
    }

    @Bean
    DatabaseInfo databaseInfo(DatabaseSettings settings, Server server, DataSource dataSource) {
        String version = serverVersion(dataSource);
        DatabaseInfo info = settings.external()
                ? new DatabaseInfo(false, withoutCredentials(settings.url()), version)
                : new DatabaseInfo(true, server.embedded().dataDir().toString(), version);
        log.warn("数据库 / database: {}{}", info.describe(),
                info.embedded() ? "  ——内置数据库仅供试用和单机使用；生产环境请设置 DOUDI_DB_URL" : "");
        return info;
    }

    private static String serverVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        } catch (SQLException e) {
            throw new IllegalStateException("无法连接数据库：" + e.getMessage(), e);
        }
    }

    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
