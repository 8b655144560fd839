package org.doudi.payroll;

import java.util.List;

/** A payroll run: its lines in registry order, the audit's findings, and the summary. */
public record PayrollResult(List<PayrollLine> lines, List<AuditFinding> findings, PayrollSummary summary) {
}
