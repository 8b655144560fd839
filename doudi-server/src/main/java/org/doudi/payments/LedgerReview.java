package org.doudi.payments;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.Programme;
import org.doudi.payments.PayrollRuns.HouseholdRow;
import org.doudi.payroll.AuditFinding;
import org.doudi.payroll.PayrollAudit;
import org.doudi.payroll.PayrollInputs;
import org.doudi.payroll.PayrollLine;
import org.doudi.policy.PolicySource;
import org.doudi.tabular.Parsed;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.Values;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger review (发放台账梳理排查, seed 001: every payment since 2018): the audit rules of the payroll run over
 * past payments, month by month, against the register (members and the decisions then in force), the department
 * feeds and the custody register, and reported per township and rule. Two sources: the payments this system made
 * (released runs), or a ledger file of earlier years from the old system in the {@code payroll.csv} layout
 * ({@code household_id, id_number, name, programme, month, amount, account, account_holder}); a bad row of a file is
 * listed with its line, column and reason and left out of the review, never silently. Nothing is written; the
 * review is logged.
 */
@Component
public class LedgerReview {

    public static final Set<Role> READERS = EnumSet.of(Role.COUNTY_REVIEWER, Role.AUDITOR, Role.ANALYST, Role.ADMIN);
    public static final List<String> LEDGER_COLUMNS = List.of("household_id", "id_number", "name", "programme", "month",
            "amount", "account", "account_holder");

    public record Row(String township, String townshipName, String rule, long findings, long households,
                      BigDecimal amount) {
    }

    public record Item(YearMonth month, String township, String rule, String householdNo, String idNumber,
                       BigDecimal amount, String reason) {
    }

    public record Report(String source, YearMonth from, YearMonth to, int months, long lines, BigDecimal total,
                         List<Row> rows, List<Item> items, List<RowProblem> problems) {
    }

    private final JdbcClient jdbc;
    private final PayrollRuns runs;
    private final PayrollAuditInputs auditInputs;
    private final PolicySource policy;
    private final DivisionDirectory divisions;
    private final AuditLog audit;

    LedgerReview(JdbcClient jdbc, PayrollRuns runs, PayrollAuditInputs auditInputs, PolicySource policy,
                 DivisionDirectory divisions, AuditLog audit) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.auditInputs = auditInputs;
        this.policy = policy;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** The payments of released runs in the user's region, months {@code from} to {@code to}. */
    public Report review(DoudiUser by, YearMonth from, YearMonth to) {
        check(by, from, to);
        String region = by.scope().code();
        Map<Long, HouseholdRow> households = runs.households(region);
        Map<YearMonth, List<PayrollLine>> byMonth = new TreeMap<>();
        jdbc.sql("""
                SELECT r.month, l.household_id, l.programme, l.amount, l.account, l.account_holder, l.basis
                  FROM payment_line l JOIN payroll_run r ON r.id = l.run_id
                 WHERE r.status = 'RELEASED' AND l.region_code LIKE ? AND r.month BETWEEN ? AND ?
                   AND l.status IN ('RELEASED', 'PAID', 'FAILED') AND l.kind <> 'RECOVERY'
                 ORDER BY r.month, l.id
                """).params(by.scope().likePattern(), from.atDay(1), to.atDay(1)).query((java.sql.ResultSet rs) -> {
                    HouseholdRow h = households.get(rs.getLong(2));
                    YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
                    byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(new PayrollLine(h.householdNo(),
                            h.idNumber(), h.name(), Programme.valueOf(rs.getString(3)), month, rs.getBigDecimal(4),
                            text(rs.getString(5)), text(rs.getString(6)), rs.getString(7), h.region()));
                });
        Report report = review("本系统发放记录", from, to, region, households, byMonth, List.of());
        audit.recordAs(by.username(), "LEDGER_REVIEW", "REGION", region, region,
                from + "—" + to + "：" + report.lines() + " 笔，" + report.items().size() + " 条疑点");
        return report;
    }

