package org.doudi.policy.allowances;

import org.doudi.policy.Wording;

import static org.doudi.policy.allowances.Texts.TWO_SUBSIDIES;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Programme;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Disability;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Decision;
import org.doudi.policy.MissingParameterException;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 重度残疾人护理补贴 (国发〔2015〕52号): for disability grade 1 or 2, and grade-3 intellectual or mental
 * disability where the province extends it ({@code disability.care.grade3IntellectualMental}); no means test.
 * The amount is the province's by grade. A 特困 person gets neither subsidy (provincial rules: the 特困 care
 * standard already pays for care); an orphan (国发〔2015〕52号) or a de-facto unsupported child
 * (民发〔2019〕62号三(二)) still gets this one.
 */
public final class DisabilityCareCalculator implements ProgrammeCalculator {

    /** The table key of the extension to grade-3 intellectual and mental disability. */
    private static final String GRADE_3 = "3";

    @Override
    public Decision assess(Assessment a) {
        Member subject = a.subject();
        Disability d = subject.disability();
        if (d == null) {
            a.reason("NOT_DISABLED", "未持有残疾人证，不属于重度残疾人护理补贴对象", TWO_SUBSIDIES);
            return a.decide(false, BigDecimal.ZERO);
        }
        Map<String, BigDecimal> table = a.parameters().decimalMap("disability.care.monthly");
        String grade = careGrade(a, d, table);
        BigDecimal amount = BigDecimal.ZERO;
        if (grade != null) {
            BigDecimal paid = Texts.money(table.get(grade));
            amount = a.step("monthlyAmount", paid, () -> "护理补贴（" + grade + "级）标准" + Wording.yuan(paid), TWO_SUBSIDIES);
        }
        a.figure("careSubsidy", amount);
        boolean severe = grade != null;
        boolean overlapFree = noOverlap(a, subject);
        return a.decide(severe && overlapFree, amount);
    }

    /**
     * The table key that applies, or null. The table's grades are the severe ones (国发〔2015〕52号: grade 1 and
     * 2); its key "3" is only for intellectual and mental disability, and only where the province extends it.
     */
    private static String careGrade(Assessment a, Disability d, Map<String, BigDecimal> table) {
        String key = String.valueOf(d.grade());
        if (GRADE_3.equals(key)) {
            boolean intellectualOrMental = d.kind() == DisabilityKind.INTELLECTUAL || d.kind() == DisabilityKind.MENTAL;
            if (!intellectualOrMental) {
                a.reason("NOT_SEVERE_DISABILITY", () -> label(d) + "，不属于一、二级重度残疾", TWO_SUBSIDIES);
                return null;
            }
            if (!a.parameters().flag("disability.care.grade3IntellectualMental")) {
                a.reason("GRADE_3_NOT_EXTENDED", () -> label(d) + "，当地护理补贴未扩大到三级智力、精神残疾人", TWO_SUBSIDIES);
                return null;
            }
            requireKey(table, key);
            a.reason("GRADE_3_INTELLECTUAL_MENTAL_EXTENDED", () -> label(d) + "，当地护理补贴扩大到三级智力、精神残疾人",
                    TWO_SUBSIDIES);
            return key;
        }
        if (!table.containsKey(key)) {
            a.reason("NOT_SEVERE_DISABILITY", () -> label(d) + "，不属于一、二级重度残疾", TWO_SUBSIDIES);
            return null;
        }
        a.reason("SEVERE_DISABILITY", () -> label(d) + "，属于重度残疾", TWO_SUBSIDIES);
        return key;
    }

    private static String label(Disability d) {
        return Wording.disabilityKind(d.kind()) + "残疾" + d.grade() + "级";
    }

    private static void requireKey(Map<String, BigDecimal> table, String key) {
        if (!table.containsKey(key)) {
            throw new MissingParameterException("disability.care.monthly");
        }
    }

    private static boolean noOverlap(Assessment a, Member subject) {
        if (Texts.receives(subject, Programme.EXTREME_POVERTY)) {
            a.reason("EXTREME_POVERTY_RECEIVES_NEITHER", "已纳入特困人员救助供养（照料护理标准已含护理），不享受重度残疾人护理补贴",
                    Texts.EXTREME_POVERTY_OVERLAP);
            return false;
        }
        if (Texts.receives(subject, Programme.ORPHAN)) {
            a.reason("ORPHAN_CARE_ALLOWED", "享受孤儿基本生活保障的残疾儿童可享受重度残疾人护理补贴", TWO_SUBSIDIES);
        }
        if (Texts.receives(subject, Programme.UNSUPPORTED_CHILD)) {
            a.reason("UNSUPPORTED_CHILD_CARE_ALLOWED", "事实无人抚养儿童可同时享受重度残疾人护理补贴",
                    Texts.UNSUPPORTED_CHILDREN + "三(二)");
        }
        if (a.explains()) {
            a.note("护理补贴对象须需要长期照护（照护支出持续6个月以上），由评估确认");
        }
        return true;
    }
}
