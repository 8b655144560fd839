package org.doudi.policy.dibao;

import java.math.BigDecimal;
import org.doudi.policy.Assessment;
import org.doudi.policy.Decision;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 低保边缘家庭 (国办 2023 意见二; 民发〔2022〕83号一（四）): a household not eligible for 低保 whose per-capita
 * income is at or above the standard but below the pack's multiple of it (or at it, where the bound is
 * inclusive), with property within the 低保边缘 rule. Household, income and property follow the 低保 rules,
 * with the 低保边缘 limit on monetary assets. Where the pack sets a share, the household gets that share of
 * the standard each month.
 */
public final class MarginalCalculator implements ProgrammeCalculator {

    static final String MULTIPLE = "marginal.multiple";
    static final String UPPER_BOUND_INCLUSIVE = "marginal.upperBoundInclusive";
    static final String HOUSEHOLD_AID_SHARE = "marginal.householdAidShare";

    @Override
    public Decision assess(Assessment assessment) {
        MeansTest means = MeansTest.of(assessment);
        if (means.unit().isEmpty()) {
            HouseholdUnit.recordEmpty(assessment);
            return assessment.decide(false, BigDecimal.ZERO);
        }
        BigDecimal standard = MeansTest.standard(assessment);
        boolean inBand = incomeInMarginalBand(assessment, means.perCapitaIncome(), standard);
        boolean property = PropertyTest.of(assessment, means.unit(), PropertyTest.MARGINAL_LIMIT).passed();
        if (!inBand || !property) {
            return assessment.decide(false, BigDecimal.ZERO);
        }
        return assessment.decide(true, householdAid(assessment, standard));
    }

    /** standard ≤ per-capita income < multiple × standard (≤ where the bound is inclusive). */
    static boolean incomeInMarginalBand(Assessment assessment, BigDecimal perCapitaIncome, BigDecimal standard) {
        BigDecimal multiple = assessment.parameters().decimal(MULTIPLE);
        BigDecimal upper = Amounts.cents(standard.multiply(multiple));
        assessment.figure("marginalUpperBound", upper);
        if (perCapitaIncome.compareTo(standard) < 0) {
            assessment.reason("INCOME_BELOW_DIBAO_STANDARD", () -> "家庭月人均收入" + Amounts.yuan(perCapitaIncome)
                    + "元，低于当地低保标准" + Amounts.yuan(standard) + "元，不属于低保边缘家庭，应申请最低生活保障", References.MARGINAL);
            return false;
        }
        boolean inclusive = assessment.parameters().flag(UPPER_BOUND_INCLUSIVE);
        int comparison = perCapitaIncome.compareTo(upper);
        if (comparison < 0 || inclusive && comparison == 0) {
            assessment.reason("INCOME_IN_MARGINAL_BAND", () -> "家庭月人均收入" + Amounts.yuan(perCapitaIncome) + "元，不低于低保标准"
                    + Amounts.yuan(standard) + "元且" + (inclusive ? "不高于" : "低于") + "标准的" + Amounts.multiple(multiple)
                    + "倍（" + Amounts.yuan(upper) + "元）", References.MARGINAL);
            return true;
        }
        assessment.reason("INCOME_ABOVE_MARGINAL_BOUND", () -> "家庭月人均收入" + Amounts.yuan(perCapitaIncome) + "元，"
                + (inclusive ? "高于" : "达到") + "低保标准的" + Amounts.multiple(multiple) + "倍（" + Amounts.yuan(upper) + "元）",
                References.MARGINAL);
        return false;
    }

    /** The pack's share of the standard per household and month (天津 30%), rounded as 低保 amounts are. */
    static BigDecimal householdAid(Assessment assessment, BigDecimal standard) {
        BigDecimal share = assessment.parameters().decimal(HOUSEHOLD_AID_SHARE);
        if (share.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal aid = Rounding.of(assessment).household(standard.multiply(share));
        assessment.reason("MARGINAL_HOUSEHOLD_AID", () -> "低保边缘家庭按低保标准的" + Amounts.percent(share) + "每户每月救助"
                + Amounts.yuan(aid) + "元", References.local(assessment.parameters().get(HOUSEHOLD_AID_SHARE), References.MARGINAL));
        return assessment.step("monthlyAmount", aid, () -> Amounts.yuan(standard) + "元×" + Amounts.percent(share) + "="
                + Amounts.yuan(standard.multiply(share)) + "元，取整为" + Amounts.yuan(aid) + "元",
                References.local(assessment.parameters().get(HOUSEHOLD_AID_SHARE), References.MARGINAL));
    }
}
