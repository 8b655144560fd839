package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.policy.AssessmentRequest.ExpenseType;
import org.doudi.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RigidExpenditureCalculatorTests {

    private static HouseholdFixture family() {
        return household(person("m1", Relation.APPLICANT, "1975-01-01"), person("m2", Relation.SPOUSE, "1976-01-01").seriouslyIll());
    }

    @ParameterizedTest(name = "上年收入 {0} 元")
    @ValueSource(ints = {12000, 26000, 30000, 41080, 43079})
    void theTianjinAidIsTheMonthlyShortfallOfSpendingOverIncomeUpToTheFullStandard(int annualIncome) {
        Decision decision = new RigidExpenditureCalculator().assess(family()
                .expense(ExpenseType.MEDICAL, "18000").declaredAnnualIncome(String.valueOf(annualIncome))
                .programmes(Programme.MARGINAL)
                .assessment(Programme.RIGID_EXPENDITURE, LocalDate.of(2025, 10, 1),
                        Map.of("dibao.standard", 1045, "rigidExpenditure.marginalSpendingRule", true)));

        BigDecimal spending = new BigDecimal("18000").add(new BigDecimal("1045").multiply(BigDecimal.valueOf(24)));
        BigDecimal shortfall = spending.subtract(BigDecimal.valueOf(annualIncome)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)
                .min(new BigDecimal("2090"));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.monthlyAmount()).isCloseTo(shortfall, org.assertj.core.data.Offset.offset(BigDecimal.ONE));
    }

    @Test
    void aHouseholdIsNotRecognisedBeforeTheMeasuresTookEffect() {
        Decision decision = new RigidExpenditureCalculator().assess(family()
                .expense(ExpenseType.MEDICAL, "30000").declaredAnnualIncome("20000")
                .assessment(Programme.RIGID_EXPENDITURE, LocalDate.of(2024, 12, 31), Map.of()));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).extracting(Decision.Reason::code).containsExactly("RIGID_EXPENDITURE_NOT_IN_FORCE");
    }

    @Test
    void recognitionPaysNothingItselfAndReportsTheContractsFigures() {
        Decision decision = new RigidExpenditureCalculator().assess(family()
                .expense(ExpenseType.MEDICAL, "20000").expense(ExpenseType.EDUCATION, "4000").declaredAnnualIncome("30000")
                .assessment(Programme.RIGID_EXPENDITURE, LocalDate.of(2025, 3, 1), Map.of()));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.monthlyAmount()).isEqualByComparingTo("0");
        assertThat(decision.figures()).containsEntry("rigidExpenditure", new BigDecimal("24000.00"))
                .containsEntry("annualIncome", new BigDecimal("30000.00"))
                .containsEntry("expenditureShare", new BigDecimal("0.8000"));
    }
}
