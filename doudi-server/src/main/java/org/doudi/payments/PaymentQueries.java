package org.doudi.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.IdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What people read about payments, always within the user's region: a run and its totals by township and
 * programme, its holds with their evidence, its lines, the comparison with the month before, a household's
 * payment history, and the monthly totals. A run of a wider region shows a township user only the lines of his
 * township. ID numbers and accounts are masked in lists; every read of a household's history is logged.
 */
@Component
public class PaymentQueries {

    public record Run(long id, String regionCode, String regionName, YearMonth month, String status, String startedBy,
                      Instant startedAt, Instant computedAt, String releasedBy, Instant releasedAt, String releaseNote,
                      int version, long lines, BigDecimal payable, long heldLines, BigDecimal heldAmount,
                      BigDecimal recovery, long openHolds, boolean exported) {
    }

    public record Total(String township, String townshipName, String programme, String kind, long lines,
                        BigDecimal amount, BigDecimal held) {
    }

    public record Hold(long id, String rule, Long householdId, String householdNo, String name, String idNumber,
                       BigDecimal amount, String reason, String status, String decidedBy, Instant decidedAt,
                       String note, Long alertId, long lines) {
    }

    public record Line(long id, long runId, YearMonth runMonth, long householdId, String householdNo, String name,
                       String idNumber, String programme, YearMonth period, String kind, BigDecimal amount,
                       String account, String holder, String status, String basis, String bankReference,
                       LocalDate paidOn, String failureReason) {
    }

    public record Change(String change, long householdId, String householdNo, String name, String programme,
                         BigDecimal before, BigDecimal after, String reason) {
    }

    public record MonthTotal(YearMonth month, String township, String townshipName, String programme, long lines,
                             BigDecimal sent, BigDecimal paid, BigDecimal failed, BigDecimal withheld,
                             BigDecimal toRecover) {
    }

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;
    private final AuditLog audit;

    PaymentQueries(JdbcClient jdbc, DivisionDirectory divisions, AuditLog audit) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    private static final String RUN = """
            SELECT r.*, d.name AS region_name,
                   (SELECT count(*) FROM payment_line l WHERE l.run_id = r.id AND l.region_code LIKE :scope) AS lines,
                   (SELECT coalesce(sum(amount), 0) FROM payment_line l WHERE l.run_id = r.id AND l.region_code LIKE :scope
                       AND l.kind <> 'RECOVERY') AS payable,
                   (SELECT count(*) FROM payment_line l WHERE l.run_id = r.id AND l.region_code LIKE :scope
                       AND l.status IN ('HELD', 'WITHHELD')) AS held_lines,
                   (SELECT coalesce(sum(amount), 0) FROM payment_line l WHERE l.run_id = r.id AND l.region_code LIKE :scope
                       AND l.status IN ('HELD', 'WITHHELD')) AS held_amount,
                   (SELECT coalesce(sum(amount), 0) FROM payment_line l WHERE l.run_id = r.id AND l.region_code LIKE :scope
                       AND l.kind = 'RECOVERY') AS recovery,
                   (SELECT count(*) FROM payment_hold_finding f WHERE f.run_id = r.id AND f.status = 'OPEN') AS open_holds,
                   EXISTS (SELECT 1 FROM bank_batch b WHERE b.run_id = r.id) AS exported
              FROM payroll_run r JOIN division d ON d.code = r.region_code
            """;

    /** Runs that cover any part of the user's region, newest month first. */
    public List<Run> runs(DoudiUser user) {
        return jdbc.sql(RUN + " WHERE (r.region_code LIKE :scope OR :code LIKE r.region_code || '%') ORDER BY r.month DESC, r.region_code")
                .param("scope", user.scope().likePattern()).param("code", user.scope().code())
                .query(PaymentQueries::run).list();
    }

    public Run run(DoudiUser user, long runId) {
        return jdbc.sql(RUN + " WHERE r.id = :id AND (r.region_code LIKE :scope OR :code LIKE r.region_code || '%')")
                .param("id", runId).param("scope", user.scope().likePattern()).param("code", user.scope().code())
                .query(PaymentQueries::run).optional().orElseThrow(() -> PaymentException.notFound("发放名册"));
    }

