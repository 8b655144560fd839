package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.doudi.policy.Assessment;

/**
 * How a household's monthly amount is rounded ({@code dibao.rounding}); the law fixes none. A published
 * 3-person example rounds the per-capita gap to whole 元 first, where rounding the household total gives
 * 1 元 less.
 */
enum Rounding {
    /** The household total, half up to whole 元 (the default). */
    HOUSEHOLD_TOTAL_TO_YUAN,
    /** The per-capita amount half up to whole 元, then times the members. */
    PER_CAPITA_GAP_TO_YUAN,
    /** To 分, half up. */
    TO_CENT;

    static final String PARAMETER = "dibao.rounding";

    static Rounding of(Assessment assessment) {
        return Choices.of(assessment, PARAMETER, Rounding.class);
    }

    /** The household's amount from an amount per person. */
    BigDecimal household(BigDecimal perCapita, int members) {
        BigDecimal count = BigDecimal.valueOf(members);
        return switch (this) {
            case HOUSEHOLD_TOTAL_TO_YUAN -> toYuan(perCapita.multiply(count));
            case PER_CAPITA_GAP_TO_YUAN -> toYuan(perCapita).multiply(count);
            case TO_CENT -> Amounts.cents(perCapita.multiply(count));
        };
    }

    /** A household amount not built per person (a share of the previous benefit, a household aid). */
    BigDecimal household(BigDecimal amount) {
        return this == TO_CENT ? Amounts.cents(amount) : toYuan(amount);
    }

    /** "每人366.67元×3人=1100.01元，按户取整到元为1100.00元". */
    String explain(BigDecimal perCapita, int members, BigDecimal amount) {
        return switch (this) {
            case HOUSEHOLD_TOTAL_TO_YUAN -> "每人" + Amounts.yuan(perCapita) + "元×" + members + "人="
                    + Amounts.yuan(perCapita.multiply(BigDecimal.valueOf(members))) + "元，按户取整到元为"
                    + Amounts.yuan(amount) + "元";
            case PER_CAPITA_GAP_TO_YUAN -> "每人" + Amounts.yuan(perCapita) + "元先取整到元为" + toYuan(perCapita).toPlainString()
                    + "元，×" + members + "人=" + Amounts.yuan(amount) + "元";
            case TO_CENT -> "每人" + Amounts.yuan(perCapita) + "元×" + members + "人=" + Amounts.yuan(amount) + "元";
        };
    }

    private static BigDecimal toYuan(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
    }
}
