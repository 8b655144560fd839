package org.doudi.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.payments.Entitlements.Benefit;
import org.doudi.payments.Entitlements.StatusRow;
import org.doudi.payroll.AuditFinding;
import org.doudi.payroll.PayrollAudit;
import org.doudi.payroll.PayrollInputs;
import org.doudi.payroll.PayrollLine;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly payroll of a region (发放名册). A run is a pure function of the register's benefits and the month:
 * <ol>
 * <li>one REGULAR line per benefit in payment for the month (or, for a programme the pack pays quarterly, for the
 * quarter in its last month), at the amount of the decision in force ({@link Entitlements});</li>
 * <li>ARREARS (补发) or RECOVERY (追缴) lines where a later decision changed a period already paid, within the
 * pack's look-back ({@code payroll.arrearsLookbackMonths});</li>
 * <li>a REISSUE of every payment the bank returned as failed (once; a failed reissue is flagged instead);</li>
 * <li>temporary-assistance instalments the county pays, due by the month's end;</li>
 * <li>then the audit before release: the engine's rules ({@link PayrollAudit}) over the lines and the register,
 * the department feeds and the custody register, monitoring's payment holds, and lines without an account. Each
 * finding holds only its own lines.</li>
 * </ol>
 * Running a month twice pays nothing twice: a regular line is unique per (household, programme, period) in the
 * database, whatever the run, and an unreleased run is recomputed from scratch. The lines and the audit are
 * written in one transaction, so a run that dies half-way leaves only its COMPUTING header, which the next
 * attempt completes; a released run cannot be recomputed: later changes become next month's arrears or recovery.
 */
@Component
public class PayrollRuns {

    /** Who runs payrolls, decides holds and releases. */
    public static final Set<Role> RUNNERS = EnumSet.of(Role.COUNTY_REVIEWER, Role.ADMIN);
    static final String MONITORING_HOLD = "MONITORING_HOLD";
    static final String ACCOUNT_MISSING = "ACCOUNT_MISSING";
    private static final Set<Programme> NOT_ON_PAYROLL = EnumSet.of(Programme.TEMPORARY, Programme.LOW_INCOME);

    /** Lines written so far in a computation, after each batch. */
    public interface Progress {
        Progress NONE = count -> { };

        void linesWritten(int count);
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final PolicySource policy;
    private final PayrollAuditInputs auditInputs;
    private final DivisionDirectory divisions;
    private final AuditLog audit;
    private final Clock clock;