    /** Totals by township, programme and kind (lines of the user's region). */
    public List<Total> totals(DoudiUser user, long runId) {
        run(user, runId);
        return jdbc.sql("""
                SELECT substr(l.region_code, 1, 9) AS township, l.programme, l.kind, count(*), sum(l.amount),
                       coalesce(sum(l.amount) FILTER (WHERE l.status IN ('HELD', 'WITHHELD')), 0)
                  FROM payment_line l WHERE l.run_id = ? AND l.region_code LIKE ?
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """).params(runId, user.scope().likePattern()).query((rs, n) -> new Total(rs.getString(1),
                        divisions.fullName(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6))).list();
    }

    /** The run's audit findings (of the user's region), open ones first. */
    public List<Hold> holds(DoudiUser user, long runId) {
        run(user, runId);
        return jdbc.sql("""
                SELECT f.id, f.rule, f.household_id, h.household_no, p.name, f.id_number, f.amount, f.reason, f.status,
                       f.decided_by, f.decided_at, f.decision_note, f.alert_id,
                       (SELECT count(*) FROM payment_hold_line hl WHERE hl.finding_id = f.id)
                  FROM payment_hold_finding f LEFT JOIN household h ON h.id = f.household_id
                  LEFT JOIN person p ON p.id_number = f.id_number
                 WHERE f.run_id = ? AND (h.region_code LIKE ? OR h.id IS NULL)
                 ORDER BY (f.status <> 'OPEN'), f.rule, h.household_no, f.id
                """).params(runId, user.scope().likePattern()).query((rs, n) -> new Hold(rs.getLong(1), rs.getString(2),
                        (Long) rs.getObject(3), rs.getString(4), rs.getString(5), mask(rs.getString(6)),
                        rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        instant(rs, 11), rs.getString(12), (Long) rs.getObject(13), rs.getLong(14))).list();
    }

    private static final String LINE = """
            SELECT l.*, r.month AS run_month, h.household_no FROM payment_line l
              JOIN payroll_run r ON r.id = l.run_id JOIN household h ON h.id = l.household_id
            """;

    /** The run's lines in the user's region, optionally only those of one status or held by one finding. */
    public List<Line> lines(DoudiUser user, long runId, String status, Long findingId, int limit) {
        run(user, runId);
        return jdbc.sql(LINE + """
                 WHERE l.run_id = :run AND l.region_code LIKE :scope AND (CAST(:status AS text) IS NULL OR l.status = :status)
                   AND (CAST(:finding AS bigint) IS NULL OR l.id IN (SELECT line_id FROM payment_hold_line WHERE finding_id = :finding))
                 ORDER BY h.household_no, l.programme, l.period_month, l.kind LIMIT :limit
                """).param("run", runId).param("scope", user.scope().likePattern()).param("status", status)
                .param("finding", findingId).param("limit", limit).query(PaymentQueries::line).list();
    }

    /** Every payment of a household, newest first; the read is logged. */
    public List<Line> history(DoudiUser user, long householdId) {
        String region = jdbc.sql("SELECT region_code FROM household WHERE id = ? AND region_code LIKE ?")
                .params(householdId, user.scope().likePattern()).query(String.class).optional()
                .orElseThrow(() -> PaymentException.notFound("家庭"));
        audit.recordAs(user.username(), "READ_PAYMENTS", "HOUSEHOLD", String.valueOf(householdId), region, "发放记录");
        return jdbc.sql(LINE + " WHERE l.household_id = ? ORDER BY l.period_month DESC, r.month DESC, l.id DESC")
                .param(householdId).query(PaymentQueries::line).list();
    }

