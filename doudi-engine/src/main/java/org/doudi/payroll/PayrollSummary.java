package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Counts of a run: lines and their total, findings per rule (every rule, 0 included), lines held and their total. */
public record PayrollSummary(int lines, BigDecimal total, Map<String, Long> findingsByRule, int heldLines,
                             BigDecimal heldAmount, int rejectedRows, Duration elapsed) {
}
