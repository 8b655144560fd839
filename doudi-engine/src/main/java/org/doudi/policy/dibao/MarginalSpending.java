package org.doudi.policy.dibao;

import java.math.BigDecimal;
import org.doudi.policy.Assessment;
import org.doudi.policy.Decision;

/**
 * 天津 (津民发〔2020〕19号二（二）): a 低保边缘 household whose yearly spending (medical, education, necessary care
 * and basic living at the 低保 standard) exceeds last year's income gets basic-living aid.
 *
 * <p>The text sets no amount. Doudi pays the monthly shortfall, (spending − income) / 12, which is the 低保 gap
 * computed on the income left after the non-living rigid expenditure: spending > income exactly when that
 * per-capita income is below the standard. Once that income is nil, the aid stays at the full standard per
 * member (a household without income on 低保 gets no more). Rounded as 低保 amounts are.
 */
final class MarginalSpending {

    private MarginalSpending() {
    }

    static Decision assess(Assessment assessment) {
        HouseholdUnit unit = HouseholdUnit.of(assessment);
        if (unit.isEmpty()) {
            HouseholdUnit.recordEmpty(assessment);
            return assessment.decide(false, BigDecimal.ZERO);
        }
        int members = unit.members();
        BigDecimal standard = MeansTest.standard(assessment);
        BigDecimal annualIncome = RigidExpenditure.annualIncome(assessment, unit);
        BigDecimal rigid = RigidExpenditure.of(assessment, false);
        BigDecimal basicLiving = basicLiving(assessment, standard, members);
        BigDecimal spending = rigid.add(basicLiving);
        assessment.figure("householdSpending", spending);
        RigidExpenditure.share(assessment, spending, annualIncome);
        String reference = References.local(assessment.parameters().get(RigidExpenditureCalculator.MARGINAL_SPENDING_RULE),
                References.RIGID_CONDITIONS);
        if (spending.compareTo(annualIncome) <= 0) {
            assessment.reason("MARGINAL_SPENDING_WITHIN_INCOME", () -> "低保边缘家庭年度支出" + Amounts.yuan(spending)
                    + "元未超过上年度家庭总收入" + Amounts.yuan(annualIncome) + "元", reference);
            return assessment.decide(false, BigDecimal.ZERO);
        }
        assessment.reason("MARGINAL_SPENDING_EXCEEDS_INCOME", () -> "低保边缘家庭年度支出" + Amounts.yuan(spending)
                + "元超过上年度家庭总收入" + Amounts.yuan(annualIncome) + "元，给予基本生活救助", reference);
        return assessment.decide(true, aid(assessment, standard, members, annualIncome.subtract(rigid), reference));
    }

    /** 基本生活费用（按低保标准核定）: the standard × members × 12. */
    private static BigDecimal basicLiving(Assessment assessment, BigDecimal standard, int members) {
        BigDecimal basicLiving = standard.multiply(BigDecimal.valueOf(members)).multiply(Amounts.MONTHS_PER_YEAR);
        return assessment.step("basicLivingExpenditure", basicLiving, () -> "基本生活费用按低保标准核定：" + Amounts.yuan(standard)
                + "元×" + members + "人×12=" + Amounts.yuan(basicLiving) + "元", References.RIGID_EXPENDITURES);
    }

    /** The 低保 gap on the monthly per-capita income left after the rigid expenditure. */
    private static BigDecimal aid(Assessment assessment, BigDecimal standard, int members, BigDecimal netAnnualIncome,
                                  String reference) {
        BigDecimal netPerCapita = Amounts.share(Amounts.perMonth(netAnnualIncome.max(BigDecimal.ZERO)), members);
        BigDecimal gap = standard.subtract(netPerCapita);
        Rounding rounding = Rounding.of(assessment);
        BigDecimal aid = rounding.household(gap, members);
        assessment.figure("perCapitaIncomeAfterRigidExpenditure", netPerCapita);
        return assessment.step("monthlyAmount", aid, () -> "扣除刚性支出后家庭月人均收入" + Amounts.yuan(netPerCapita) + "元，按低保差额（"
                + Amounts.yuan(standard) + "−" + Amounts.yuan(netPerCapita) + "）：" + rounding.explain(gap, members, aid), reference);
    }
}
