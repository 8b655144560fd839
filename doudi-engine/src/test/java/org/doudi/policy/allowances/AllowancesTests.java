package org.doudi.policy.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.TestRequests.assess;
import static org.doudi.policy.TestRequests.assessQuietly;
import static org.doudi.policy.TestRequests.codes;

import org.doudi.policy.Decision;
import org.junit.jupiter.api.Test;

class AllowancesTests {

    private static String request(String programme, String parameters, String members, String programmes) {
        return """
                programme: %s
                asOf: 2025-03-01
                region: "110105"
                area: URBAN
                parameters: {%s}
                household:
                  members:
                    - %s
                  programmes: [%s]
                """.formatted(programme, parameters, members, programmes);
    }

    @Test
    void aDisabledPersonWhoIsHimselfADibaoRecipientQualifiesForTheLivingSubsidyWithoutAHouseholdProgramme() {
        Decision decision = assess(request("DISABILITY_LIVING", "",
                "{id: m1, birthDate: 1980-01-01, relation: APPLICANT, disability: {kind: MENTAL, grade: 2}, benefits: [DIBAO]}", ""));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.monthlyAmount()).isEqualByComparingTo("80");
    }

    @Test
    void bothSubsidiesCanBeHeldTogether() {
        String member = "{id: m1, birthDate: 1980-01-01, relation: APPLICANT, disability: {kind: PHYSICAL, grade: 1}}";
        assertThat(assess(request("DISABILITY_LIVING", "", member, "DIBAO")).eligible()).isTrue();
        assertThat(assess(request("DISABILITY_CARE", "", member, "DIBAO")).eligible()).isTrue();
    }

    @Test
    void gradeFourIsNotSevereForTheCareSubsidyWhateverTheKind() {
        Decision decision = assess(request("DISABILITY_CARE", "disability.care.grade3IntellectualMental: true",
                "{id: m1, birthDate: 1980-01-01, relation: APPLICANT, disability: {kind: INTELLECTUAL, grade: 4}}", ""));
        assertThat(decision.eligible()).isFalse();
        assertThat(codes(decision)).contains("NOT_SEVERE_DISABILITY");
    }

    @Test
    void aRegionWithoutOldAgeTiersPaysNoAllowance() {
        Decision decision = assess(request("OLD_AGE_ALLOWANCE", "oldAgeAllowance.tiers: []",
                "{id: m1, birthDate: 1920-01-01, relation: APPLICANT}", ""));
        assertThat(decision.eligible()).isFalse();
        assertThat(codes(decision)).containsExactly("NO_ALLOWANCE_CONFIGURED");
    }

    @Test
    void aChildAlreadyPaidExactlyTheStandardIsRecognisedWithNothingToTopUp() {
        Decision decision = assess(request("UNSUPPORTED_CHILD", "",
                "{id: c, birthDate: 2015-01-01, relation: APPLICANT, parentsUnavailableMonths: 6, otherMonthlyBenefit: 1200}", ""));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.monthlyAmount()).isZero();
        assertThat(codes(decision)).contains("NO_DIFFERENCE", "NOT_COUNTED_AS_INCOME");
    }

    @Test
    void aLocalStandardChangesTheDifference() {
        Decision decision = assess(request("UNSUPPORTED_CHILD", "unsupportedChild.standard: 2420",
                "{id: c, birthDate: 2015-01-01, relation: APPLICANT, parentsUnavailableMonths: 6, otherMonthlyBenefit: 1099.5}", ""));
        assertThat(decision.monthlyAmount()).isEqualByComparingTo("1320.50");
    }

    @Test
    void bulkAssessmentsOfAllowancesBuildNoTexts() {
        for (String programme : new String[] {"DISABILITY_LIVING", "DISABILITY_CARE", "OLD_AGE_ALLOWANCE", "UNSUPPORTED_CHILD"}) {
            Decision decision = assessQuietly(request(programme, "",
                    "{id: m1, birthDate: 1940-01-01, relation: APPLICANT, disability: {kind: PHYSICAL, grade: 1}, "
                            + "benefits: [OLD_AGE_ALLOWANCE], parentsUnavailableMonths: 6}", "DIBAO"));
            assertThat(decision.reasons()).as(programme).isNotEmpty().allSatisfy(r -> assertThat(r.text()).isNull());
            assertThat(decision.steps()).as(programme).isEmpty();
            assertThat(decision.notes()).as(programme).isEmpty();
        }
    }
}
