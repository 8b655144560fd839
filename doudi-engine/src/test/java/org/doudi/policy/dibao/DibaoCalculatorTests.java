package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.policy.AssessmentException;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.AssetType;
import org.doudi.policy.AssessmentRequest.ExpenseType;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.Assessor;
import org.doudi.policy.Decision;
import org.doudi.policy.PolicyPacks;
import org.junit.jupiter.api.Test;

class DibaoCalculatorTests {

    private static final Assessor ASSESSOR = new Assessor(PolicyPacks.shipped());

    /** The contract's example request (region 500103 with the standard overridden to 700). */
    private static AssessmentRequest contractExample(Map<String, Object> overrides) {
        AssessmentRequest request = household(
                person("m1", Relation.APPLICANT, "1949-12-31"),
                person("m2", Relation.CHILD, "2012-05-01").schooling(Schooling.COMPULSORY),
                person("m3", Relation.SPOUSE, "1980-02-01").disabled(DisabilityKind.PHYSICAL, 2).employedSince("2025-01-01"))
                .income("m3", IncomeType.WAGE, "1000")
                .asset(AssetType.DEPOSIT, "20000").items(AssetType.VEHICLE, 1, false)
                .expense(ExpenseType.MEDICAL, "25000")
                .declaredAnnualIncome("40000").previousBenefit("1200", 0)
                .request(Programme.DIBAO, HouseholdFixture.AS_OF, overrides);
        return new AssessmentRequest(request.programme(), request.asOf(), "500103", request.area(), request.parameters(),
                request.household(), null, null);
    }

    /** The vehicle allowed, and no 重庆 employment deduction (an illustrative 190 元), so the income is the contract's. */
    private static final Map<String, Object> AS_IN_THE_CONTRACT = Map.of("dibao.standard", 700,
            "dibao.assets.vehiclesAllowed", 1, "dibao.employmentDeduction.monthly", 0);

    @Test
    void theContractExampleHasTheContractsShapeWhenItsVehicleIsAllowed() {
        Decision decision = ASSESSOR.assess(contractExample(AS_IN_THE_CONTRACT));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.monthlyAmount()).as("1100 and the 重庆 supplements 60 + 100 + 60").isEqualByComparingTo("1320.00");
        assertThat(decision.figures()).containsEntry("members", 3)
                .containsEntry("countedMonthlyIncome", new BigDecimal("1000.00"))
                .containsEntry("perCapitaIncome", new BigDecimal("333.33"))
                .containsEntry("standard", new BigDecimal("700.00"));
        assertThat(decision.reasons().get(0)).isEqualTo(new Decision.Reason("INCOME_BELOW_STANDARD",
                "家庭月人均收入333.33元，低于当地低保标准700.00元", "《最低生活保障审核确认办法》第十三条"));
        assertThat(decision.steps().get(0)).isEqualTo(new Decision.Step("countedMonthlyIncome", new BigDecimal("1000.00"),
                "工资性收入1000.00元；城乡居民基本养老保险基础养老金不计入", "《最低生活保障审核确认办法》第十三条"));
        assertThat(decision.parametersUsed()).filteredOn(p -> p.name().equals("dibao.standard"))
                .singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("request override"));
    }

    @Test
    void theContractExampleFailsTheDefaultPropertyRuleOnItsVehicle() {
        Decision decision = ASSESSOR.assess(contractExample(Map.of("dibao.standard", 700)));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.monthlyAmount()).isEqualByComparingTo("0");
        assertThat(decision.reasons()).extracting(Decision.Reason::code).contains("INCOME_BELOW_STANDARD", "VEHICLE_OWNED");
    }

    @Test
    void withoutExplanationsTheDecisionIsTheSameButCarriesNoTextsOrSteps() {
        AssessmentRequest request = contractExample(AS_IN_THE_CONTRACT);

        Decision explained = ASSESSOR.assess(request, true);
        Decision bulk = ASSESSOR.assess(request, false);

        assertThat(bulk.eligible()).isEqualTo(explained.eligible());
        assertThat(bulk.monthlyAmount()).isEqualByComparingTo(explained.monthlyAmount());
        assertThat(bulk.figures()).isEqualTo(explained.figures());
        assertThat(bulk.reasons()).extracting(Decision.Reason::code)
                .containsExactlyElementsOf(explained.reasons().stream().map(Decision.Reason::code).toList());
        assertThat(bulk.reasons()).allSatisfy(r -> assertThat(r.text()).isNull());
        assertThat(bulk.steps()).isEmpty();
    }

    @Test
    void anUnknownRoundingCodeIsRefusedAsABadParameter() {
        AssessmentRequest request = contractExample(Map.of("dibao.standard", 700, "dibao.assets.vehiclesAllowed", 1,
                "dibao.rounding", "TO_JIAO"));

        assertThatThrownBy(() -> ASSESSOR.assess(request)).isInstanceOf(AssessmentException.class)
                .satisfies(e -> {
                    assertThat(((AssessmentException) e).code()).isEqualTo("PARAMETER_INVALID");
                    assertThat(((AssessmentException) e).field()).isEqualTo("parameters.dibao.rounding");
                });
    }

    @Test
    void theSupplementsComeOnTopOfTheFloorOfASinglePersonUnit() {
        Decision decision = new DibaoCalculator().assess(household(
                person("m1", Relation.APPLICANT, "1950-01-01").disabled(DisabilityKind.MENTAL, 3))
                .income("m1", IncomeType.PENSION, "500")
                .programmes(Programme.MARGINAL)
                .assessment(Map.of("dibao.standard", 700, "dibao.singlePersonUnit.benefitShare", 0.7,
                        "dibao.classifiedSupplement", Map.of("ELDERLY", 50, "SEVERE_DISABILITY", 80))));

        assertThat(decision.monthlyAmount()).isEqualByComparingTo("570.00");
        assertThat(decision.reasons()).extracting(Decision.Reason::code).contains("SINGLE_PERSON_UNIT", "CLASSIFIED_SUPPLEMENT");
    }
}
