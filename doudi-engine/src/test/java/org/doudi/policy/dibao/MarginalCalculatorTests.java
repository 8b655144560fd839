package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.util.Map;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarginalCalculatorTests {

    private static Decision assess(String perCapitaIncome, boolean inclusive, Object standard, Object aidShare) {
        return new MarginalCalculator().assess(household(person("m1", Relation.APPLICANT, "1960-01-01"))
                .income("m1", IncomeType.PENSION, perCapitaIncome)
                .assessment(Programme.MARGINAL, HouseholdFixture.AS_OF, Map.of("dibao.standard", standard,
                        "marginal.upperBoundInclusive", inclusive, "marginal.householdAidShare", aidShare)));
    }

    @ParameterizedTest(name = "人均 {0} 元，含上限 {1}：低保边缘 {2}")
    @CsvSource({
            "1044.99, false, false", "1045.00, false, true", "1567.49, false, true", "1567.50, false, false",
            "1567.50, true, true", "1567.51, true, false"})
    void theBandRunsFromTheStandardToOneAndAHalfTimesIt(String perCapitaIncome, boolean inclusive, boolean marginal) {
        Decision decision = assess(perCapitaIncome, inclusive, 1045, 0);

        assertThat(decision.eligible()).isEqualTo(marginal);
        assertThat(decision.figures()).containsEntry("marginalUpperBound", new java.math.BigDecimal("1567.50"));
    }

    @ParameterizedTest(name = "标准 {0} 元的30%：{1} 元/户·月")
    @CsvSource({"920, 276", "980, 294", "1010, 303", "1045, 314"})
    void theTianjinHouseholdAidIsThirtyPercentOfTheStandardRoundedToTheYuanAsPublished(int standard, String published) {
        Decision decision = assess(String.valueOf(standard + 100), false, standard, 0.3);

        assertThat(decision.monthlyAmount()).isEqualByComparingTo(published);
    }
}
