package org.doudi.payments;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.monitoring.Alerts;
import org.doudi.monitoring.Finding;
import org.doudi.monitoring.Severity;
import org.doudi.payroll.bank.BankBatch;
import org.doudi.payroll.bank.BankFile;
import org.doudi.payroll.bank.BankPayment;
import org.doudi.payroll.bank.BankReturn;
import org.doudi.payroll.bank.BankReturnResult;
import org.doudi.policy.PolicySource;
import org.doudi.tabular.RowProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank side of a released run (docs/bank-file.md): the payment file, exported once with a reference per line
 * (downloading it again gives the same file), and the bank's return file, applied all or nothing: paid lines are
 * marked paid (a temporary-assistance instalment with them), failed ones failed with the bank's reason, to be
 * reissued by the next run (a failed reissue is not sent a third time). A household whose payments have failed for
 * {@code payroll.uncollectedMonths} running months (3 urban, 6 rural) is flagged for a home visit: an alert in the
 * village's verification worklist.
 */
@Component
public class BankTransfers {

    /** What a return file did, or why it did nothing. */
    public record ReturnReport(boolean applied, boolean alreadyImported, int paid, int failed, int pending,
                               List<RowProblem> problems, List<String> flaggedHouseholds) {
    }

    private static final Map<String, String> PURPOSE = Map.of("DIBAO", "低保金", "MARGINAL", "低保边缘救助金",
            "EXTREME_POVERTY", "特困供养金", "RIGID_EXPENDITURE", "刚性支出救助金", "TEMPORARY", "临时救助金",
            "DISABILITY_LIVING", "困难残疾人生活补贴", "DISABILITY_CARE", "重度残疾人护理补贴",
            "OLD_AGE_ALLOWANCE", "高龄津贴", "ORPHAN", "孤儿基本生活费", "UNSUPPORTED_CHILD", "事实无人抚养儿童生活补贴");

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;
    private final Alerts alerts;
    private final PolicySource policy;
    private final AuditLog audit;
    private final Clock clock;

