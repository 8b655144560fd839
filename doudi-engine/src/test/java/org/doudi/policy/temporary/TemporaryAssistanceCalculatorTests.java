package org.doudi.policy.temporary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.TestRequests.assess;
import static org.doudi.policy.TestRequests.assessQuietly;

import java.time.LocalDate;
import org.doudi.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporaryAssistanceCalculatorTests {

    private static String emergency(String asOf, String occurredOn, String parameters, String temporary) {
        return """
                programme: TEMPORARY
                asOf: %s
                region: "110105"
                area: URBAN
                parameters: {%s}
                household:
                  members:
                    - {id: m1, birthDate: 1970-01-01, relation: APPLICANT}
                temporary: {kind: EMERGENCY, occurredOn: %s, %s}
                """.formatted(asOf, parameters, occurredOn, temporary);
    }

    @ParameterizedTest(name = "{0} hours after an event on 2025-03-03 end by {1}")
    @CsvSource({"12, 2025-03-04", "24, 2025-03-04", "36, 2025-03-05", "48, 2025-03-05", "72, 2025-03-06"})
    void emergencyHoursEndOnTheLastDayTheyCanRunOutWhateverTheHourOfTheEvent(int hours, LocalDate deadline) {
        Decision decision = assess(emergency("2025-03-03", "2025-03-03", "temporary.emergencyResponseHours: " + hours,
                "requested: 1000"));
        assertThat(decision.deadline()).isEqualTo(deadline);
    }

    @Test
    void anEmergencyIsDecidedInCalendarTimeSoAWeekendDoesNotDelayIt() {
        // Saturday 2025-03-08: 48 hours later is Monday 03-10; the paperwork then takes 5 working days
        Decision decision = assess(emergency("2025-03-08", "2025-03-08", "", "requested: 1000"));
        assertThat(decision.deadline()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(decision.figures().get("paperworkDue")).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void aRefusedGrantPaysNothingButStillNamesWhoDecidesAndByWhen() {
        Decision decision = assess(emergency("2025-03-03", "2025-03-03", "",
                "requested: 2000, priorGrantsThisYearForSameCause: 1"));
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.amount()).isZero();
        assertThat(decision.monthlyAmount()).isZero();
        assertThat(decision.approvalLevel()).isEqualTo(Decision.ApprovalLevel.TOWNSHIP);
        assertThat(decision.deadline()).isEqualTo(LocalDate.of(2025, 3, 5));
    }

    @Test
    void theCapGrowsWithTheHouseholdAndTheDibaoStandard() {
        Decision decision = assess("""
                programme: TEMPORARY
                asOf: 2025-03-03
                region: "110105"
                area: URBAN
                parameters: {dibao.standard: 1000, temporary.perPersonCapMultiple: 2.5}
                household:
                  members:
                    - {id: m1, birthDate: 1970-01-01, relation: APPLICANT}
                    - {id: m2, birthDate: 1972-01-01, relation: SPOUSE}
                temporary: {kind: EMERGENCY, requested: 9000}
                """);
        assertThat(decision.figures().get("cap").toString()).isEqualTo("5000.00");
        assertThat(decision.amount()).isEqualByComparingTo("5000");
        assertThat(decision.approvalLevel()).isEqualTo(Decision.ApprovalLevel.COUNTY);
    }

    @Test
    void aBulkAssessmentBuildsNoTextsAndNoNotes() {
        Decision decision = assessQuietly(emergency("2025-03-10", "2025-03-01", "", "requested: 1000"));
        assertThat(decision.notes()).isEmpty();
        assertThat(decision.steps()).isEmpty();
        assertThat(decision.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.text()).isNull());
        assertThat(decision.figures()).containsKeys("cap", "paperworkDue");
    }

    @Test
    void aDeadlineInAYearWithoutAHolidayNoticeIsFlagged() {
        Decision decision = assess("""
                programme: TEMPORARY
                asOf: 2026-12-15
                region: "110105"
                area: URBAN
                household:
                  members:
                    - {id: m1, birthDate: 1970-01-01, relation: APPLICANT}
                  annualIncome: 10000
                temporary: {kind: EXPENDITURE, requested: 1000}
                """);
        assertThat(decision.deadline().getYear()).isEqualTo(2027);
        assertThat(decision.notes()).anySatisfy(n -> assertThat(n).contains("2027年节假日安排未收录"));
    }
}
