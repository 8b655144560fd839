package org.doudi.policy.dibao;

import java.math.BigDecimal;
import org.doudi.policy.Assessment;

/**
 * The household and its income as 低保 and 低保边缘 share them: who is counted (第七条), the counted monthly
 * income (第十三条) and the income per counted member.
 *
 * @param perCapitaIncome counted monthly income / members, to 分 (half up); null when no member is counted
 */
public record MeansTest(HouseholdUnit unit, CountedIncome income, BigDecimal perCapitaIncome) {

    static MeansTest of(Assessment assessment) {
        HouseholdUnit unit = HouseholdUnit.of(assessment);
        CountedIncome income = CountedIncome.of(assessment, unit);
        return new MeansTest(unit, income, unit.isEmpty() ? null : perCapitaIncome(assessment, unit, income));
    }

    public int members() {
        return unit.members();
    }

    /** 家庭人均收入: the counted monthly income shared by the counted members. */
    static BigDecimal perCapitaIncome(Assessment assessment, HouseholdUnit unit, CountedIncome income) {
        BigDecimal perCapita = Amounts.share(income.monthly(), unit.members());
        assessment.step("perCapitaIncome", perCapita,
                () -> Amounts.yuan(income.monthly()) + "元÷" + unit.members() + "人=" + Amounts.yuan(perCapita) + "元",
                References.INCOME);
        assessment.figure("perCapitaIncome", perCapita);
        return perCapita;
    }

    /** 低保标准 of the region, area and date, in 元 per person and month. */
    static BigDecimal standard(Assessment assessment) {
        BigDecimal standard = Amounts.cents(assessment.parameters().decimal("dibao.standard"));
        assessment.figure("standard", standard);
        return standard;
    }
}
