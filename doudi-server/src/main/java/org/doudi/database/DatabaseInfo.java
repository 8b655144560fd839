package org.doudi.database;

/**
 * Which database this instance runs on, for the log and every page footer: nobody should run a bureau
 * on the embedded database without knowing it.
 *
 * @param embedded whether the embedded PostgreSQL started by Doudi is in use
 * @param location the data directory (embedded) or the JDBC URL without credentials (external)
 * @param serverVersion PostgreSQL's own version string
 */
public record DatabaseInfo(boolean embedded, String location, String serverVersion) {

    /** One line for people, e.g. "内置 PostgreSQL 18.1（数据目录 /srv/doudi-data）". */
    public String describe() {
        return embedded
                ? "内置 PostgreSQL " + serverVersion + "（数据目录 " + location + "）"
                : "外部 PostgreSQL " + serverVersion + "（" + location + "）";
    }
}