    PayrollRuns(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, PolicySource policy,
                PayrollAuditInputs auditInputs, DivisionDirectory divisions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.policy = policy;
        this.auditInputs = auditInputs;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The month whose payroll is prepared on a day: benefits are paid by the 10th of the month (the rule of
     * [MZ220] art. 31, since superseded but still the common practice), so until the 10th the month under way is
     * still being paid, after it the next one.
     */
    public static YearMonth monthToPrepare(LocalDate today) {
        return today.getDayOfMonth() > 10 ? YearMonth.from(today).plusMonths(1) : YearMonth.from(today);
    }

    static boolean paidByPayroll(Programme programme) {
        return !NOT_ON_PAYROLL.contains(programme);
    }

    /** Computes (or recomputes, while unreleased) the region's payroll for the month; returns the run's id. */
    public long run(DoudiUser by, String regionCode, YearMonth month) {
        return run(by, regionCode, month, Progress.NONE);
    }

    public long run(DoudiUser by, String regionCode, YearMonth month, Progress progress) {
        if (!RUNNERS.contains(by.role())) {
            throw PaymentException.forbidden("编制发放名册");
        }
        String region = regionCode == null || regionCode.isBlank() ? by.region().value() : regionCode.trim();
        if (!by.scope().contains(region) || !divisions.exists(region)) {
            throw new PaymentException("NOT_FOUND", "region", "区划不存在或不在您的管辖范围内：" + region);
        }
        if (month == null) {
            throw new PaymentException("MONTH_MISSING", "month", "请选择发放月份");
        }
        YearMonth latest = YearMonth.now(clock).plusMonths(1);
        if (month.isAfter(latest)) {
            throw new PaymentException("MONTH_TOO_EARLY", "month", "最多只能编制下月（" + latest + "）的发放名册");
        }
        long runId = transactions.execute(s -> open(by.username(), region, month));
        transactions.executeWithoutResult(s -> compute(runId, region, month, progress));
        audit.recordAs(by.username(), "PAYROLL_RUN", "PAYROLL_RUN", String.valueOf(runId), region, month.toString());
        return runId;
    }

    /** Creates the run, or resets an unreleased one; refuses a released run and overlapping regions. */
    private long open(String by, String region, YearMonth month) {
        LocalDate first = month.atDay(1);
        List<String> overlapping = jdbc.sql("""
                SELECT region_code FROM payroll_run
                 WHERE month = ? AND region_code <> ? AND (region_code LIKE ? OR ? LIKE region_code || '%')
                """).params(first, region, region + "%", region).query(String.class).list();
        if (!overlapping.isEmpty()) {
            throw new PaymentException("PAYROLL_OVERLAP", "region", "本月已有覆盖同一地区的发放名册（"
                    + String.join("、", overlapping.stream().map(divisions::fullName).toList())
                    + "），同一户同一月只能在一个名册中发放");
        }
        Long created = jdbc.sql("""
                INSERT INTO payroll_run (region_code, month, status, started_by) VALUES (?, ?, 'COMPUTING', ?)
                ON CONFLICT (region_code, month) DO NOTHING RETURNING id
                """).params(region, first, by).query(Long.class).optional().orElse(null);
        if (created != null) {
            return created;
        }
        var existing = jdbc.sql("SELECT id, status FROM payroll_run WHERE region_code = ? AND month = ? FOR UPDATE")
                .params(region, first).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long id = (Long) existing[0];
        if ("RELEASED".equals(existing[1])) {
            throw new PaymentException("PAYROLL_RELEASED", "month", month + " 的发放名册已放款，不能重算；"
                    + "此后的决定变更在下月名册中产生补发或追缴");
        }
        jdbc.sql("DELETE FROM payment_hold_line WHERE finding_id IN (SELECT id FROM payment_hold_finding WHERE run_id = ?)")
                .param(id).update();
        jdbc.sql("DELETE FROM payment_hold_finding WHERE run_id = ?").param(id).update();
        jdbc.sql("DELETE FROM payment_line WHERE run_id = ?").param(id).update();
        jdbc.sql("""
                UPDATE payroll_run SET status = 'COMPUTING', started_by = ?, started_at = now(), computed_at = NULL,
                       version = version + 1 WHERE id = ?
                """).params(by, id).update();
        return id;
    }

    /** A household of the region as the run needs it. */
    record HouseholdRow(long id, String householdNo, String region, Area area, String idNumber, String name,
                        String account, String holder) {
    }

    /** A line to write. */
    record NewLine(long householdId, Programme programme, YearMonth period, String kind, BigDecimal amount,
                   String basis, Long reissueOf, Long caseId, Integer instalmentSeq, String account, String holder,
                   int months) {

        NewLine(long householdId, Programme programme, YearMonth period, String kind, BigDecimal amount, String basis,
                Long reissueOf, Long caseId, Integer instalmentSeq, String account, String holder) {
            this(householdId, programme, period, kind, amount, basis, reissueOf, caseId, instalmentSeq, account, holder, 1);
        }
    }

    private void compute(long runId, String region, YearMonth month, Progress progress) {
        Map<Long, HouseholdRow> households = households(region);
        Entitlements entitlements = new Entitlements(statusRows(region));
        Map<String, Parameters> parameters = new HashMap<>();
        List<NewLine> lines = new ArrayList<>();
        PayrollInputs inputs = auditInputs.inputs(region, month, entitlements, households);
        Map<String, String> engineBasis = auditInputs.engineBasis(inputs, month);
        List<Object[]> released = releasedRuns(month);
        Map<Benefit, Map<YearMonth, PaidPeriod>> paid = paidPeriods(region, month);
        List<Benefit> benefits = entitlements.benefits().stream().filter(b -> households.containsKey(b.householdId()))
                .sorted(Comparator.comparing((Benefit b) -> households.get(b.householdId()).householdNo())
                        .thenComparing(Benefit::programme)).toList();
        for (Benefit b : benefits) {
            HouseholdRow h = households.get(b.householdId());
            Parameters p = parameters.computeIfAbsent(h.region() + h.area(), k -> policy.at(
                    DivisionCode.parse(h.region()), h.area(), month.atDay(1)));
            boolean quarterly = quarterly(p, b.programme());
            regular(b, h, month, quarterly, entitlements, engineBasis, lines);
            int lookback = p.integer("payroll.arrearsLookbackMonths");
            List<YearMonth> covered = released.stream().filter(r -> h.region().startsWith((String) r[0]))
                    .map(r -> (YearMonth) r[1]).filter(m -> !m.isBefore(month.minusMonths(lookback))).distinct()
                    .sorted().toList();
            adjustments(b, h, quarterly, covered, paid.getOrDefault(b, Map.of()), entitlements, lines);
        }
        reissues(region, households, lines);
        instalments(region, month, households, lines);
        Map<Integer, Long> ids = write(runId, lines, households, progress);
        hold(runId, month, lines, ids, households, inputs);
        jdbc.sql("UPDATE payroll_run SET status = 'AUDITED', computed_at = now() WHERE id = ?").param(runId).update();
    }

    private static boolean quarterly(Parameters p, Programme programme) {
        return p.find("payroll.quarterlyProgrammes").map(v -> v.value() instanceof List<?> list
                && list.stream().anyMatch(x -> programme.name().equals(String.valueOf(x)))).orElse(false);
    }

    /** The months a period covers: the month itself, or the quarter it ends. */
    private static List<YearMonth> monthsOf(YearMonth period, boolean quarterly) {
        return quarterly ? List.of(period.minusMonths(2), period.minusMonths(1), period) : List.of(period);
    }

    private static boolean endsPeriod(YearMonth month, boolean quarterly) {
        return !quarterly || month.getMonthValue() % 3 == 0;
    }

    private static BigDecimal entitled(Entitlements e, Benefit b, YearMonth period, boolean quarterly) {
        return monthsOf(period, quarterly).stream().map(m -> e.amount(b, m)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void regular(Benefit b, HouseholdRow h, YearMonth month, boolean quarterly, Entitlements e,
                         Map<String, String> engineBasis, List<NewLine> lines) {
        if (!endsPeriod(month, quarterly)) {
            return;
        }
        BigDecimal amount = entitled(e, b, month, quarterly);
        if (amount.signum() <= 0) {
            return;
        }
        StringBuilder basis = new StringBuilder();
        if (quarterly) {
            basis.append("按季度发放（payroll.quarterlyProgrammes）：");
            for (YearMonth m : monthsOf(month, true)) {
                basis.append(m).append(" ").append(yuan(e.amount(b, m))).append(" 元；");
            }
        }
        StatusRow row = e.paying(b, month).or(() -> monthsOf(month, quarterly).stream()
                .flatMap(m -> e.paying(b, m).stream()).findFirst()).orElseThrow();
        basis.append(decision(row));
        String engine = engineBasis.get(h.householdNo() + "|" + b.programme().name());
        if (engine != null && engine.contains("引擎重算")) {
            basis.append("；").append(engine.substring(engine.indexOf("引擎重算")));
        }
        lines.add(new NewLine(b.householdId(), b.programme(), month, "REGULAR", amount.setScale(2),
                basis.toString(), null, null, null, h.account(), h.holder(), quarterly ? 3 : 1));
    }

    /** "决定：programme_status #id DIBAO ACTIVE 自 2026-09-01 每月 820.00 元（reason）". */
    static String decision(StatusRow row) {
        return "决定：保障状态记录 #" + row.id() + " " + row.benefit().programme() + " " + row.status() + " 自 "
                + row.statusSince() + " 每月 " + yuan(row.monthlyAmount()) + " 元（" + row.reason() + "）";
    }

    /** What was paid for a benefit's period, as far as arrears and recovery are concerned. */
    private record PaidPeriod(BigDecimal paid, boolean settled, boolean open) {
    }

    private void adjustments(Benefit b, HouseholdRow h, boolean quarterly, List<YearMonth> covered,
                             Map<YearMonth, PaidPeriod> paid, Entitlements e, List<NewLine> lines) {
        for (YearMonth period : covered) {
            if (!endsPeriod(period, quarterly)) {
                continue;
            }
            PaidPeriod before = paid.getOrDefault(period, new PaidPeriod(BigDecimal.ZERO, false, false));
            if (before.settled() || before.open()) {
                continue;
            }
            BigDecimal due = entitled(e, b, period, quarterly);
            BigDecimal difference = due.subtract(before.paid());
            if (difference.abs().compareTo(new BigDecimal("0.01")) < 0) {
                continue;
            }
            String reason = e.inForce(b, period).map(PayrollRuns::decision).orElse("该期无在保决定");
            String kind = difference.signum() > 0 ? "ARREARS" : "RECOVERY";
            lines.add(new NewLine(b.householdId(), b.programme(), period, kind, difference.setScale(2),
                    (difference.signum() > 0 ? "补发 " : "追缴 ") + period + "：按现行决定应发 " + yuan(due)
                            + " 元，已发 " + yuan(before.paid()) + " 元；" + reason,
                    null, null, null, h.account(), h.holder(), quarterly ? 3 : 1));
        }
    }

    /**
     * What was paid per benefit and period within the longest look-back (24 months at most): regular lines and
     * earlier adjustments sent or settled count (a failed payment too: its reissue carries it); a period with a
     * hold a reviewer confirmed is settled; a period with a line still pending in an unreleased run is open.
     */
    private Map<Benefit, Map<YearMonth, PaidPeriod>> paidPeriods(String region, YearMonth month) {
        Map<Benefit, Map<YearMonth, PaidPeriod>> periods = new HashMap<>();
        jdbc.sql("""
                SELECT l.household_id, l.programme, l.period_month,
                       coalesce(sum(l.amount) FILTER (WHERE l.kind IN ('REGULAR', 'ARREARS', 'RECOVERY') AND l.status IN
                                ('RELEASED', 'PAID', 'FAILED', 'TO_RECOVER', 'RECOVERED')), 0) AS paid,
                       coalesce(bool_or(l.status = 'WITHHELD' AND l.settled), false) AS settled,
                       coalesce(bool_or(l.status IN ('PENDING', 'HELD')), false) AS open
                  FROM payment_line l JOIN household h ON h.id = l.household_id
                 WHERE h.region_code LIKE ? AND l.period_month >= ? AND l.period_month < ?
                   AND l.kind <> 'INSTALMENT'
                 GROUP BY l.household_id, l.programme, l.period_month
                """).params(region + "%", month.minusMonths(24).atDay(1), month.atDay(1))
                .query((ResultSet rs) -> {
                    periods.computeIfAbsent(new Benefit(rs.getLong(1), Programme.valueOf(rs.getString(2))),
                            k -> new HashMap<>()).put(YearMonth.from(rs.getObject(3, LocalDate.class)),
                            new PaidPeriod(rs.getBigDecimal(4), rs.getBoolean(5), rs.getBoolean(6)));
                });
        return periods;
    }

    /** Released runs of earlier months (region, month), for the periods arrears and recovery look at. */
    private List<Object[]> releasedRuns(YearMonth month) {
        return jdbc.sql("SELECT region_code, month FROM payroll_run WHERE status = 'RELEASED' AND month < ?")
                .param(month.atDay(1)).query((rs, n) -> new Object[] {rs.getString(1),
                        YearMonth.from(rs.getObject(2, LocalDate.class))}).list();
    }

    /** Failed payments of the region not yet reissued, sent again to the household's current account. */
    private void reissues(String region, Map<Long, HouseholdRow> households, List<NewLine> lines) {
        jdbc.sql("""
                SELECT l.id, l.household_id, l.programme, l.period_month, l.amount, l.failure_reason, l.bank_reference
                  FROM payment_line l JOIN household h ON h.id = l.household_id
                 WHERE h.region_code LIKE ? AND l.status = 'FAILED' AND l.kind <> 'REISSUE'
                   AND NOT EXISTS (SELECT 1 FROM payment_line r WHERE r.reissue_of = l.id)
                 ORDER BY l.id
                """).param(region + "%").query((ResultSet rs) -> {
                    HouseholdRow h = households.get(rs.getLong(2));
                    if (h != null) {
                        lines.add(new NewLine(h.id(), Programme.valueOf(rs.getString(3)),
                                YearMonth.from(rs.getObject(4, LocalDate.class)), "REISSUE", rs.getBigDecimal(5),
                                "重发：原发放 " + rs.getString(7) + " 被银行退回（" + rs.getString(6) + "），按现账户重发",
                                rs.getLong(1), null, null, h.account(), h.holder()));
                    }
                });
    }

    /** Approved temporary-assistance instalments the county pays, due by the month's end and not yet paid. */
    private void instalments(String region, YearMonth month, Map<Long, HouseholdRow> households, List<NewLine> lines) {
        jdbc.sql("""
                SELECT c.id, c.case_no, c.household_id, i.seq, i.due_on, i.amount
                  FROM case_instalment i JOIN assistance_case c ON c.id = i.case_id
                  JOIN household h ON h.id = c.household_id
                 WHERE h.region_code LIKE ? AND i.source = 'COUNTY' AND i.paid_on IS NULL AND i.due_on <= ?
                   AND c.outcome = 'APPROVED'
                   AND NOT EXISTS (SELECT 1 FROM payment_line l WHERE l.case_id = c.id AND l.instalment_seq = i.seq
                                   AND l.status NOT IN ('FAILED'))
                 ORDER BY c.id, i.seq
                """).params(region + "%", month.atEndOfMonth()).query((ResultSet rs) -> {
                    HouseholdRow h = households.get(rs.getLong(3));
                    if (h != null) {
                        lines.add(new NewLine(h.id(), Programme.TEMPORARY, month, "INSTALMENT", rs.getBigDecimal(6),
                                "临时救助 " + rs.getString(2) + " 第 " + rs.getInt(4) + " 期（应付日 "
                                        + rs.getObject(5, LocalDate.class) + "）", null, rs.getLong(1), rs.getInt(4),
                                h.account(), h.holder()));
                    }
                });
    }

    /** Writes the lines in batches; returns each line's id by its index. */
    private Map<Integer, Long> write(long runId, List<NewLine> lines, Map<Long, HouseholdRow> households,
                                     Progress progress) {
        String sql = """
                INSERT INTO payment_line (run_id, household_id, programme, period_month, kind, amount, id_number, name,
                                          account, account_holder, region_code, basis, status, reissue_of, case_id,
                                          instalment_seq)
                SELECT ?, h.id, ?, ?, ?, ?, ?, ?, ?, ?, h.region_code, ?, ?, ?, ?, ?
                  FROM household h WHERE h.id = ?
                ON CONFLICT DO NOTHING
                """;
        int batch = 1000;
        for (int from = 0; from < lines.size(); from += batch) {
            List<NewLine> part = lines.subList(from, Math.min(lines.size(), from + batch));
            template.batchUpdate(sql, part, part.size(), (ps, l) -> {
                HouseholdRow h = households.get(l.householdId());
                ps.setLong(1, runId);
                ps.setString(2, l.programme().name());
                ps.setObject(3, l.period().atDay(1));
                ps.setString(4, l.kind());
                ps.setBigDecimal(5, l.amount());
                ps.setString(6, h.idNumber());
                ps.setString(7, h.name());
                ps.setString(8, l.account());
                ps.setString(9, l.holder());
                ps.setString(10, l.basis());
                ps.setString(11, "RECOVERY".equals(l.kind()) ? "TO_RECOVER" : "PENDING");
                ps.setObject(12, l.reissueOf());
                ps.setObject(13, l.caseId());
                ps.setObject(14, l.instalmentSeq());
                ps.setLong(15, l.householdId());
            });
            progress.linesWritten(from + part.size());
        }
        Map<String, Long> idsByKey = new HashMap<>();
        jdbc.sql("SELECT id, household_id, programme, period_month, kind, reissue_of, case_id, instalment_seq FROM payment_line WHERE run_id = ?")
                .param(runId).query((ResultSet rs) -> {
                    idsByKey.put(key(rs.getLong(2), rs.getString(3), YearMonth.from(rs.getObject(4, LocalDate.class)),
                            rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), (Integer) rs.getObject(8)),
                            rs.getLong(1));
                });
        Map<Integer, Long> ids = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            NewLine l = lines.get(i);
            Long id = idsByKey.get(key(l.householdId(), l.programme().name(), l.period(), l.kind(), l.reissueOf(),
                    l.caseId(), l.instalmentSeq()));
            if (id != null) {
                ids.put(i, id);
            }
        }
        return ids;
    }

    private static String key(long household, String programme, YearMonth period, String kind, Long reissueOf,
                              Long caseId, Integer seq) {
        return household + "|" + programme + "|" + period + "|" + kind + "|" + reissueOf + "|" + caseId + "|" + seq;
    }

    /** The audit: the engine's rules, monitoring's holds, lines without an account; each holds only its lines. */
    private void hold(long runId, YearMonth month, List<NewLine> lines, Map<Integer, Long> ids,
                      Map<Long, HouseholdRow> households, PayrollInputs inputs) {
        List<PayrollLine> payable = new ArrayList<>();
        List<Long> payableIds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NewLine l = lines.get(i);
            Long id = ids.get(i);
            if (id == null || "RECOVERY".equals(l.kind())) {
                continue;
            }
            HouseholdRow h = households.get(l.householdId());
            payable.add(new PayrollLine(h.householdNo(), h.idNumber(), h.name(), l.programme(), month, l.amount(),
                    l.account() == null ? "" : l.account(), l.holder() == null ? "" : l.holder(), l.basis(), h.region(),
                    l.months()));
            payableIds.add(id);
        }
        Map<String, Long> householdIds = new HashMap<>();
        households.values().forEach(h -> householdIds.put(h.householdNo(), h.id()));
        for (AuditFinding f : new PayrollAudit(policy).audit(payable, inputs, month)) {
            finding(runId, f.rule(), householdIds.get(f.householdId()), f.idNumber(), f.reason(), null,
                    f.heldLines().stream().map(payableIds::get).toList());
        }
        Map<Long, List<Long>> linesByHousehold = new LinkedHashMap<>();
        for (int i = 0; i < payable.size(); i++) {
            linesByHousehold.computeIfAbsent(householdIds.get(payable.get(i).householdId()), k -> new ArrayList<>())
                    .add(payableIds.get(i));
            if (payable.get(i).account().isBlank()) {
                finding(runId, ACCOUNT_MISSING, householdIds.get(payable.get(i).householdId()), payable.get(i).idNumber(),
                        "本户未登记收款账户，无法发放：请在户籍登记中补录银行账户及户名", null, List.of(payableIds.get(i)));
            }
        }
        jdbc.sql("""
                SELECT household_id, alert_id, reason FROM payment_hold WHERE released_at IS NULL ORDER BY id
                """).query((ResultSet rs) -> {
                    List<Long> held = linesByHousehold.get(rs.getLong(1));
                    if (held != null) {
                        HouseholdRow h = households.get(rs.getLong(1));
                        finding(runId, MONITORING_HOLD, h.id(), h.idNumber(), "监测预警暂停发放（预警 #" + rs.getLong(2)
                                + "）：" + rs.getString(3) + "。预警核查结束后解除", rs.getLong(2), held);
                    }
                });
        jdbc.sql("""
                UPDATE payment_line SET status = 'HELD'
                 WHERE run_id = ? AND status = 'PENDING' AND id IN (SELECT line_id FROM payment_hold_line)
                """).param(runId).update();
    }