    BankTransfers(JdbcClient jdbc, DivisionDirectory divisions, Alerts alerts, PolicySource policy, AuditLog audit,
                  Clock clock) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.alerts = alerts;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The run's bank file: created at the first export (references assigned), the same on every later one. */
    @Transactional
    public BankFile bankFile(DoudiUser by, long runId) {
        if (!PayrollRuns.RUNNERS.contains(by.role())) {
            throw PaymentException.forbidden("导出银行发放文件");
        }
        var run = jdbc.sql("SELECT region_code, month, status FROM payroll_run WHERE id = ? AND region_code LIKE ? FOR UPDATE")
                .params(runId, by.scope().likePattern())
                .query((rs, n) -> new Object[] {rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3)}).optional().orElseThrow(() -> PaymentException.notFound("发放名册"));
        if (!"RELEASED".equals(run[2])) {
            throw new PaymentException("PAYROLL_NOT_RELEASED", null, "发放名册放款后才能导出银行发放文件");
        }
        String region = (String) run[0];
        YearMonth month = (YearMonth) run[1];
        LocalDateTime createdAt = jdbc.sql("SELECT created_at FROM bank_batch WHERE run_id = ?").param(runId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime()
                        .withNano(0)).optional().orElse(null);
        boolean first = createdAt == null;
        if (first) {
            createdAt = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).withNano(0);
            jdbc.sql("""
                    UPDATE payment_line l SET bank_reference = 'P' || to_char(r.month, 'YYYYMM') || '-' || l.run_id || '-' || s.seq
                      FROM payroll_run r,
                           (SELECT id, row_number() OVER (ORDER BY region_code, household_id, programme, period_month, kind, id) AS seq
                              FROM payment_line WHERE run_id = ? AND status = 'RELEASED' AND kind <> 'RECOVERY') s
                     WHERE l.id = s.id AND r.id = l.run_id
                    """).param(runId).update();
        }
        BankBatch batch = new BankBatch("B" + month.toString().replace("-", "") + "-" + region + "-" + runId,
                divisions.fullName(region.length() > 6 ? region.substring(0, 6) : region) + "民政局", region, month,
                createdAt);
        List<BankPayment> payments = payments(runId, month);
        if (payments.isEmpty()) {
            throw new PaymentException("NOTHING_TO_PAY", null, "该发放名册没有可发放的记录");
        }
        BankFile file = new BankFile(batch, payments);
        if (first) {
            jdbc.sql("INSERT INTO bank_batch (run_id, created_by, created_at, payments, total, checksum) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(runId, by.username(), createdAt.atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
                            file.count(), file.total(), file.checksum()).update();
        }
        audit.recordAs(by.username(), "EXPORT_BANK_FILE", "PAYROLL_RUN", String.valueOf(runId), region,
                file.count() + "笔，" + file.total().toPlainString() + "元，sha256=" + file.checksum());
        return file;
    }

    public void write(DoudiUser by, long runId, boolean xlsx, OutputStream out) {
        BankFile file = bankFile(by, runId);
        if (xlsx) {
            file.writeXlsx(out);
        } else {
            file.writeCsv(out);
        }
    }

    /**
     * A return file for the bank (or the county's finance office) to fill in: every payment of the exported batch with
     * its reference, account and amount, the result, reason and date left empty. Uploaded unfilled it is refused row
     * by row (RESULT_INVALID); rows may be deleted, since a partial return leaves the others pending.
     */
    public void writeReturnTemplate(DoudiUser by, long runId, OutputStream out) {
        BankFile file = bankFile(by, runId);
        try (var writer = org.doudi.tabular.TableWriter.csv(out)) {
            writer.writeRow(BankReturn.COLUMNS);
            for (BankPayment p : file.payments()) {
                writer.writeRow(List.of(p.reference(), p.account(), p.amount().toPlainString(), "", "", ""));
            }
        }
    }

    private List<BankPayment> payments(long runId, YearMonth month) {
        return jdbc.sql("""
                SELECT l.bank_reference, l.account, l.account_holder, l.amount, l.programme, l.kind, l.period_month,
                       l.id_number, h.household_no, l.region_code
                  FROM payment_line l JOIN household h ON h.id = l.household_id
                 WHERE l.run_id = ? AND l.bank_reference IS NOT NULL
                 ORDER BY length(l.bank_reference), l.bank_reference -- one prefix per run: in sequence order
                """).param(runId).query((rs, n) -> new BankPayment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), purpose(month, rs.getString(5), rs.getString(6),
                        YearMonth.from(rs.getObject(7, LocalDate.class))), PaymentQueries.mask(rs.getString(8)),
                        rs.getString(9), rs.getString(10).substring(0, 9), rs.getString(5))).list();
    }

    private static String purpose(YearMonth month, String programme, String kind, YearMonth period) {
        String what = PURPOSE.getOrDefault(programme, programme);
        return switch (kind) {
            case "ARREARS" -> period.getYear() + "年" + period.getMonthValue() + "月" + what + "补发";
            case "REISSUE" -> period.getYear() + "年" + period.getMonthValue() + "月" + what + "重发";
            case "INSTALMENT" -> what + "分期发放";
            default -> month.getYear() + "年" + month.getMonthValue() + "月" + what;
        };
    }

    /** Applies the bank's return file to the run's exported batch: every outcome, or nothing if any row is wrong. */
    @Transactional
    public ReturnReport importReturn(DoudiUser by, long runId, String fileName, byte[] content) {
        if (!PayrollRuns.RUNNERS.contains(by.role())) {
            throw PaymentException.forbidden("导入银行回盘文件");
        }
        var batch = jdbc.sql("""
                SELECT b.id, r.region_code, r.month FROM bank_batch b JOIN payroll_run r ON r.id = b.run_id
                 WHERE r.id = ? AND r.region_code LIKE ? FOR UPDATE OF b
                """).params(runId, by.scope().likePattern())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), YearMonth.from(rs.getObject(3, LocalDate.class))})
                .optional().orElseThrow(() -> new PaymentException("BANK_FILE_NOT_EXPORTED", null,
                        "该发放名册尚未导出银行发放文件（或不在您的管辖范围内）"));
        long batchId = (Long) batch[0];
        String sha256 = sha256(content);
        boolean seen = jdbc.sql("SELECT count(*) > 0 FROM bank_return WHERE batch_id = ? AND sha256 = ?")
                .params(batchId, sha256).query(Boolean.class).single();
        if (seen) {
            return new ReturnReport(false, true, 0, 0, 0, List.of(), List.of());
        }
        List<BankPayment> payments = payments(runId, (YearMonth) batch[2]);
        BankReturnResult result = BankReturn.read(new ByteArrayInputStream(content), fileName, payments);
        List<RowProblem> problems = new ArrayList<>(result.problems());
        Map<String, String> current = new LinkedHashMap<>();
        jdbc.sql("SELECT bank_reference, status FROM payment_line WHERE run_id = ? AND bank_reference IS NOT NULL")
                .param(runId).query((ResultSet rs) -> {
                    current.put(rs.getString(1), rs.getString(2));
                });
        for (BankReturnResult.Outcome o : result.outcomes()) {
            String now = current.get(o.reference());
            String to = o.paid() ? "PAID" : "FAILED";
            if (!"RELEASED".equals(now) && !to.equals(now)) {
                problems.add(new RowProblem(0, "result", o.reference(), "RESULT_CONFLICT", "发放记录 " + o.reference()
                        + " 此前的回盘结果为 " + now + "，本文件为 " + to + "：请与银行核对"));
            }
        }
        if (!problems.isEmpty()) {
            return new ReturnReport(false, false, 0, 0, result.missingReferences().size(), problems, List.of());
        }
        int paid = 0;
        int failed = 0;
        List<Long> failedHouseholds = new ArrayList<>();
        for (BankReturnResult.Outcome o : result.outcomes()) {
            if (!"RELEASED".equals(current.get(o.reference()))) {
                continue;
            }
            if (o.paid()) {
                paid++;
                jdbc.sql("UPDATE payment_line SET status = 'PAID', paid_on = ? WHERE run_id = ? AND bank_reference = ?")
                        .params(o.paidOn(), runId, o.reference()).update();
                jdbc.sql("""
                        UPDATE case_instalment i SET paid_on = ?, paid_by = ?
                          FROM payment_line l WHERE l.run_id = ? AND l.bank_reference = ? AND l.kind = 'INSTALMENT'
                           AND i.case_id = l.case_id AND i.seq = l.instalment_seq
                        """).params(o.paidOn(), "bank:" + by.username(), runId, o.reference()).update();
            } else {
                failed++;
                failedHouseholds.addAll(jdbc.sql("""
                        UPDATE payment_line SET status = 'FAILED', failure_reason = ? WHERE run_id = ? AND bank_reference = ?
                        RETURNING household_id
                        """).params(o.reason(), runId, o.reference()).query(Long.class).list());
            }
        }
        jdbc.sql("INSERT INTO bank_return (batch_id, file_name, sha256, received_by, paid, failed) VALUES (?, ?, ?, ?, ?, ?)")
                .params(batchId, fileName, sha256, by.username(), paid, failed).update();
        List<String> flagged = flagUncollected(by, (String) batch[1], failedHouseholds.stream().distinct().toList());
        audit.recordAs(by.username(), "IMPORT_BANK_RETURN", "PAYROLL_RUN", String.valueOf(runId), (String) batch[1],
                fileName + "：成功 " + paid + "，失败 " + failed + "，未回盘 " + result.missingReferences().size());
        return new ReturnReport(true, false, paid, failed, result.missingReferences().size(), List.of(), flagged);
    }

    /**
     * Households whose payments failed in each of their last N paid months (N = payroll.uncollectedMonths for the
     * household's area): an alert for a home visit.
     */
    private List<String> flagUncollected(DoudiUser by, String region, List<Long> households) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (long householdId : households) {
            var h = jdbc.sql("""
                    SELECT h.household_no, h.region_code, h.area, p.id_number, p.name FROM household h
                      LEFT JOIN LATERAL (SELECT p.* FROM membership m JOIN person p ON p.id = m.person_id
                                          WHERE m.household_id = h.id AND m.valid_to IS NULL
                                          ORDER BY (m.relation <> 'APPLICANT') LIMIT 1) p ON true
                     WHERE h.id = ?
                    """).param(householdId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)}).single();
            int limit = policy.at(DivisionCode.parse(h[1]), Area.valueOf(h[2]), LocalDate.now(clock))
                    .integer("payroll.uncollectedMonths");
            List<Object[]> months = jdbc.sql("""
                    SELECT r.month, bool_and(l.status = 'FAILED'), string_agg(DISTINCT l.failure_reason, '；')
                      FROM payment_line l JOIN payroll_run r ON r.id = l.run_id
                     WHERE l.household_id = ? AND r.status = 'RELEASED' AND l.status IN ('PAID', 'FAILED', 'RELEASED')
                     GROUP BY r.month ORDER BY r.month DESC LIMIT ?
                    """).params(householdId, limit).query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class),
                            rs.getBoolean(2), rs.getString(3)}).list();
            if (months.size() == limit && months.stream().allMatch(m -> (Boolean) m[1])) {
                String list = String.join("、", months.stream().map(m -> YearMonth.from((LocalDate) m[0]).toString())
                        .sorted().toList());
                findings.add(new Finding("BENEFIT_UNCOLLECTED", Severity.HIGH, h[0], h[3], h[4], h[1],
                        list + " 连续 " + limit + " 个月保障金发放被银行退回（" + months.get(0)[2] + "）；"
                                + ("URBAN".equals(h[2]) ? "城市连续3个月" : "农村连续2个季度") + "未领取应入户核查",
                        "入户核查：本人是否健在、是否仍在本地居住、收款账户是否变更；核实后更正账户，或按程序启动复核", false));
                ids.put(h[0], householdId);
            }
        }
        if (!findings.isEmpty()) {
            alerts.raiseFromPayroll(by.username(), region, findings, ids);
        }
        return findings.stream().map(Finding::householdId).toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
