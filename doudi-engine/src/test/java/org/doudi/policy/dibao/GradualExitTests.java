package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.util.List;
import java.util.Map;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradualExitTests {

    /** 津民发〔2020〕19号: three months at 100 %, three at 50 %, then out. */
    private static final Map<String, Object> TIANJIN = Map.of("dibao.standard", 1045,
            "dibao.gradualExit.schedule", List.of(1, 1, 1, 0.5, 0.5, 0.5), "dibao.gradualExit.incomeCeilingMultiple", 1.5);

    @ParameterizedTest(name = "收入超过标准第{0}个月后：领取 {1}")
    @CsvSource({"0, true, 1200.00", "2, true, 1200.00", "3, true, 600.00", "5, true, 600.00", "6, false, 0.00",
            "9, false, 0.00"})
    void theScheduleIsPaidMonthByMonthAndThenTheHouseholdLeaves(int monthsSince, boolean eligible, String amount) {
        Decision decision = new DibaoCalculator().assess(household(
                person("m1", Relation.APPLICANT, "1975-01-01").employedSince("2024-01-01"),
                person("m2", Relation.CHILD, "2010-01-01"))
                .income("m1", IncomeType.WAGE, "2200")
                .previousBenefit("1200", monthsSince)
                .assessment(Programme.DIBAO, HouseholdFixture.AS_OF, TIANJIN));

        assertThat(decision.eligible()).isEqualTo(eligible);
        assertThat(decision.monthlyAmount()).isEqualByComparingTo(amount);
        if (eligible) {
            assertThat(decision.figures()).containsEntry("gradualExitMonth", monthsSince + 1);
        }
    }
}
