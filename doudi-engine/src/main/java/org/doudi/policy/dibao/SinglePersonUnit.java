package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Member;

/**
 * 单人户 (第八条; 民发〔2022〕83号一（一）): a person who applies alone. In a 低保边缘 family a holder of a grade
 * 1-2 disability certificate, of a grade 3 intellectual or mental one, or a seriously ill person may apply
 * alone; an adult without work who is severely disabled may apply as a single-person unit whatever the
 * family. Where the pack sets a share, such a unit gets at least that share of the standard.
 */
final class SinglePersonUnit {

    static final String BENEFIT_SHARE = "dibao.singlePersonUnit.benefitShare";
    static final String ADULT_AGE = "dibao.adultAge";

    private SinglePersonUnit() {
    }

    /** The rule: whether the request's one member is a single-person unit; records SINGLE_PERSON_UNIT. */
    static boolean applies(Assessment assessment, HouseholdUnit unit) {
        if (unit.listed() != 1 || unit.members() != 1) {
            return false;
        }
        Member member = unit.counted().get(0);
        boolean severe = MemberConditions.severelyDisabled(member);
        if (!severe && !MemberConditions.seriouslyIll(member)) {
            return false;
        }
        if (severe && member.employedSince() == null
                && assessment.ageOf(member) >= assessment.parameters().integer(ADULT_AGE)) {
            assessment.reason("SINGLE_PERSON_UNIT", () -> MemberConditions.label(member) + "为成年无业重度残疾人（"
                    + Labels.disability(member.disability()) + "），参照“单人户”单独提出申请", References.ADULT_SEVERELY_DISABLED);
            return true;
        }
        List<Programme> programmes = assessment.request().household().programmes();
        if (programmes != null && !programmes.contains(Programme.MARGINAL)) {
            return false;
        }
        String condition = severe ? "为" + Labels.disability(member.disability()) : "患有当地认定的重特大疾病";
        if (programmes == null) {
            assessment.note("请求未给出原家庭的救助类别（household.programmes），按低保边缘家庭成员单独申请认定为单人户");
        }
        assessment.reason("SINGLE_PERSON_UNIT", () -> MemberConditions.label(member) + condition
                + (programmes == null ? "，按低保边缘家庭成员（请求未给出原家庭类别，作此假定）" : "，为低保边缘家庭成员")
                + "，单独提出申请（单人户）", References.SINGLE_PERSON);
        return true;
    }

    /** The floor of a single-person unit: the pack's share of the standard, when it sets one. */
    static BigDecimal floor(Assessment assessment, BigDecimal amount, BigDecimal standard, Rounding rounding) {
        BigDecimal share = assessment.parameters().decimal(BENEFIT_SHARE);
        if (share.signum() <= 0) {
            return amount;
        }
        BigDecimal floor = rounding.household(standard.multiply(share), 1);
        if (amount.compareTo(floor) >= 0) {
            return amount;
        }
        return assessment.step("singlePersonFloor", floor, () -> "单人户按低保标准的" + Amounts.percent(share) + "保障："
                + Amounts.yuan(standard) + "元×" + Amounts.percent(share) + "=" + Amounts.yuan(floor) + "元，高于差额"
                + Amounts.yuan(amount) + "元", References.local(assessment.parameters().get(BENEFIT_SHARE), References.SINGLE_PERSON));
    }
}
