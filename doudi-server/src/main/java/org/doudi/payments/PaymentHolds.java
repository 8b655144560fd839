package org.doudi.payments;

import java.util.List;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's part of the audit before release: each finding is released with a reason (its lines go out with
 * the run unless another finding still holds them) or its hold is confirmed (its lines are withheld this month and
 * settled: no arrears follow unless a later decision says otherwise). A monitoring hold ends only with its alert's
 * verification; at release its lines are withheld unsettled, so that they are paid as arrears if the household
 * stays entitled. The run is released when no other finding is undecided. Every decision is recorded.
 */
@Component
public class PaymentHolds {

    public static final String RELEASE = "RELEASE";
    public static final String CONFIRM = "CONFIRM";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PaymentHolds(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public void decide(DoudiUser by, long findingId, String decision, String note) {
        if (!PayrollRuns.RUNNERS.contains(by.role())) {
            throw PaymentException.forbidden("处理发放暂扣");
        }
        if (!RELEASE.equals(decision) && !CONFIRM.equals(decision)) {
            throw new PaymentException("DECISION_INVALID", "decision", "处理结果只能是 RELEASE（放行）或 CONFIRM（确认暂扣）");
        }
        String reason = note == null ? "" : note.strip();
        if (reason.length() < 2) {
            throw new PaymentException("NOTE_MISSING", "note", "请填写放行或确认暂扣的理由");
        }
        var finding = jdbc.sql("""
                SELECT f.rule, f.status, r.status, r.id, r.region_code FROM payment_hold_finding f
                  JOIN payroll_run r ON r.id = f.run_id
                 WHERE f.id = ? AND r.region_code LIKE ? FOR UPDATE OF f, r
                """).params(findingId, by.scope().likePattern())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)}).optional().orElseThrow(() -> PaymentException.notFound("暂扣记录"));
        if (!"AUDITED".equals(finding[2])) {
            throw new PaymentException("PAYROLL_NOT_OPEN", null, "该发放名册已放款或正在计算，不能再处理暂扣");
        }
        if (!"OPEN".equals(finding[1])) {
            throw new PaymentException("HOLD_ALREADY_DECIDED", null, "该暂扣已处理");
        }
        if (PayrollRuns.MONITORING_HOLD.equals(finding[0]) && RELEASE.equals(decision)) {
            throw new PaymentException("MONITORING_HOLD", "decision",
                    "监测预警的暂停发放须在预警核查中解除（入户核查并作出结论），不能在发放审核中放行");
        }
        jdbc.sql("""
                UPDATE payment_hold_finding SET status = ?, decided_by = ?, decided_at = now(), decision_note = ?
                 WHERE id = ?
                """).params(RELEASE.equals(decision) ? "RELEASED" : "CONFIRMED", by.username(), reason, findingId)
                .update();
        if (CONFIRM.equals(decision)) {
            jdbc.sql("""
                    UPDATE payment_line SET status = 'WITHHELD', settled = true
                     WHERE id IN (SELECT line_id FROM payment_hold_line WHERE finding_id = ?)
                    """).param(findingId).update();
        } else {
            freeLines(findingId);
        }
        audit.recordAs(by.username(), RELEASE.equals(decision) ? "PAYMENT_HOLD_RELEASED" : "PAYMENT_HOLD_CONFIRMED",
                "PAYROLL_RUN", finding[3], finding[4], finding[0] + " #" + findingId + "：" + reason);
    }

    /** Lines of the finding that nothing else holds go back to pending. */
    private void freeLines(long findingId) {
        jdbc.sql("""
                UPDATE payment_line l SET status = 'PENDING'
                 WHERE l.status = 'HELD' AND l.id IN (SELECT line_id FROM payment_hold_line WHERE finding_id = ?)
                   AND NOT EXISTS (SELECT 1 FROM payment_hold_line hl JOIN payment_hold_finding f ON f.id = hl.finding_id
                                    WHERE hl.line_id = l.id AND f.status = 'OPEN')
                """).param(findingId).update();
    }

    /**
     * Releases the run: refused while a finding other than a monitoring hold is undecided. Monitoring holds whose
     * alert has been verified meanwhile are lifted first; the lines still held by one are withheld unsettled.
     */
    @Transactional
    public void release(DoudiUser by, long runId, int seenVersion, String note) {
        if (!PayrollRuns.RUNNERS.contains(by.role())) {
            throw PaymentException.forbidden("放款");
        }
        var run = jdbc.sql("SELECT status, version, region_code, month FROM payroll_run WHERE id = ? AND region_code LIKE ? FOR UPDATE")
                .params(runId, by.scope().likePattern())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getObject(4)})
                .optional().orElseThrow(() -> PaymentException.notFound("发放名册"));
        if ((Integer) run[1] != seenVersion) {
            throw PaymentException.conflict();
        }
        if (!"AUDITED".equals(run[0])) {
            throw new PaymentException("PAYROLL_NOT_OPEN", null, "该发放名册已放款或正在计算");
        }
        List<Long> lifted = jdbc.sql("""
                SELECT f.id FROM payment_hold_finding f JOIN payment_hold h ON h.alert_id = f.alert_id
                 WHERE f.run_id = ? AND f.rule = ? AND f.status = 'OPEN' AND h.released_at IS NOT NULL
                """).params(runId, PayrollRuns.MONITORING_HOLD).query(Long.class).list();
        for (Long id : lifted) {
            jdbc.sql("""
                    UPDATE payment_hold_finding SET status = 'RELEASED', decided_by = ?, decided_at = now(),
                           decision_note = '预警核查已结束，监测暂停已解除' WHERE id = ?
                    """).params(by.username(), id).update();
            freeLines(id);
        }
        int undecided = jdbc.sql("SELECT count(*) FROM payment_hold_finding WHERE run_id = ? AND status = 'OPEN' AND rule <> ?")
                .params(runId, PayrollRuns.MONITORING_HOLD).query(Integer.class).single();
        if (undecided > 0) {
            throw new PaymentException("HOLDS_UNDECIDED", null, "还有 " + undecided + " 条暂扣未处理：逐条放行（写明理由）或确认暂扣后才能放款");
        }
        jdbc.sql("UPDATE payment_line SET status = 'RELEASED' WHERE run_id = ? AND status = 'PENDING'").param(runId).update();
        jdbc.sql("UPDATE payment_line SET status = 'WITHHELD', settled = false WHERE run_id = ? AND status = 'HELD'")
                .param(runId).update();
        jdbc.sql("""
                UPDATE payroll_run SET status = 'RELEASED', released_by = ?, released_at = now(), release_note = ?,
                       version = version + 1 WHERE id = ?
                """).params(by.username(), note == null ? "" : note.strip(), runId).update();
        audit.recordAs(by.username(), "PAYROLL_RELEASED", "PAYROLL_RUN", String.valueOf(runId), (String) run[2],
                String.valueOf(run[3]));
    }
}
