package org.doudi.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.kernel.Programme;

/**
 * What each benefit (a household's programme) is entitled to in a month, by the register's programme-status
 * history: the row in force for month M is, among the rows effective by M's last day, the one recorded last, so a
 * later decision that reaches back (a correction from an earlier date) overrides what was known before for every
 * month it covers. A month is paid when that row is ACTIVE or GRADUAL_EXIT, enrolled by the month's end, with a
 * positive amount, in a programme paid through the payroll (not temporary assistance, not the low-income roll).
 */
final class Entitlements {

    /** A household's benefit: one programme. */
    record Benefit(long householdId, Programme programme) {
    }

    /** One programme_status row, current or superseded. */
    record StatusRow(long id, Benefit benefit, String status, BigDecimal monthlyAmount, LocalDate enrolledSince,
                     LocalDate statusSince, String reason) {

        boolean inPayment() {
            return "ACTIVE".equals(status) || "GRADUAL_EXIT".equals(status);
        }
    }

    private final Map<Benefit, List<StatusRow>> history = new HashMap<>();

    Entitlements(List<StatusRow> rows) {
        rows.forEach(r -> history.computeIfAbsent(r.benefit(), b -> new ArrayList<>()).add(r));
    }

    java.util.Set<Benefit> benefits() {
        return history.keySet();
    }

    /** The row in force for the month, if any. */
    Optional<StatusRow> inForce(Benefit benefit, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        StatusRow found = null;
        for (StatusRow r : history.getOrDefault(benefit, List.of())) {
            if (!r.statusSince().isAfter(end) && (found == null || r.id() > found.id())) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The month's entitlement (zero when not in payment), with the row it comes from. */
    Optional<StatusRow> paying(Benefit benefit, YearMonth month) {
        if (!PayrollRuns.paidByPayroll(benefit.programme())) {
            return Optional.empty();
        }
        return inForce(benefit, month).filter(r -> r.inPayment() && r.monthlyAmount().signum() > 0
                && (r.enrolledSince() == null || !r.enrolledSince().isAfter(month.atEndOfMonth())));
    }

    BigDecimal amount(Benefit benefit, YearMonth month) {
        return paying(benefit, month).map(StatusRow::monthlyAmount).orElse(BigDecimal.ZERO);
    }
}
