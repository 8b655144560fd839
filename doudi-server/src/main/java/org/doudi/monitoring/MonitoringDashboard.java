package org.doudi.monitoring;

import java.util.List;
import org.doudi.access.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring figures the bureau reports: alerts found, verified and closed by rule and by township, how many
 * are overdue, and the average days from alert to closing.
 */
public class MonitoringDashboard {

    public record Row(String key, long found, long verified, long closed, long open, long overdue, Double averageDaysToClose) {
    }

    public record Figures(List<Row> byRule, List<Row> byTownship, long heldHouseholds) {
    }

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    MonitoringDashboard(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Figures figures(RegionScope scope) {
        return new Figures(rows("rule", scope), rows("substr(region_code, 1, 9)", scope),
                jdbc.sql("""
                        SELECT count(DISTINCT p.household_id) FROM payment_hold p JOIN household h ON h.id = p.household_id
                         WHERE p.released_at IS NULL AND h.region_code LIKE ?
                        """).param(scope.likePattern()).query(Long.class).single());
    }

    private List<Row> rows(String key, RegionScope scope) {
        return jdbc.sql("""
                SELECT %s AS key, count(*) AS found,
                       count(*) FILTER (WHERE status <> 'OPEN') AS verified,
                       count(*) FILTER (WHERE status = 'CLOSED') AS closed,
                       count(*) FILTER (WHERE status = 'OPEN') AS open,
                       count(*) FILTER (WHERE status = 'OPEN' AND due_on < ?) AS overdue,
                       round(avg(extract(epoch FROM closed_at - raised_at) / 86400)::numeric, 1) AS days
                  FROM alert WHERE region_code LIKE ?
                 GROUP BY 1 ORDER BY 1
                """.formatted(key)).params(java.time.LocalDate.now(clock), scope.likePattern()).query((rs, n) -> new Row(rs.getString("key"),
                rs.getLong("found"), rs.getLong("verified"), rs.getLong("closed"), rs.getLong("open"), rs.getLong("overdue"),
                rs.getObject("days") == null ? null : rs.getDouble("days"))).list();
    }
}
