package org.doudi.policy.allowances;

import org.doudi.policy.Wording;

import static org.doudi.policy.allowances.Texts.ELDERLY_LAW;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.kernel.Programme;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Decision;
import org.doudi.policy.Parameters;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 高龄津贴 (《老年人权益保障法》第三十三条; tiers and amounts are local): the age in full years on the
 * assessment date, from the ID number's birth date (or the stated birth date), picks the highest tier
 * reached. Below {@code oldAgeAllowance.meansTestedBelowAge} only low-income elderly qualify.
 */
public final class OldAgeAllowanceCalculator implements ProgrammeCalculator {

    /**
     * The low-income population (国办函〔2023〕39号二): 低保, 特困, 低保边缘 and 刚性支出困难 households and other
     * low-income people in the monitoring database.
     */
    private static final Set<Programme> LOW_INCOME = EnumSet.of(Programme.DIBAO, Programme.EXTREME_POVERTY,
            Programme.MARGINAL, Programme.RIGID_EXPENDITURE, Programme.LOW_INCOME);

    @Override
    public Decision assess(Assessment a) {
        Member subject = a.subject();
        int age = a.ageOf(subject);
        a.figure("age", age);
        a.figure("birthDate", Assessment.birthDate(subject));
        Parameters p = a.parameters();
        List<Map<String, Object>> tiers = p.rows("oldAgeAllowance.tiers");
        if (tiers.isEmpty()) {
            a.reason("NO_ALLOWANCE_CONFIGURED", "当地未设立高龄津贴", ELDERLY_LAW + "（国家鼓励地方建立，未作统一规定）");
            return a.decide(false, BigDecimal.ZERO);
        }
        int reached = -1;
        BigDecimal monthly = BigDecimal.ZERO;
        int lowest = Integer.MAX_VALUE;
        for (Map<String, Object> tier : tiers) {
            int from = Parameters.asDecimal("oldAgeAllowance.tiers", tier.get("fromAge")).intValueExact();
            lowest = Math.min(lowest, from);
            if (age >= from && from > reached) {
                reached = from;
                monthly = Parameters.asDecimal("oldAgeAllowance.tiers", tier.get("monthly"));
            }
        }
        if (reached < 0) {
            int first = lowest;
            a.reason("BELOW_ALLOWANCE_AGE", () -> age + "周岁，未满高龄津贴起始年龄" + first + "周岁", ELDERLY_LAW);
            return a.decide(false, BigDecimal.ZERO);
        }
        int tier = reached;
        BigDecimal amount = Texts.money(monthly);
        a.figure("tierFromAge", tier);
        a.reason("TIER_REACHED", () -> age + "周岁，适用" + tier + "周岁以上档，每月" + Wording.yuan(amount), ELDERLY_LAW);
        a.step("monthlyAmount", amount, () -> tier + "周岁以上档高龄津贴" + Wording.yuan(amount), ELDERLY_LAW);
        return a.decide(meansTestPassed(a, subject, age), amount);
    }

    private static boolean meansTestPassed(Assessment a, Member subject, int age) {
        int below = a.parameters().integer("oldAgeAllowance.meansTestedBelowAge");
        if (below <= 0 || age >= below) {
            return true;
        }
        Programme found = lowIncomeProgramme(a, subject);
        if (found == null) {
            a.reason("NOT_LOW_INCOME", () -> age + "周岁，未满" + below + "周岁的高龄津贴仅限低保、特困、低保边缘等低收入老年人",
                    ELDERLY_LAW + "（低收入老年人）");
            return false;
        }
        a.reason("LOW_INCOME_ELDERLY", () -> "属于" + Texts.programme(found) + "对象，未满" + below + "周岁亦可领取",
                ELDERLY_LAW + "（低收入老年人）");
        return true;
    }

    private static Programme lowIncomeProgramme(Assessment a, Member subject) {
        List<Programme> household = a.request().household().programmes();
        if (household != null) {
            for (Programme p : household) {
                if (LOW_INCOME.contains(p)) {
                    return p;
                }
            }
        }
        if (subject.benefits() != null) {
            for (Programme p : subject.benefits()) {
                if (LOW_INCOME.contains(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
