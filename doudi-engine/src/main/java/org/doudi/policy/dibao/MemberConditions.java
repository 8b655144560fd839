package org.doudi.policy.dibao;

import java.time.LocalDate;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Schooling;
import org.doudi.policy.AssessmentRequest.Disability;
import org.doudi.policy.AssessmentRequest.Member;

/** What the rules ask of one member: disability, illness, schooling, employment. */
final class MemberConditions {

    /** 第八条: 一级、二级残疾 of any kind ... */
    private static final int SEVERE_GRADE_ANY_KIND = 2;
    /** ... and 三级智力、精神残疾. */
    private static final int SEVERE_GRADE_INTELLECTUAL_MENTAL = 3;

    private MemberConditions() {
    }

    /** 重度残疾 as 第八条 reads it: grade 1 or 2, or grade 3 intellectual or mental disability. */
    static boolean severelyDisabled(Member member) {
        Disability d = member.disability();
        if (d == null || d.grade() == null) {
            return false;
        }
        return d.grade() <= SEVERE_GRADE_ANY_KIND || d.grade() == SEVERE_GRADE_INTELLECTUAL_MENTAL
                && (d.kind() == DisabilityKind.INTELLECTUAL || d.kind() == DisabilityKind.MENTAL);
    }

    /** Holds a disability certificate of any grade. */
    static boolean disabled(Member member) {
        return member.disability() != null;
    }

    static boolean seriouslyIll(Member member) {
        return Boolean.TRUE.equals(member.seriousIllness());
    }

    /** 在校学生: compulsory education up to a bachelor's degree. */
    static boolean student(Member member) {
        Schooling s = member.schooling();
        return s == Schooling.COMPULSORY || s == Schooling.SENIOR_HIGH || s == Schooling.VOCATIONAL
                || s == Schooling.UNIVERSITY;
    }

    static boolean preschool(Member member) {
        return member.schooling() == Schooling.PRESCHOOL;
    }

    /** Took up work on or before the date. */
    static boolean employed(Member member, LocalDate asOf) {
        return member.employedSince() != null && !member.employedSince().isAfter(asOf);
    }

    /** Took up work less than {@code months} months before the date: the date falls in the deduction period. */
    static boolean employedWithin(Member member, LocalDate asOf, int months) {
        return employed(member, asOf) && asOf.isBefore(member.employedSince().plusMonths(months));
    }

    static String label(Member member) {
        return "成员" + member.id();
    }
}
