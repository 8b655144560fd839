package org.doudi.policy.dibao;

import java.util.ArrayList;
import java.util.List;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Member;

/**
 * 共同生活的家庭成员 (第七条): the members counted in the household. A member in prison, in compulsory drug
 * rehabilitation, declared missing, or a religious professional living apart for the configured years is
 * not counted; each exclusion is a reason.
 *
 * @param counted the members counted, in the request's order
 * @param listed how many members the request lists
 */
public record HouseholdUnit(List<Member> counted, int listed) {

    static final String RELIGIOUS_YEARS = "dibao.excludedMembers.religiousAbsenceYears";

    /** Why a member is not counted (第七条第二款). */
    enum Exclusion {
        IN_PRISON("MEMBER_EXCLUDED_IN_PRISON", "正在服刑"),
        DRUG_REHABILITATION("MEMBER_EXCLUDED_DRUG_REHABILITATION", "正在强制隔离戒毒"),
        MISSING("MEMBER_EXCLUDED_MISSING", "已被宣告失踪"),
        RELIGIOUS("MEMBER_EXCLUDED_RELIGIOUS", "为脱离家庭独立生活的宗教教职人员");

        final String code;
        final String text;

        Exclusion(String code, String text) {
            this.code = code;
            this.text = text;
        }
    }

    public int members() {
        return counted.size();
    }

    public boolean isEmpty() {
        return counted.isEmpty();
    }

    /** Whether the member with this id is counted. */
    public boolean counts(String memberId) {
        for (Member m : counted) {
            if (m.id().equals(memberId)) {
                return true;
            }
        }
        return false;
    }

    /** The rule: counts the members, records a reason per exclusion and the figure {@code members}. */
    static HouseholdUnit of(Assessment assessment) {
        List<Member> all = assessment.members();
        List<Member> counted = new ArrayList<>(all.size());
        for (Member member : all) {
            Exclusion exclusion = exclusion(assessment, member);
            if (exclusion == null) {
                counted.add(member);
            } else {
                assessment.reason(exclusion.code, () -> excludedText(assessment, member, exclusion), References.HOUSEHOLD);
            }
        }
        assessment.figure("members", counted.size());
        if (counted.size() < all.size()) {
            assessment.figure("excludedMembers", all.size() - counted.size());
        }
        return new HouseholdUnit(counted, all.size());
    }

    static Exclusion exclusion(Assessment assessment, Member member) {
        if (Boolean.TRUE.equals(member.inPrison())) {
            return Exclusion.IN_PRISON;
        }
        if (Boolean.TRUE.equals(member.drugRehabilitation())) {
            return Exclusion.DRUG_REHABILITATION;
        }
        if (Boolean.TRUE.equals(member.missing())) {
            return Exclusion.MISSING;
        }
        if (member.religiousYearsAway() != null
                && member.religiousYearsAway() >= assessment.parameters().integer(RELIGIOUS_YEARS)) {
            return Exclusion.RELIGIOUS;
        }
        return null;
    }

    private static String excludedText(Assessment assessment, Member member, Exclusion exclusion) {
        String why = exclusion == Exclusion.RELIGIOUS
                ? exclusion.text + "（已" + member.religiousYearsAway() + "年，满"
                        + assessment.parameters().integer(RELIGIOUS_YEARS) + "年即不计入）"
                : exclusion.text;
        return MemberConditions.label(member) + why + "，不计入共同生活的家庭成员";
    }

    /** No member is left to count: nothing can be assessed per head. */
    static void recordEmpty(Assessment assessment) {
        assessment.reason("NO_COUNTED_MEMBERS", "没有计入共同生活的家庭成员，无法计算家庭人均收入", References.HOUSEHOLD);
    }
}
