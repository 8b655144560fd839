package org.doudi.policy.allowances;

import org.doudi.policy.Wording;

import static org.doudi.policy.allowances.Texts.TWO_SUBSIDIES;
import static org.doudi.policy.allowances.Texts.UNSUPPORTED_CHILDREN;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Disability;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Decision;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 困难残疾人生活补贴 (国发〔2015〕52号): for a disabled person in a 低保 household, or in the other households a
 * province adds ({@code disability.living.eligibleProgrammes}). Not for a 特困 person (provincial rules), nor
 * for a child on the orphan allowance (国发〔2015〕52号), nor for a child on the full de-facto-unsupported-child
 * allowance (民发〔2019〕62号三(一)). Someone also entitled to an old-age or other welfare living allowance
 * takes the higher one (国发〔2015〕52号).
 */
public final class DisabilityLivingCalculator implements ProgrammeCalculator {

    @Override
    public Decision assess(Assessment a) {
        Member subject = a.subject();
        boolean disabled = disabled(a, subject);
        boolean household = householdQualifies(a, subject);
        boolean overlapFree = noOverlap(a, subject);
        BigDecimal amount = Texts.money(a.parameters().decimal("disability.living.monthly"));
        a.figure("livingSubsidy", amount);
        a.step("monthlyAmount", amount, () -> "困难残疾人生活补贴标准" + Wording.yuan(amount), TWO_SUBSIDIES);
        return a.decide(disabled && household && overlapFree, amount);
    }

    private static boolean disabled(Assessment a, Member subject) {
        Disability d = subject.disability();
        if (d == null) {
            a.reason("NOT_DISABLED", "未持有残疾人证，不属于困难残疾人生活补贴对象", TWO_SUBSIDIES);
            return false;
        }
        a.reason("DISABLED", () -> "持有残疾人证（" + Wording.disabilityKind(d.kind()) + "残疾" + d.grade() + "级）", TWO_SUBSIDIES);
        return true;
    }

    private static boolean householdQualifies(Assessment a, Member subject) {
        List<?> codes = (List<?>) a.parameters().get("disability.living.eligibleProgrammes").value();
        Programme found = Texts.firstIn(a, subject, codes);
        if (found == null) {
            a.reason("HOUSEHOLD_NOT_ELIGIBLE", () -> "家庭不属于" + names(codes) + "，不属于困难残疾人", TWO_SUBSIDIES);
            return false;
        }
        a.reason("HOUSEHOLD_ELIGIBLE", () -> Texts.programme(found) + "家庭中的残疾人", TWO_SUBSIDIES);
        return true;
    }

    private static boolean noOverlap(Assessment a, Member subject) {
        boolean free = true;
        if (Texts.receives(subject, Programme.EXTREME_POVERTY)) {
            a.reason("EXTREME_POVERTY_RECEIVES_NEITHER", "已纳入特困人员救助供养，不享受困难残疾人生活补贴", Texts.EXTREME_POVERTY_OVERLAP);
            free = false;
        }
        if (Texts.receives(subject, Programme.ORPHAN)) {
            a.reason("ORPHAN_NO_LIVING_SUBSIDY", "享受孤儿基本生活保障的残疾儿童不享受困难残疾人生活补贴（可享受重度残疾人护理补贴）",
                    TWO_SUBSIDIES);
            free = false;
        }
        if (Texts.receives(subject, Programme.UNSUPPORTED_CHILD) && !topUpOnly(subject)) {
            a.reason("UNSUPPORTED_CHILD_NO_LIVING_SUBSIDY", "已全额领取事实无人抚养儿童基本生活补贴的残疾儿童不享受困难残疾人生活补贴",
                    UNSUPPORTED_CHILDREN + "三(一)");
            free = false;
        }
        if (free && Texts.receives(subject, Programme.OLD_AGE_ALLOWANCE)) {
            a.reason("CHOOSE_HIGHER_ALLOWANCE", "同时符合高龄津贴等福利性生活补贴条件的，择高享受其中一类，不得重复享受", TWO_SUBSIDIES);
            if (a.explains()) {
                a.note("已领取高龄津贴：与困难残疾人生活补贴择高享受其中一类");
            }
        }
        return free;
    }

    /** A child paid only the difference up to the child allowance keeps the subsidy the difference was counted on. */
    private static boolean topUpOnly(Member subject) {
        return subject.otherMonthlyBenefit() != null && subject.otherMonthlyBenefit().signum() > 0;
    }

    private static String names(List<?> codes) {
        StringBuilder names = new StringBuilder();
        for (Object code : codes) {
            names.append(names.isEmpty() ? "" : "、").append(Texts.programme(Programme.valueOf(String.valueOf(code))));
        }
        return names + "家庭";
    }
}
