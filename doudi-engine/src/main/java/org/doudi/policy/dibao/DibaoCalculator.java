package org.doudi.policy.dibao;

import java.math.BigDecimal;
import org.doudi.policy.Assessment;
import org.doudi.policy.Decision;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 最低生活保障 under 《最低生活保障审核确认办法》 (民发〔2021〕57号, from 2021-07-01): a household whose counted
 * per-capita income is below the local standard and whose property meets the local rule gets the gap (or
 * its tier), with supplements for members in need; a recipient whose income rose after employment is
 * phased out; while exits are suspended, a household that would leave keeps its benefit.
 */
public final class DibaoCalculator implements ProgrammeCalculator {

    static final String EXITS_SUSPENDED = "dibao.exitsSuspended";

    @Override
    public Decision assess(Assessment assessment) {
        MeansTest means = MeansTest.of(assessment);
        if (means.unit().isEmpty()) {
            HouseholdUnit.recordEmpty(assessment);
            return assessment.decide(false, BigDecimal.ZERO);
        }
        boolean singlePersonUnit = SinglePersonUnit.applies(assessment, means.unit());
        BigDecimal standard = MeansTest.standard(assessment);
        boolean incomeBelow = incomeBelowStandard(assessment, means.perCapitaIncome(), standard);
        boolean property = PropertyTest.of(assessment, means.unit(), PropertyTest.DIBAO_LIMIT).passed();
        if (incomeBelow && property) {
            return assessment.decide(true, monthlyAmount(assessment, means, standard, singlePersonUnit));
        }
        if (property) {
            BigDecimal phasedOut = GradualExit.amount(assessment, means.perCapitaIncome(), standard, means.unit(),
                    Rounding.of(assessment));
            if (phasedOut != null) {
                return assessment.decide(true, phasedOut);
            }
        }
        return leave(assessment);
    }

    /** 第十三条 with 《社会救助暂行办法》第九条: the per-capita income is below the standard. */
    static boolean incomeBelowStandard(Assessment assessment, BigDecimal perCapitaIncome, BigDecimal standard) {
        if (perCapitaIncome.compareTo(standard) < 0) {
            assessment.reason("INCOME_BELOW_STANDARD", () -> "家庭月人均收入" + Amounts.yuan(perCapitaIncome) + "元，低于当地低保标准"
                    + Amounts.yuan(standard) + "元", References.INCOME);
            return true;
        }
        assessment.reason("INCOME_AT_OR_ABOVE_STANDARD", () -> "家庭月人均收入" + Amounts.yuan(perCapitaIncome)
                + "元，不低于当地低保标准" + Amounts.yuan(standard) + "元", References.INCOME);
        return false;
    }

    /** 保障金: the basic amount (at least the single-person floor) plus the classified supplements. */
    static BigDecimal monthlyAmount(Assessment assessment, MeansTest means, BigDecimal standard, boolean singlePersonUnit) {
        Rounding rounding = Rounding.of(assessment);
        BigDecimal basic = BasicAmount.of(assessment, rounding, means.members(), means.perCapitaIncome(), standard);
        if (singlePersonUnit) {
            basic = SinglePersonUnit.floor(assessment, basic, standard, rounding);
        }
        BigDecimal supplement = ClassifiedSupplement.of(assessment, means.unit());
        if (supplement.signum() == 0) {
            return basic;
        }
        BigDecimal base = basic;
        BigDecimal monthly = basic.add(supplement);
        return assessment.step("monthlyAmount", monthly, () -> Amounts.yuan(base) + "元+分类施保" + Amounts.yuan(supplement)
                + "元=" + Amounts.yuan(monthly) + "元", References.CLASSIFIED);
    }

    /** The household is not (or no longer) eligible; while exits are suspended a recipient keeps its benefit. */
    static Decision leave(Assessment assessment) {
        BigDecimal previous = GradualExit.previousBenefit(assessment);
        if (previous != null && assessment.parameters().flag(EXITS_SUSPENDED)) {
            assessment.reason("EXIT_SUSPENDED", () -> "暂停低保退出期间，保留原保障金" + Amounts.yuan(previous) + "元",
                    References.local(assessment.parameters().get(EXITS_SUSPENDED), References.CHANGES));
            return assessment.decide(true, Amounts.cents(previous));
        }
        return assessment.decide(false, BigDecimal.ZERO);
    }
}
