package org.doudi.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With {@code url} set (environment {@code DOUDI_DB_URL}, with {@code DOUDI_DB_USER}
 * and {@code DOUDI_DB_PASSWORD}) Doudi uses that PostgreSQL server and never starts the embedded one;
 * otherwise it starts an embedded PostgreSQL whose data lives in {@code dataDir} across restarts.
 *
 * @param url external JDBC URL, empty for the embedded database
 * @param dataDir data directory of the embedded database ({@code DOUDI_DB_DATA_DIR}, default {@code ./doudi-data})
 * @param ephemeral embedded database in a fresh temporary directory, deleted on exit (tests)
 * @param embeddedPort port of the embedded database, 0 for any free port
 */
@ConfigurationProperties("doudi.db")
public record DatabaseSettings(
        String url,
        String user,
        String password,
        @DefaultValue("doudi-data") Path dataDir,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("20") int poolSize) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
