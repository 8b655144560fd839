package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.doudi.kernel.Programme;
import org.doudi.policy.PolicySource;

/**
 * The monthly payroll of a region: one line per household and programme in payment (ACTIVE or GRADUAL_EXIT) in
 * the registry, enrolled by the month's last day, with a positive monthly amount, in a programme paid monthly (not
 * temporary assistance, not the low-income roll). The amount paid is the registry's {@code monthly_amount}: the
 * decision of record, which already carries gradual-exit amounts, classified supplements, the extreme-poverty
 * basic and care standards and the allowances. Where the registry gives enough (see {@link Recomputation}), the
 * line's basis also states the engine's recomputation with its parameters and their sources, and the audit holds
 * the line if the registry's amount exceeds it. SUSPENDED, TERMINATED and MONITORED households get no line.
 */
public final class Payroll {

    /** Programmes never on a monthly payroll: one-off grants and the unpaid low-income roll. */
    static final Set<Programme> NOT_MONTHLY = Set.of(Programme.TEMPORARY, Programme.LOW_INCOME);

    private final PolicySource policy;

    public Payroll(PolicySource policy) {
        this.policy = policy;
    }

    /** The lines, then the audit over them. */
    public PayrollResult run(PayrollInputs inputs, YearMonth month) {
        long started = System.nanoTime();
        Recomputation recomputation = new Recomputation(policy, inputs.incomesKnown());
        Households households = Households.of(inputs.persons());
        List<PayrollLine> lines = lines(households.all(), month, recomputation);
        List<AuditFinding> findings = new PayrollAudit(policy, recomputation).audit(lines, inputs, households, month);
        return new PayrollResult(lines, findings, summary(lines, findings, inputs.rejections().size(),
                Duration.ofNanos(System.nanoTime() - started)));
    }

    /** The lines alone, in registry order. */
    public List<PayrollLine> lines(PayrollInputs inputs, YearMonth month) {
        return lines(Households.of(inputs.persons()).all(), month, new Recomputation(policy, inputs.incomesKnown()));
    }

    /** The lines in registry order; built (with their recomputations) on all cores. */
    private static List<PayrollLine> lines(List<Household> households, YearMonth month, Recomputation recomputation) {
        List<Household> paid = new ArrayList<>();
        for (Household h : households) {
            if (paid(h, month)) {
                paid.add(h);
            }
        }
        return IntStream.range(0, paid.size()).parallel().mapToObj(i -> line(paid.get(i), month, recomputation))
                .toList();
    }

    static boolean paid(Household h, YearMonth month) {
        return h.payable() && !NOT_MONTHLY.contains(h.programme()) && h.monthlyAmount().signum() > 0
                && (h.enrolledSince() == null || !h.enrolledSince().isAfter(month.atEndOfMonth()));
    }

    private static PayrollLine line(Household h, YearMonth month, Recomputation recomputation) {
        Basis basis = new Basis(h.monthlyAmount(), h.status(), recomputation.of(h, month).orElse(null));
        var applicant = h.applicant();
        return new PayrollLine(h.id(), applicant.idNumber().value(), applicant.name(), h.programme(), month,
                h.monthlyAmount().setScale(2, java.math.RoundingMode.HALF_UP), h.account(), h.accountHolder(),
                basis, h.region());
    }

    private static PayrollSummary summary(List<PayrollLine> lines, List<AuditFinding> findings, int rejected,
                                          Duration elapsed) {
        BigDecimal total = lines.stream().map(PayrollLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Long> byRule = new LinkedHashMap<>();
        PayrollAudit.RULES.forEach(rule -> byRule.put(rule, 0L));
        findings.forEach(f -> byRule.merge(f.rule(), 1L, Long::sum));
        Set<Integer> held = PayrollAudit.heldLines(findings);
        BigDecimal heldAmount = held.stream().map(i -> lines.get(i).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PayrollSummary(lines.size(), total, byRule, held.size(), heldAmount, rejected, elapsed);
    }
}