    /**
     * The comparison with the month before (regular lines of the same households): new lines, ended lines and
     * changed amounts, each with the decision in force (its status and reason).
     */
    public List<Change> diff(DoudiUser user, long runId) {
        Run run = run(user, runId);
        return jdbc.sql("""
                WITH now AS (SELECT household_id, programme, sum(amount) AS amount FROM payment_line
                              WHERE run_id = :run AND kind = 'REGULAR' AND region_code LIKE :scope GROUP BY 1, 2),
                     before AS (SELECT l.household_id, l.programme, sum(l.amount) AS amount FROM payment_line l
                                 WHERE l.kind = 'REGULAR' AND l.period_month = :previous AND l.region_code LIKE :region
                                   AND l.region_code LIKE :scope GROUP BY 1, 2)
                SELECT CASE WHEN b.amount IS NULL THEN 'NEW' WHEN n.amount IS NULL THEN 'ENDED' ELSE 'CHANGED' END,
                       coalesce(n.household_id, b.household_id), h.household_no, p.name,
                       coalesce(n.programme, b.programme), b.amount, n.amount,
                       s.status || ' 自 ' || s.status_since || '：' || s.reason
                  FROM now n FULL JOIN before b ON b.household_id = n.household_id AND b.programme = n.programme
                  JOIN household h ON h.id = coalesce(n.household_id, b.household_id)
                  LEFT JOIN LATERAL (SELECT p.name FROM membership m JOIN person p ON p.id = m.person_id
                                      WHERE m.household_id = h.id ORDER BY (m.valid_to IS NOT NULL), (m.relation <> 'APPLICANT') LIMIT 1) p ON true
                  LEFT JOIN LATERAL (SELECT * FROM programme_status s WHERE s.household_id = h.id
                                        AND s.programme = coalesce(n.programme, b.programme) AND s.status_since <= :end
                                      ORDER BY s.id DESC LIMIT 1) s ON true
                 WHERE n.amount IS DISTINCT FROM b.amount
                 ORDER BY 1, h.household_no, 5
                """).param("run", runId).param("scope", user.scope().likePattern())
                .param("previous", previousPeriod(run.month()).atDay(1)).param("region", run.regionCode() + "%")
                .param("end", run.month().atEndOfMonth())
                .query((rs, n) -> new Change(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getString(8) == null ? "无保障状态记录" : rs.getString(8))).list();
    }

    private static YearMonth previousPeriod(YearMonth month) {
        return month.minusMonths(1);
    }

    /** Money per month, township and programme over a year: sent (released), paid, failed, withheld, to recover. */
    public List<MonthTotal> monthlyTotals(DoudiUser user, int year) {
        return jdbc.sql("""
                SELECT r.month, substr(l.region_code, 1, 9), l.programme, count(*),
                       coalesce(sum(l.amount) FILTER (WHERE l.status IN ('RELEASED', 'PAID', 'FAILED')), 0),
                       coalesce(sum(l.amount) FILTER (WHERE l.status = 'PAID'), 0),
                       coalesce(sum(l.amount) FILTER (WHERE l.status = 'FAILED'), 0),
                       coalesce(sum(l.amount) FILTER (WHERE l.status = 'WITHHELD'), 0),
                       coalesce(sum(l.amount) FILTER (WHERE l.status = 'TO_RECOVER'), 0)
                  FROM payment_line l JOIN payroll_run r ON r.id = l.run_id
                 WHERE r.status = 'RELEASED' AND l.region_code LIKE ? AND r.month >= ? AND r.month < ?
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """).params(user.scope().likePattern(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new MonthTotal(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2),
                        divisions.fullName(rs.getString(2)), rs.getString(3), rs.getLong(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9))).list();
    }

    private static Run run(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("region_code"), rs.getString("region_name"),
                YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("status"), rs.getString("started_by"),
                instant(rs, "started_at"), instant(rs, "computed_at"), rs.getString("released_by"),
                instant(rs, "released_at"), rs.getString("release_note"), rs.getInt("version"), rs.getLong("lines"),
                rs.getBigDecimal("payable"), rs.getLong("held_lines"), rs.getBigDecimal("held_amount"),
                rs.getBigDecimal("recovery"), rs.getLong("open_holds"), rs.getBoolean("exported"));
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getLong("id"), rs.getLong("run_id"), YearMonth.from(rs.getObject("run_month", LocalDate.class)),
                rs.getLong("household_id"), rs.getString("household_no"), rs.getString("name"),
                mask(rs.getString("id_number")), rs.getString("programme"),
                YearMonth.from(rs.getObject("period_month", LocalDate.class)), rs.getString("kind"),
                rs.getBigDecimal("amount"), maskAccount(rs.getString("account")), rs.getString("account_holder"),
                rs.getString("status"), rs.getString("basis"), rs.getString("bank_reference"),
                rs.getObject("paid_on", LocalDate.class), rs.getString("failure_reason"));
    }

    static String mask(String idNumber) {
        return idNumber == null ? null : IdNumber.mask(idNumber);
    }

    /** An account in a list: its first four and last four digits. */
    static String maskAccount(String account) {
        if (account == null || account.length() <= 8) {
            return account;
        }
        return account.substring(0, 4) + "*".repeat(account.length() - 8) + account.substring(account.length() - 4);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
