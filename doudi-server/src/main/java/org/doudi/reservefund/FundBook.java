package org.doudi.reservefund;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.doudi.access.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reserve_fund and reserve_fund_entry tables: balances, the locked row, entries, the summary. */
class FundBook {

    /** A new ledger line, before it has an id. */
    record NewEntry(String townshipCode, EntryKind kind, BigDecimal amount, BigDecimal balanceAfter, Long caseId,
                    String payeeName, String purpose, String reference, Long returnsEntryId,
                    BigDecimal countedBalance, BigDecimal difference, String actor, Instant at) {
    }

    private static final String COLUMNS = """
            e.id, e.township_code, e.kind, e.amount, e.balance_after, e.case_id, e.payee_name, e.purpose, e.reference,
            e.returns_entry_id, e.counted_balance, e.difference, e.actor, e.at,
            CASE WHEN e.kind = 'SPENDING' THEN (SELECT coalesce(sum(r.amount), 0.00) FROM reserve_fund_entry r
                                                 WHERE r.returns_entry_id = e.id) END AS returned
            """;

    private final JdbcClient jdbc;

    FundBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the township's fund with a zero balance if it has none yet. */
    void open(String township) {
        jdbc.sql("INSERT INTO reserve_fund (township_code) VALUES (?) ON CONFLICT DO NOTHING").param(township).update();
    }

    /**
     * The balance, with the fund's row locked until the transaction ends: a second operation on the same
     * fund waits here and then sees the first one's balance. Empty if the township has no fund.
     */
    Optional<BigDecimal> lock(String township) {
        return jdbc.sql("SELECT balance FROM reserve_fund WHERE township_code = ? FOR UPDATE").param(township)
                .query(BigDecimal.class).optional();
    }

    Optional<BigDecimal> balance(String township) {
        return jdbc.sql("SELECT balance FROM reserve_fund WHERE township_code = ?").param(township)
                .query(BigDecimal.class).optional();
    }

    void setBalance(String township, BigDecimal balance) {
        jdbc.sql("UPDATE reserve_fund SET balance = ?, version = version + 1, updated_at = now() WHERE township_code = ?")
                .params(balance, township).update();
    }

    Entry insert(NewEntry e) {
        long id = jdbc.sql("""
                INSERT INTO reserve_fund_entry (township_code, kind, amount, balance_after, case_id, payee_name, purpose,
                                                reference, returns_entry_id, counted_balance, difference, actor, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(e.townshipCode(), e.kind().name(), e.amount(), e.balanceAfter(), e.caseId(), e.payeeName(),
                        e.purpose(), e.reference(), e.returnsEntryId(), e.countedBalance(), e.difference(), e.actor(),
                        OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    Optional<Entry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reserve_fund_entry e WHERE e.id = ?").param(id)
                .query(FundBook::entry).optional();
    }

    /** Entries of a township from (inclusive) to (exclusive), null for open ends, in the order they were booked. */
    List<Entry> entries(String township, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + """
                  FROM reserve_fund_entry e
                 WHERE e.township_code = ?
                   AND (CAST(? AS timestamptz) IS NULL OR e.at >= ?)
                   AND (CAST(? AS timestamptz) IS NULL OR e.at < ?)
                 ORDER BY e.id
                """).params(township, utc(from), utc(from), utc(to), utc(to))
                .query(FundBook::entry).list();
    }

    /** The book balance just before an instant: the running balance of the last entry booked earlier. */
    BigDecimal balanceBefore(String township, Instant at) {
        return jdbc.sql("""
                SELECT balance_after FROM reserve_fund_entry WHERE township_code = ? AND at < ? ORDER BY id DESC LIMIT 1
                """).params(township, utc(at)).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO.setScale(2));
    }

    /**
     * Every township of the scope with its fund, in code order: all townships of a county (or of one township)
     * even without a fund yet, so the county can make the first allocation; above the county, only townships
     * that have a fund.
     */
    List<TownshipFund> summary(RegionScope scope, int year, Instant yearStart, Instant yearEnd) {
        String county = scope.code().length() >= 6 ? scope.code().substring(0, 6) : null;
        return jdbc.sql("""
                WITH township AS (
                    SELECT code FROM division WHERE parent_code = :county AND level = 4 AND code LIKE :scope
                    UNION
                    SELECT township_code FROM reserve_fund WHERE township_code LIKE :scope
                )
                SELECT t.code, d.name, coalesce(f.balance, 0.00) AS balance,
                       coalesce(y.top_ups, 0.00) AS top_ups, coalesce(y.spending, 0.00) AS spending,
                       coalesce(y.returns, 0.00) AS returns, r.at AS reconciled_at, r.difference
                  FROM township t
                  JOIN division d ON d.code = t.code
                  LEFT JOIN reserve_fund f ON f.township_code = t.code
                  LEFT JOIN LATERAL (
                      SELECT sum(amount) FILTER (WHERE kind = 'TOP_UP') AS top_ups,
                             sum(amount) FILTER (WHERE kind = 'SPENDING') AS spending,
                             sum(amount) FILTER (WHERE kind = 'RETURN') AS returns
                        FROM reserve_fund_entry
                       WHERE township_code = t.code AND at >= :from AND at < :to) y ON true
                  LEFT JOIN LATERAL (
                      SELECT at, difference FROM reserve_fund_entry
                       WHERE township_code = t.code AND kind = 'RECONCILIATION'
                       ORDER BY id DESC LIMIT 1) r ON true
                 ORDER BY t.code
                """)
                .param("county", county)
                .param("scope", scope.likePattern())
                .param("from", utc(yearStart))
                .param("to", utc(yearEnd))
                .query((rs, n) -> new TownshipFund(rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("balance"), year, rs.getBigDecimal("top_ups"), rs.getBigDecimal("spending"),
                        rs.getBigDecimal("returns"), instant(rs, "reconciled_at"), rs.getBigDecimal("difference")))
                .list();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("township_code"), EntryKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("amount"), rs.getBigDecimal("balance_after"), rs.getObject("case_id", Long.class),
                rs.getString("payee_name"), rs.getString("purpose"), rs.getString("reference"),
                rs.getObject("returns_entry_id", Long.class), rs.getBigDecimal("counted_balance"),
                rs.getBigDecimal("difference"), rs.getString("actor"), instant(rs, "at"), rs.getBigDecimal("returned"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