    /** A ledger file of the old system ({@link #LEDGER_COLUMNS}), CSV or xlsx, UTF-8 or GBK. */
    public Report review(DoudiUser by, String fileName, byte[] content) {
        check(by, null, null);
        String region = by.scope().code();
        Map<Long, HouseholdRow> households = runs.households(region);
        Map<String, HouseholdRow> byNo = new HashMap<>();
        households.values().forEach(h -> byNo.put(h.householdNo(), h));
        Map<YearMonth, List<PayrollLine>> byMonth = new TreeMap<>();
        List<RowProblem> problems = new ArrayList<>();
        try (TableReader reader = TableReader.open(fileName, new ByteArrayInputStream(content))) {
            reader.requireColumns(LEDGER_COLUMNS.stream().filter(c -> !c.equals("name")).toList());
            for (TableRow row : reader) {
                PayrollLine line = line(row, byNo, region, problems);
                if (line != null) {
                    byMonth.computeIfAbsent(line.month(), m -> new ArrayList<>()).add(line);
                }
            }
        } catch (TableException e) {
            problems.add(new RowProblem(e.line(), null, null, e.code().name(), e.getMessage()));
        }
        YearMonth from = byMonth.isEmpty() ? null : ((TreeMap<YearMonth, ?>) byMonth).firstKey();
        YearMonth to = byMonth.isEmpty() ? null : ((TreeMap<YearMonth, ?>) byMonth).lastKey();
        Report report = review("台账文件 " + fileName, from, to, region, households, byMonth, problems);
        audit.recordAs(by.username(), "LEDGER_REVIEW", "REGION", region, region,
                fileName + "：" + report.lines() + " 笔，" + report.items().size() + " 条疑点，" + problems.size() + " 行有误");
        return report;
    }

    private PayrollLine line(TableRow row, Map<String, HouseholdRow> households, String region, List<RowProblem> problems) {
        int before = problems.size();
        String householdNo = row.get("household_id");
        HouseholdRow h = households.get(householdNo);
        Programme programme = null;
        try {
            programme = Programme.valueOf(row.get("programme").strip());
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(row.line(), "programme", row.get("programme"), "PROGRAMME_INVALID",
                    "项目代码不正确（应为 DIBAO、EXTREME_POVERTY 等）"));
        }
        YearMonth month = null;
        try {
            month = YearMonth.parse(row.get("month").strip());
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row.line(), "month", row.get("month"), "MONTH_INVALID", "发放月份应为 YYYY-MM，例如 2019-03"));
        }
        Parsed<BigDecimal> amount = Values.amount(row.get("amount"));
        if (!amount.isValid()) {
            problems.add(new RowProblem(row.line(), "amount", row.get("amount"), amount.problem().orElseThrow().code(),
                    amount.problem().orElseThrow().reason()));
        }
        if (householdNo.isBlank()) {
            problems.add(new RowProblem(row.line(), "household_id", "", "VALUE_EMPTY", "户编号不能为空"));
        }
        if (problems.size() > before) {
            return null;
        }
        String name = row.columns().contains("name") ? row.get("name") : "";
        return new PayrollLine(householdNo, h != null ? h.idNumber() : row.get("id_number"), h != null ? h.name() : name,
                programme, month, amount.value(), row.get("account"), row.get("account_holder"), "台账第 " + row.line() + " 行",
                h != null ? h.region() : region);
    }

    private Report review(String source, YearMonth from, YearMonth to, String region, Map<Long, HouseholdRow> households,
                          Map<YearMonth, List<PayrollLine>> byMonth, List<RowProblem> problems) {
        Entitlements entitlements = new Entitlements(runs.statusRows(region));
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Set<String>> householdsByKey = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        List<Item> items = new ArrayList<>();
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, List<PayrollLine>> month : byMonth.entrySet()) {
            List<PayrollLine> monthLines = month.getValue();
            lines += monthLines.size();
            total = total.add(monthLines.stream().map(PayrollLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            PayrollInputs inputs = auditInputs.inputs(region, month.getKey(), entitlements, households);
            for (AuditFinding f : new PayrollAudit(policy).audit(monthLines, inputs, month.getKey())) {
                String lineRegion = f.heldLines().isEmpty() ? region : monthLines.get(f.heldLines().get(0)).region();
                String township = lineRegion.length() >= 9 ? lineRegion.substring(0, 9) : lineRegion;
                String key = township + "|" + f.rule();
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                householdsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(f.householdId());
                amounts.merge(key, f.amount(), BigDecimal::add);
                items.add(new Item(month.getKey(), township, f.rule(), f.householdId(), PaymentQueries.mask(f.idNumber()),
                        f.amount(), f.reason()));
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, n) -> {
            String township = key.substring(0, key.indexOf('|'));
            rows.add(new Row(township, divisions.fullName(township), key.substring(key.indexOf('|') + 1), n[0],
                    householdsByKey.get(key).size(), amounts.get(key)));
        });
        return new Report(source, from, to, byMonth.size(), lines, total, rows, items, problems);
    }

    private static void check(DoudiUser by, YearMonth from, YearMonth to) {
        if (!READERS.contains(by.role())) {
            throw PaymentException.forbidden("开展发放台账梳理");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new PaymentException("PERIOD_INVALID", "from", "开始月份不能晚于结束月份");
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
