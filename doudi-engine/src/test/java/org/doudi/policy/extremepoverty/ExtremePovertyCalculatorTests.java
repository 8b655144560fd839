package org.doudi.policy.extremepoverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.policy.TestRequests.assess;
import static org.doudi.policy.TestRequests.assessQuietly;
import static org.doudi.policy.TestRequests.codes;

import org.doudi.policy.AssessmentException;
import org.doudi.policy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExtremePovertyCalculatorTests {

    private static String person(String asOf, String member) {
        return person(asOf, member, "", "");
    }

    private static String person(String asOf, String member, String parameters, String more) {
        return """
                programme: EXTREME_POVERTY
                asOf: %s
                region: "110105"
                area: URBAN
                parameters: {%s}
                household:
                  members:
                    - %s
                %s
                """.formatted(asOf, parameters, member, more.indent(2));
    }

    @Test
    void aProvinceThatRaisesTheOldAgeTo65LeavesA62YearOldWithWorkCapacity() {
        Decision decision = assess(person("2025-03-01", "{id: p, birthDate: 1963-01-01, relation: APPLICANT}",
                "extremePoverty.oldAge: 65", ""));
        assertThat(decision.eligible()).isFalse();
        assertThat(codes(decision)).contains("HAS_WORK_CAPACITY");
        assertThat(decision.parametersUsed()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("extremePoverty.oldAge");
            assertThat(p.source()).isEqualTo("request override");
        });
    }

    @Test
    void everyConditionIsReportedEvenWhenTheFirstFails() {
        Decision decision = assess(person("2025-03-01", "{id: p, birthDate: 1980-01-01, relation: APPLICANT}", "", """
                incomes:
                  - {member: p, type: WAGE, monthly: 3000}
                supporters:
                  - {birthDate: 1955-01-01, annualIncome: 90000}
                """));
        assertThat(codes(decision)).contains("HAS_WORK_CAPACITY", "INCOME_NOT_BELOW_STANDARD", "SUPPORTER_ABLE");
        assertThat(decision.monthlyAmount()).isZero();
        assertThat(decision.figures()).containsKeys("basicStandard", "careStandard", "selfCare", "workCapacity");
    }

    @Test
    void aBulkAssessmentKeepsCodesReferencesAndFiguresButBuildsNoTextsStepsOrNotes() {
        String request = person("2025-03-01", "{id: p, birthDate: 1940-01-01, relation: APPLICANT, selfCareItemsFailed: 5}");
        Decision quiet = assessQuietly(request);
        Decision explained = assess(request);
        assertThat(quiet.eligible()).isTrue();
        assertThat(quiet.monthlyAmount()).isEqualByComparingTo(explained.monthlyAmount());
        assertThat(quiet.figures()).isEqualTo(explained.figures());
        assertThat(quiet.reasons()).extracting(Decision.Reason::code).containsExactlyElementsOf(codes(explained));
        assertThat(quiet.reasons()).allSatisfy(r -> {
            assertThat(r.text()).isNull();
            assertThat(r.reference()).isNotBlank();
        });
        assertThat(quiet.steps()).isEmpty();
        assertThat(quiet.notes()).isEmpty();
        assertThat(explained.notes()).anySatisfy(n -> assertThat(n).contains("集中供养"));
    }

    @ParameterizedTest(name = "{0} of six items failed: {1}")
    @CsvSource({"0, ABLE, 54", "1, PARTLY_LOST, 360", "2, PARTLY_LOST, 360", "3, PARTLY_LOST, 360",
            "4, FULLY_LOST, 630", "6, FULLY_LOST, 630"})
    void theSelfCareClassFollowsTheItemsFailed(int failed, String selfCare, int care) {
        Decision decision = assess(person("2025-03-01",
                "{id: p, birthDate: 1940-01-01, relation: APPLICANT, selfCareItemsFailed: " + failed + "}"));
        assertThat(decision.figures().get("selfCare")).isEqualTo(selfCare);
        assertThat((java.math.BigDecimal) decision.figures().get("careStandard")).isEqualByComparingTo(String.valueOf(care));
    }

    @Test
    void aSupporterWithNeitherBirthDateNorIdNumberIsJudgedOnlyByTheCasesThatNeedNoAge() {
        Decision unknownAge = assess(person("2025-03-01", "{id: p, birthDate: 1940-01-01, relation: APPLICANT}", "", """
                supporters:
                  - {dibaoRecipient: true, annualIncome: 1000}
                """));
        assertThat(codes(unknownAge)).contains("SUPPORTER_ABLE");
        Decision inPrison = assess(person("2025-03-01", "{id: p, birthDate: 1940-01-01, relation: APPLICANT}", "", """
                supporters:
                  - {inPrison: true}
                """));
        assertThat(codes(inPrison)).contains("SUPPORTER_IN_PRISON");
        assertThat(inPrison.eligible()).isTrue();
    }

    @Test
    void anIncomeThatNamesNobodyCountsOnlyInAOnePersonHousehold() {
        String income = """
                incomes:
                  - {type: PENSION, monthly: 900}
                """;
        Decision alone = assess(person("2025-03-01", "{id: p, birthDate: 1940-01-01, relation: APPLICANT}", "", income));
        assertThat(alone.figures().get("countedMonthlyIncome").toString()).isEqualTo("900.00");
        Decision withSpouse = assess(person("2025-03-01", """
                {id: p, birthDate: 1940-01-01, relation: APPLICANT}
                    - {id: s, birthDate: 1942-01-01, relation: SPOUSE}""", "", income));
        assertThat(withSpouse.figures().get("countedMonthlyIncome").toString()).isEqualTo("0.00");
    }

    @Test
    void theSubjectNamedByTheRequestIsAssessedNotTheApplicant() {
        Decision decision = assess("""
                programme: EXTREME_POVERTY
                asOf: 2025-03-01
                region: "110105"
                area: URBAN
                subject: c
                household:
                  members:
                    - {id: g, birthDate: 1980-01-01, relation: APPLICANT}
                    - {id: c, birthDate: 2014-01-01, relation: GRANDCHILD}
                """);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.figures().get("workCapacityBasis")).isEqualTo("CHILD");
    }

    @Test
    void aCareTableWithoutTheSelfCareClassIsAConfigurationErrorNamingTheParameter() {
        assertThatThrownBy(() -> assess(person("2025-03-01",
                "{id: p, birthDate: 1940-01-01, relation: APPLICANT, selfCareItemsFailed: 4}",
                "extremePoverty.careStandard: {ABLE: 54}", "")))
                .isInstanceOf(AssessmentException.class)
                .satisfies(e -> {
                    assertThat(((AssessmentException) e).code()).isEqualTo("PARAMETER_NOT_CONFIGURED");
                    assertThat(((AssessmentException) e).field()).isEqualTo("parameters.extremePoverty.careStandard");
                });
    }

    @Test
    void aDisabilityKindTheTableSetsToZeroNeverCountsAsLackingWorkCapacity() {
        Decision decision = assess(person("2025-03-01",
                "{id: p, birthDate: 1980-01-01, relation: APPLICANT, disability: {kind: SPEECH, grade: 1}}"));
        assertThat(codes(decision)).contains("HAS_WORK_CAPACITY");
        assertThat(decision.figures().get("workCapacity")).isEqualTo("PARTIAL");
    }
}
