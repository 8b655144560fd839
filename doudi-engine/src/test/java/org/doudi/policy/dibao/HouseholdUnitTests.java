package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.kernel.Relation;
import org.doudi.policy.Assessment;
import org.doudi.policy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HouseholdUnitTests {

    @Test
    void membersInPrisonInDrugRehabilitationOrDeclaredMissingAreNotCountedEachWithItsReason() {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1960-01-01"),
                person("m2", Relation.SPOUSE, "1961-01-01").inPrison(),
                person("m3", Relation.CHILD, "1985-01-01").drugRehabilitation(),
                person("m4", Relation.CHILD, "1987-01-01").missing(),
                person("m5", Relation.CHILD, "2010-01-01")).assessment(Map.of());

        HouseholdUnit unit = HouseholdUnit.of(assessment);

        assertThat(unit.counted()).extracting(m -> m.id()).containsExactly("m1", "m5");
        assertThat(unit.listed()).isEqualTo(5);
        Decision recorded = assessment.decide(false, BigDecimal.ZERO);
        assertThat(recorded.reasons()).extracting(Decision.Reason::code).containsExactly(
                "MEMBER_EXCLUDED_IN_PRISON", "MEMBER_EXCLUDED_DRUG_REHABILITATION", "MEMBER_EXCLUDED_MISSING");
        assertThat(recorded.reasons()).allSatisfy(r -> assertThat(r.reference()).isEqualTo("《最低生活保障审核确认办法》第七条"));
        assertThat(recorded.reasons().get(0).text()).isEqualTo("成员m2正在服刑，不计入共同生活的家庭成员");
        assertThat(recorded.figures()).containsEntry("members", 2).containsEntry("excludedMembers", 3);
    }

    @ParameterizedTest(name = "离家{0}年、规定{1}年：计入 {2}")
    @CsvSource({"2, 3, true", "3, 3, false", "4, 3, false", "2, 2, false"})
    void aReligiousProfessionalIsExcludedOnceAwayTheConfiguredYears(int yearsAway, int configured, boolean counted) {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1950-01-01"),
                person("m2", Relation.CHILD, "1980-01-01").religiousYearsAway(yearsAway))
                .assessment(Map.of("dibao.excludedMembers.religiousAbsenceYears", configured));

        HouseholdUnit unit = HouseholdUnit.of(assessment);

        assertThat(unit.counts("m2")).isEqualTo(counted);
    }

    @Test
    void aHouseholdWhoseOnlyMemberIsExcludedIsEmpty() {
        Assessment assessment = household(person("m1", Relation.APPLICANT, "1980-01-01").inPrison()).assessment(Map.of());

        assertThat(HouseholdUnit.of(assessment).isEmpty()).isTrue();
    }
}
