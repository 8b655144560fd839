package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Household;
import org.doudi.policy.AssessmentRequest.Member;

/**
 * 渐退 (第三十三条; 民发〔2022〕83号一（三）: in principle at most 6 months): a recipient household whose
 * per-capita income rose above the standard after a member took up work, but stays below the pack's
 * multiple of it, keeps a share of its previous benefit for each month of the pack's schedule, then leaves.
 */
final class GradualExit {

    static final String SCHEDULE = "dibao.gradualExit.schedule";
    static final String CEILING_MULTIPLE = "dibao.gradualExit.incomeCeilingMultiple";

    private GradualExit() {
    }

    /** The previous monthly benefit, when the household receives one. */
    static BigDecimal previousBenefit(Assessment assessment) {
        BigDecimal previous = assessment.request().household().previousMonthlyBenefit();
        return previous == null || previous.signum() <= 0 ? null : previous;
    }

    /**
     * The rule, for a household at or above the standard: the amount of this month of the gradual exit, or
     * null when the household leaves (not a recipient, income too high, not after employment, schedule over).
     */
    static BigDecimal amount(Assessment assessment, BigDecimal perCapitaIncome, BigDecimal standard, HouseholdUnit unit,
                             Rounding rounding) {
        BigDecimal previous = previousBenefit(assessment);
        if (previous == null || !belowCeiling(assessment, perCapitaIncome, standard) || !afterEmployment(assessment, unit)) {
            return null;
        }
        List<BigDecimal> schedule = assessment.parameters().decimals(SCHEDULE);
        Household household = assessment.request().household();
        boolean monthGiven = household.monthsSinceIncomeAboveStandard() != null;
        int index = monthGiven ? household.monthsSinceIncomeAboveStandard() : 0;
        if (index >= schedule.size()) {
            assessment.reason("GRADUAL_EXIT_ENDED", () -> "渐退期" + schedule.size() + "个月已满（收入超过低保标准已"
                    + index + "个月），退出低保", References.GRADUAL_EXIT);
            return null;
        }
        BigDecimal share = schedule.get(index);
        BigDecimal amount = rounding.household(previous.multiply(share));
        assessment.figure("gradualExitMonth", index + 1);
        assessment.reason("GRADUAL_EXIT", () -> "家庭成员就业后人均收入超过低保标准，给予渐退：渐退期第" + (index + 1) + "个月（共"
                + schedule.size() + "个月" + (monthGiven ? "" : "；未给出收入超过标准的月数，按第1个月") + "），按原保障金"
                + Amounts.yuan(previous) + "元的" + Amounts.percent(share) + "发放", References.GRADUAL_EXIT);
        return assessment.step("gradualExitAmount", amount, () -> Amounts.yuan(previous) + "元×" + Amounts.percent(share)
                + "=" + Amounts.yuan(amount) + "元", References.GRADUAL_EXIT);
    }

    private static boolean belowCeiling(Assessment assessment, BigDecimal perCapitaIncome, BigDecimal standard) {
        BigDecimal multiple = assessment.parameters().decimal(CEILING_MULTIPLE);
        BigDecimal ceiling = Amounts.cents(standard.multiply(multiple));
        assessment.figure("gradualExitCeiling", ceiling);
        if (perCapitaIncome.compareTo(ceiling) < 0) {
            return true;
        }
        assessment.reason("GRADUAL_EXIT_NOT_APPLICABLE", () -> "家庭月人均收入" + Amounts.yuan(perCapitaIncome) + "元，达到低保标准的"
                + Amounts.multiple(multiple) + "倍（" + Amounts.yuan(ceiling) + "元），不适用渐退", References.GRADUAL_EXIT);
        return false;
    }

    private static boolean afterEmployment(Assessment assessment, HouseholdUnit unit) {
        for (Member member : unit.counted()) {
            if (MemberConditions.employed(member, assessment.asOf())) {
                return true;
            }
        }
        assessment.reason("GRADUAL_EXIT_NOT_APPLICABLE", "家庭人均收入超过低保标准并非因家庭成员就业，不适用渐退",
                References.GRADUAL_EXIT);
        return false;
    }
}
