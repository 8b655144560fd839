package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.policy.Assessment;
import org.doudi.policy.Decision;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 刚性支出困难家庭 under 《刚性支出困难家庭认定办法》 (from 2025-01-01), 第四条: not on 低保 or 特困 and not
 * 低保边缘; per-capita income below last year's local per-capita disposable income; property within the
 * 低保边缘 rule (第四条第二款 lets it follow that rule); rigid expenditure of the last 12 months above the local
 * share of the household's income. Recognition pays nothing itself: special and temporary assistance
 * follow (第十条). Where the pack switches on the 天津 rule, a 低保边缘 household whose yearly spending exceeds
 * last year's income gets basic-living aid instead ({@link MarginalSpending}).
 */
public final class RigidExpenditureCalculator implements ProgrammeCalculator {

    /** 第十四条：本办法自2025年1月1日起施行. */
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2025, 1, 1);
    static final String DISPOSABLE_INCOME = "region.perCapitaDisposableIncome";
    static final String SHARE_THRESHOLD = "rigidExpenditure.shareThreshold";
    static final String MARGINAL_SPENDING_RULE = "rigidExpenditure.marginalSpendingRule";

    @Override
    public Decision assess(Assessment assessment) {
        List<Programme> programmes = assessment.request().household().programmes();
        if (programmes == null) {
            programmes = List.of();
        }
        if (programmes.contains(Programme.MARGINAL) && assessment.parameters().flag(MARGINAL_SPENDING_RULE)) {
            return MarginalSpending.assess(assessment);
        }
        if (alreadyCovered(assessment, programmes) || !inForce(assessment)) {
            return assessment.decide(false, BigDecimal.ZERO);
        }
        HouseholdUnit unit = HouseholdUnit.of(assessment);
        if (unit.isEmpty()) {
            HouseholdUnit.recordEmpty(assessment);
            return assessment.decide(false, BigDecimal.ZERO);
        }
        BigDecimal annualIncome = RigidExpenditure.annualIncome(assessment, unit);
        boolean incomeBelow = incomeBelowDisposableIncome(assessment, annualIncome, unit.members());
        boolean property = PropertyTest.of(assessment, unit, PropertyTest.MARGINAL_LIMIT).passed();
        boolean shareExceeded = expenditureShareExceeded(assessment, annualIncome);
        if (!incomeBelow || !property || !shareExceeded) {
            return assessment.decide(false, BigDecimal.ZERO);
        }
        assessment.reason("RIGID_EXPENDITURE_HARDSHIP", "认定为刚性支出困难家庭，有效期内按规定获得相应社会救助或者帮扶（专项救助、临时救助）",
                References.RIGID_ASSISTANCE);
        return assessment.decide(true, BigDecimal.ZERO);
    }

    /** 第四条第一项: not on 低保 or 特困 and not recognised as 低保边缘. */
    static boolean alreadyCovered(Assessment assessment, List<Programme> programmes) {
        for (Programme programme : programmes) {
            if (programme == Programme.DIBAO || programme == Programme.EXTREME_POVERTY || programme == Programme.MARGINAL) {
                assessment.reason("ALREADY_COVERED", () -> "家庭" + label(programme) + "，不再认定为刚性支出困难家庭",
                        References.RIGID_CONDITIONS);
                return true;
            }
        }
        return false;
    }

    private static String label(Programme programme) {
        return switch (programme) {
            case DIBAO -> "已纳入最低生活保障";
            case EXTREME_POVERTY -> "已纳入特困人员救助供养";
            default -> "已认定为低保边缘家庭";
        };
    }

    /** The 办法 applies from its first day; before it there is no national recognition to assess. */
    static boolean inForce(Assessment assessment) {
        if (!assessment.asOf().isBefore(IN_FORCE_FROM)) {
            return true;
        }
        assessment.reason("RIGID_EXPENDITURE_NOT_IN_FORCE", () -> "《刚性支出困难家庭认定办法》自" + IN_FORCE_FROM
                + "起施行，评估日期在此之前", References.RIGID_IN_FORCE);
        return false;
    }

    /** 第四条第二项: annual income per counted member below last year's local per-capita disposable income. */
    static boolean incomeBelowDisposableIncome(Assessment assessment, BigDecimal annualIncome, int members) {
        BigDecimal perCapita = Amounts.share(annualIncome, members);
        BigDecimal disposable = Amounts.cents(assessment.parameters().decimal(DISPOSABLE_INCOME));
        assessment.figure("perCapitaAnnualIncome", perCapita);
        assessment.figure("perCapitaDisposableIncome", disposable);
        if (perCapita.compareTo(disposable) < 0) {
            assessment.reason("INCOME_BELOW_DISPOSABLE_INCOME", () -> "家庭年人均收入" + Amounts.yuan(perCapita)
                    + "元，低于上年度当地居民人均可支配收入" + Amounts.yuan(disposable) + "元", References.RIGID_CONDITIONS);
            return true;
        }
        assessment.reason("INCOME_NOT_BELOW_DISPOSABLE_INCOME", () -> "家庭年人均收入" + Amounts.yuan(perCapita)
                + "元，不低于上年度当地居民人均可支配收入" + Amounts.yuan(disposable) + "元", References.RIGID_CONDITIONS);
        return false;
    }

    /**
     * 第四条第四项: rigid expenditure of the last 12 months over the household's income exceeds the local share.
     * 生活支出 counts as declared (第五条第一项). Without income, any rigid expenditure exceeds it.
     */
    static boolean expenditureShareExceeded(Assessment assessment, BigDecimal annualIncome) {
        BigDecimal rigid = RigidExpenditure.of(assessment, true);
        BigDecimal share = RigidExpenditure.share(assessment, rigid, annualIncome);
        BigDecimal threshold = assessment.parameters().decimal(SHARE_THRESHOLD);
        boolean exceeded = rigid.compareTo(annualIncome.multiply(threshold)) > 0;
        assessment.reason(exceeded ? "RIGID_EXPENDITURE_SHARE_EXCEEDED" : "RIGID_EXPENDITURE_SHARE_NOT_EXCEEDED",
                () -> "近12个月刚性支出" + Amounts.yuan(rigid) + "元"
                        + (share == null ? "（家庭无收入）" : "，占家庭年收入" + Amounts.yuan(annualIncome) + "元的" + Amounts.percent(share))
                        + (exceeded ? "，超出" : "，未超出") + "当地规定的" + Amounts.percent(threshold), References.RIGID_CONDITIONS);
        return exceeded;
    }
}