    private void finding(long runId, String rule, Long householdId, String idNumber, String reason, Long alertId,
                         List<Long> lineIds) {
        BigDecimal amount = lineIds.isEmpty() ? BigDecimal.ZERO : jdbc.sql(
                        "SELECT coalesce(sum(amount), 0) FROM payment_line WHERE id = ANY(?)")
                .param(lineIds.toArray(Long[]::new)).query(BigDecimal.class).single();
        long id = jdbc.sql("""
                INSERT INTO payment_hold_finding (run_id, rule, household_id, id_number, amount, reason, alert_id, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN') RETURNING id
                """).params(runId, rule, householdId, idNumber, amount, reason, alertId).query(Long.class).single();
        for (Long line : lineIds) {
            jdbc.sql("INSERT INTO payment_hold_line (finding_id, line_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, line).update();
        }
    }

    static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    Map<Long, HouseholdRow> households(String region) {
        Map<Long, HouseholdRow> households = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT h.id, h.household_no, h.region_code, h.area, p.id_number, p.name, p.bank_account, p.account_holder
                  FROM household h
                  LEFT JOIN LATERAL (SELECT p.* FROM membership m JOIN person p ON p.id = m.person_id
                                      WHERE m.household_id = h.id AND m.valid_to IS NULL
                                      ORDER BY (m.relation <> 'APPLICANT'), p.birth_date LIMIT 1) p ON true
                 WHERE h.region_code LIKE ?
                 ORDER BY h.household_no
                """).param(region + "%").query(PayrollRuns::householdRow).list()
                .forEach(h -> households.put(h.id(), h));
        return households;
    }

    private static HouseholdRow householdRow(ResultSet rs, int n) throws SQLException {
        String idNumber = rs.getString(5);
        return new HouseholdRow(rs.getLong(1), rs.getString(2), rs.getString(3), Area.valueOf(rs.getString(4)),
                idNumber == null ? "000000000000000000" : idNumber, rs.getString(6) == null ? "（无成员）" : rs.getString(6),
                rs.getString(7), rs.getString(8));
    }

    List<StatusRow> statusRows(String region) {
        return jdbc.sql("""
                SELECT ps.id, ps.household_id, ps.programme, ps.status, ps.monthly_amount, ps.enrolled_since,
                       ps.status_since, ps.reason
                  FROM programme_status ps JOIN household h ON h.id = ps.household_id
                 WHERE h.region_code LIKE ?
                """).param(region + "%").query((rs, n) -> new StatusRow(rs.getLong(1),
                        new Benefit(rs.getLong(2), Programme.valueOf(rs.getString(3))), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getString(8))).list();
    }
}
