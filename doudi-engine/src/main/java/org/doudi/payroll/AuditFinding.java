package org.doudi.payroll;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one pre-release rule found: the rule id ({@link PayrollAudit}), the person and household concerned, the
 * amount at stake (the held lines' total), the reason in Chinese, and the indexes (in the run's line list) of the
 * lines it holds: only its own.
 */
public record AuditFinding(String rule, String idNumber, String householdId, BigDecimal amount, String reason,
                           List<Integer> heldLines) {

    public AuditFinding {
        heldLines = List.copyOf(heldLines);
    }
}
