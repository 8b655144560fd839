package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.doudi.policy.AssessmentRequest.Expense;
import org.doudi.policy.AssessmentRequest.Income;

/** Arithmetic on amounts in 元: monthly values, cents, and how amounts and ratios read in texts. */
final class Amounts {

    static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Intermediate precision of a monthly share of an annual amount, rounded to 分 only at the end. */
    private static final int WORKING_SCALE = 10;

    private Amounts() {
    }

    /** An income per month: its monthly amount, or its annual amount / 12. */
    static BigDecimal monthly(Income income) {
        return income.monthly() != null ? income.monthly() : perMonth(income.annual());
    }

    /** An expense per year: its annual amount, or its monthly amount × 12. */
    static BigDecimal annual(Expense expense) {
        if (expense.annual() != null) {
            return expense.annual();
        }
        return expense.monthly() == null ? BigDecimal.ZERO : expense.monthly().multiply(MONTHS_PER_YEAR);
    }

    static BigDecimal perMonth(BigDecimal annual) {
        return annual.divide(MONTHS_PER_YEAR, WORKING_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** One of {@code parts} equal shares, to 分. */
    static BigDecimal share(BigDecimal amount, int parts) {
        return amount.divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** {@code 1100.00}: an amount as texts show it. */
    static String yuan(BigDecimal amount) {
        return cents(amount).toPlainString();
    }

    /** {@code 30%}: a ratio as texts show it. */
    static String percent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code 1.5}: a multiple as texts show it. */
    static String multiple(BigDecimal ratio) {
        return ratio.stripTrailingZeros().toPlainString();
    }
}
