package org.doudi.payroll;

import java.math.BigDecimal;
import org.doudi.kernel.ProgrammeStatus;

/**
 * A payroll line's basis as {@link Payroll} states it: the registry's monthly amount and status and, where the
 * engine recomputed the household, its amount and the parameters it used with their sources. The text (some 700
 * characters) is built each time it is read, not held: a county's run has a million lines, and the parameters part
 * is the same for most of them.
 */
final class Basis implements CharSequence {

    private final BigDecimal registered;
    private final ProgrammeStatus status;
    private final Recomputation.Result recomputed;

    /** @param recomputed the engine's recomputation, or null where the registry's amount stands alone */
    Basis(BigDecimal registered, ProgrammeStatus status, Recomputation.Result recomputed) {
        this.registered = registered;
        this.status = status;
        this.recomputed = recomputed;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(recomputed == null ? 48 : 64 + recomputed.parameters().length())
                .append("登记保障金 monthly_amount ").append(StatutoryMaximum.yuan(registered)).append(" 元（")
                .append(status).append("）");
        if (recomputed != null) {
            text.append("；引擎重算 ").append(StatutoryMaximum.yuan(recomputed.amount())).append(" 元")
                    .append(recomputed.eligible() ? "" : "（不符合条件）").append("：").append(recomputed.parameters());
        }
        return text.toString();
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    /** Equal to another basis with the same text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Basis b && toString().equals(b.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
