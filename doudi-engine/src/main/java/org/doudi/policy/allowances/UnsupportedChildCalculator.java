package org.doudi.policy.allowances;

import org.doudi.policy.Wording;

import static org.doudi.policy.allowances.Texts.UNSUPPORTED_CHILDREN;

import java.math.BigDecimal;
import org.doudi.kernel.Programme;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Decision;
import org.doudi.policy.Parameters;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 事实无人抚养儿童基本生活补贴 (民发〔2019〕62号): a child under 18 whose parents have been severely disabled,
 * seriously ill, imprisoned, in compulsory rehabilitation or out of contact for the required months. The
 * allowance is the local standard; a child already paid 低保, 特困 or the disability living subsidy below it
 * gets the difference (三(一)). The allowance is not counted as income when the family later applies for 低保
 * or 特困 (三(一)).
 */
public final class UnsupportedChildCalculator implements ProgrammeCalculator {

    @Override
    public Decision assess(Assessment a) {
        Member subject = a.subject();
        Parameters p = a.parameters();
        int age = a.ageOf(subject);
        a.figure("age", age);
        boolean child = isChild(a, age);
        boolean parentsUnavailable = parentsUnavailable(a, subject);
        boolean notOrphan = notOnOrphanAllowance(a, subject);
        boolean eligible = child && parentsUnavailable && notOrphan;
        BigDecimal standard = Texts.money(p.decimal("unsupportedChild.standard"));
        BigDecimal other = Texts.money(subject.otherMonthlyBenefit() == null ? BigDecimal.ZERO : subject.otherMonthlyBenefit());
        a.figure("standard", standard);
        a.figure("otherMonthlyBenefit", other);
        BigDecimal amount = amount(a, standard, other);
        if (eligible) {
            a.reason("NOT_COUNTED_AS_INCOME", "本补贴在家庭今后申请低保或特困救助供养时不计入家庭收入，享受低保或特困待遇后按人均救助水平重新计算、补差发放",
                    UNSUPPORTED_CHILDREN + "三(一)");
            if (amount.compareTo(standard) == 0 && subject.disability() != null && a.explains()) {
                a.note("全额领取事实无人抚养儿童基本生活补贴的残疾儿童不享受困难残疾人生活补贴");
            }
        }
        return a.decide(eligible, amount);
    }

    private static boolean isChild(Assessment a, int age) {
        int limit = a.parameters().integer("unsupportedChild.ageLimit");
        if (age < limit) {
            a.reason("UNDER_AGE_LIMIT", () -> age + "周岁，未满" + limit + "周岁", UNSUPPORTED_CHILDREN + "一");
            return true;
        }
        a.reason("OVER_AGE_LIMIT", () -> age + "周岁，已满" + limit + "周岁，不属于事实无人抚养儿童", UNSUPPORTED_CHILDREN + "一");
        return false;
    }

    private static boolean parentsUnavailable(Assessment a, Member subject) {
        int required = a.parameters().integer("unsupportedChild.lostContactMonths");
        int months = subject.parentsUnavailableMonths() == null ? 0 : subject.parentsUnavailableMonths();
        a.figure("parentsUnavailableMonths", months);
        if (months >= required) {
            a.reason("PARENTS_UNAVAILABLE", () -> "父母重残、重病、服刑在押、强制隔离戒毒或失联等情形已" + months + "个月（满"
                    + required + "个月）", UNSUPPORTED_CHILDREN + "一");
            return true;
        }
        a.reason("PARENTS_NOT_UNAVAILABLE_LONG_ENOUGH", () -> "父母无法履行抚养义务的情形" + months + "个月，未满" + required
                + "个月", UNSUPPORTED_CHILDREN + "一");
        return false;
    }

    /** An orphan is paid the orphan allowance, which the unsupported-child allowance is modelled on. */
    private static boolean notOnOrphanAllowance(Assessment a, Member subject) {
        if (Texts.receives(subject, Programme.ORPHAN)) {
            a.reason("ORPHAN_ALLOWANCE_INSTEAD", "已享受孤儿基本生活保障，不再按事实无人抚养儿童发放", UNSUPPORTED_CHILDREN + "一");
            return false;
        }
        return true;
    }

    /** The full standard, or the difference up to it when other assistance is already paid (三(一)). */
    private static BigDecimal amount(Assessment a, BigDecimal standard, BigDecimal other) {
        if (other.signum() == 0) {
            a.reason("FULL_STANDARD", () -> "按补贴标准" + Wording.yuan(standard) + "全额发放", UNSUPPORTED_CHILDREN + "三(一)");
            return a.step("monthlyAmount", standard, () -> "补贴标准" + Wording.yuan(standard), UNSUPPORTED_CHILDREN + "三(一)");
        }
        BigDecimal difference = standard.subtract(other).max(BigDecimal.ZERO);
        a.figure("difference", difference);
        if (difference.signum() > 0) {
            a.reason("DIFFERENCE_PAID", () -> "已领取低保、特困供养金或困难残疾人生活补贴" + Wording.yuan(other) + "，低于补贴标准"
                    + Wording.yuan(standard) + "，补差发放" + Wording.yuan(difference), UNSUPPORTED_CHILDREN + "三(一)");
        } else {
            a.reason("NO_DIFFERENCE", () -> "已领取低保、特困供养金或困难残疾人生活补贴" + Wording.yuan(other) + "，不低于补贴标准"
                    + Wording.yuan(standard) + "，无需补差", UNSUPPORTED_CHILDREN + "三(一)");
        }
        return a.step("monthlyAmount", difference, () -> "补贴标准" + Wording.yuan(standard) + " − 已领取" + Wording.yuan(other),
                UNSUPPORTED_CHILDREN + "三(一)");
    }
}
