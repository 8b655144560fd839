package org.doudi.policy.extremepoverty;

import org.doudi.policy.Wording;

import static org.doudi.policy.extremepoverty.Texts.LAW;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.WorkCapacity;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Disability;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Parameters;

/**
 * 无劳动能力 (第五条), with the minors' extension to 18 (《关于改革完善社会救助制度的意见》) and the
 * continuation for recipients still at school after 18 (第二十四条).
 */
final class WorkCapacityRule {

    /** Why a person counts as without work capacity. */
    enum Basis {
        OLD_AGE, CHILD, MINOR, DISABILITY, IN_SCHOOL_AFTER_MINORITY
    }

    private WorkCapacityRule() {
    }

    /** Records the reason and the figures; returns the basis, or null when the person can work. */
    static Basis assess(Assessment a, Member subject, int age) {
        Basis basis = basis(a, subject, age);
        a.figure("workCapacity", basis != null ? WorkCapacity.NONE.name() : withCapacity(subject).name());
        if (basis != null) {
            a.figure("workCapacityBasis", basis.name());
        }
        return basis;
    }

    private static Basis basis(Assessment a, Member subject, int age) {
        Parameters p = a.parameters();
        int oldAge = p.integer("extremePoverty.oldAge");
        if (age >= oldAge) {
            a.reason("NO_WORK_CAPACITY_OLD_AGE", () -> age + "周岁，年满" + oldAge + "周岁的老年人视为无劳动能力",
                    LAW + "第五条第（一）项");
            return Basis.OLD_AGE;
        }
        int youngAge = p.integer("extremePoverty.youngAge");
        if (age < youngAge) {
            a.reason("NO_WORK_CAPACITY_CHILD", () -> age + "周岁，未满" + youngAge + "周岁的未成年人视为无劳动能力",
                    LAW + "第五条第（二）项");
            return Basis.CHILD;
        }
        int minorLimit = p.integer("extremePoverty.minorLimitAge");
        if (age < minorLimit) {
            a.reason("NO_WORK_CAPACITY_MINOR", () -> age + "周岁，特困救助供养覆盖的未成年人年龄延长至" + minorLimit + "周岁",
                    "《关于改革完善社会救助制度的意见》（特困人员救助供养覆盖的未成年人年龄从16周岁延长至18周岁）");
            return Basis.MINOR;
        }
        Disability disability = subject.disability();
        if (disability != null && disabilityQualifies(p, disability)) {
            a.reason("NO_WORK_CAPACITY_DISABILITY", () -> Wording.disabilityKind(disability.kind()) + "残疾" + disability.grade()
                    + "级，属于视为无劳动能力的残疾（" + Wording.disabilityKind(disability.kind()) + "残疾"
                    + gradesText(mildestGrade(p, disability)) + "）", LAW + "第五条第（三）项");
            return Basis.DISABILITY;
        }
        if (continuesAtSchool(subject)) {
            a.reason("MINOR_AT_SCHOOL_CONTINUES", () -> age + "周岁，年满" + minorLimit + "周岁仍在"
                    + Texts.schooling(subject.schooling()) + "就读的特困人员，可继续享有救助供养待遇", LAW + "第二十四条");
            return Basis.IN_SCHOOL_AFTER_MINORITY;
        }
        a.reason("HAS_WORK_CAPACITY", () -> age + "周岁" + (disability == null ? "，无残疾"
                : "，" + Wording.disabilityKind(disability.kind()) + "残疾" + disability.grade() + "级（不属于视为无劳动能力的残疾等级）")
                + "，不属于无劳动能力的情形", LAW + "第五条");
        return null;
    }

    /** Grade 1 is the most severe; the table gives the mildest grade that still counts (0: none). */
    private static boolean disabilityQualifies(Parameters p, Disability disability) {
        int mildest = mildestGrade(p, disability);
        return mildest > 0 && disability.grade() <= mildest;
    }

    private static int mildestGrade(Parameters p, Disability disability) {
        Map<String, BigDecimal> grades = p.decimalMap("extremePoverty.disabilityGrades");
        BigDecimal mildest = grades.get(disability.kind().name());
        return mildest == null ? 0 : mildest.intValue();
    }

    private static String gradesText(int mildest) {
        return mildest == 1 ? "1级" : "1至" + mildest + "级";
    }

    /**
     * 第二十四条: a recipient who turns 18 keeps the support while in compulsory education, senior high or
     * secondary vocational school. Only a current recipient continues: a first application after 18 is
     * judged by 第五条 alone.
     */
    private static boolean continuesAtSchool(Member subject) {
        Schooling schooling = subject.schooling();
        boolean atSchool = schooling == Schooling.COMPULSORY || schooling == Schooling.SENIOR_HIGH
                || schooling == Schooling.VOCATIONAL;
        return atSchool && subject.benefits() != null && subject.benefits().contains(Programme.EXTREME_POVERTY);
    }

    /** A disability or a serious illness that does not meet 第五条 leaves partial capacity; otherwise full. */
    private static WorkCapacity withCapacity(Member subject) {
        return subject.disability() != null || Boolean.TRUE.equals(subject.seriousIllness())
                ? WorkCapacity.PARTIAL : WorkCapacity.FULL;
    }
}
