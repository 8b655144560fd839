package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.doudi.policy.Assessment;
import org.doudi.policy.Parameters;

/**
 * 保障金 before supplements (第二十三条): the gap between the standard and the per-capita income (差额),
 * raised to the minimum top-up where the pack sets one, or a tier's share of the standard (分档); times the
 * counted members, rounded as the pack says.
 */
final class BasicAmount {

    static final String MODE = "dibao.mode";
    static final String TIERS = "dibao.tiers";
    static final String MINIMUM_TOP_UP = "dibao.minimumTopUpShare";

    /** {@code dibao.mode}. */
    enum Mode {
        GAP, TIERED
    }

    private BasicAmount() {
    }

    /** The rule: records the steps {@code perCapitaGap} or the tier, and {@code basicAmount}. */
    static BigDecimal of(Assessment assessment, Rounding rounding, int members, BigDecimal perCapitaIncome,
                         BigDecimal standard) {
        BigDecimal perCapita = Choices.of(assessment, MODE, Mode.class) == Mode.TIERED
                ? tiered(assessment, perCapitaIncome, standard) : null;
        if (perCapita == null) {
            perCapita = gap(assessment, perCapitaIncome, standard);
        }
        BigDecimal perPerson = perCapita;
        BigDecimal amount = rounding.household(perCapita, members);
        assessment.step("basicAmount", amount, () -> rounding.explain(perPerson, members, amount), References.AMOUNT);
        assessment.figure("basicAmount", amount);
        return amount;
    }

    /** 差额: standard − per-capita income, or the minimum top-up share of the standard if the gap is smaller. */
    static BigDecimal gap(Assessment assessment, BigDecimal perCapitaIncome, BigDecimal standard) {
        BigDecimal gap = standard.subtract(perCapitaIncome);
        assessment.step("perCapitaGap", gap, () -> Amounts.yuan(standard) + "−" + Amounts.yuan(perCapitaIncome) + "="
                + Amounts.yuan(gap) + "元", References.AMOUNT);
        assessment.figure("perCapitaGap", gap);
        BigDecimal share = assessment.parameters().decimal(MINIMUM_TOP_UP);
        if (share.signum() <= 0) {
            return gap;
        }
        BigDecimal minimum = standard.multiply(share);
        if (gap.compareTo(minimum) >= 0) {
            return gap;
        }
        assessment.reason("MINIMUM_TOP_UP", () -> "人均补差" + Amounts.yuan(gap) + "元不足低保标准的" + Amounts.percent(share)
                + "，按" + Amounts.yuan(minimum) + "元补差",
                References.local(assessment.parameters().get(MINIMUM_TOP_UP), References.AMOUNT));
        return minimum;
    }

    /**
     * 分档: the tier with the lowest bound above the per-capita income, as a share of the standard, pays its
     * benefit share of the standard per person. Null when no tier covers the income: then the gap applies.
     */
    static BigDecimal tiered(Assessment assessment, BigDecimal perCapitaIncome, BigDecimal standard) {
        List<Map<String, Object>> tiers = assessment.parameters().rows(TIERS);
        BigDecimal bound = null;
        BigDecimal benefitShare = null;
        for (Map<String, Object> tier : tiers) {
            BigDecimal below = Parameters.asDecimal(TIERS, tier.get("incomeBelowShare"));
            if (perCapitaIncome.compareTo(standard.multiply(below)) < 0 && (bound == null || below.compareTo(bound) < 0)) {
                bound = below;
                benefitShare = Parameters.asDecimal(TIERS, tier.get("benefitShare"));
            }
        }
        if (bound == null) {
            assessment.note("分档标准未覆盖家庭月人均收入" + Amounts.yuan(perCapitaIncome) + "元，按差额计算");
            return null;
        }
        BigDecimal perCapita = standard.multiply(benefitShare);
        BigDecimal incomeBound = bound;
        BigDecimal paidShare = benefitShare;
        assessment.reason("TIER_APPLIED", () -> "家庭月人均收入" + Amounts.yuan(perCapitaIncome) + "元，低于低保标准的"
                + Amounts.percent(incomeBound) + "，按标准的" + Amounts.percent(paidShare) + "（每人" + Amounts.yuan(perCapita)
                + "元）发放", References.local(assessment.parameters().get(TIERS), References.AMOUNT));
        assessment.figure("tierBenefitShare", benefitShare);
        return perCapita;
    }
}
