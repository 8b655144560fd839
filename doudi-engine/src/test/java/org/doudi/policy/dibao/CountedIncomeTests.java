package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.policy.AssessmentRequest.ExpenseType;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.Assessment;
import org.doudi.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedIncomeTests {

    private static final Map<String, Object> TIANJIN_EMPLOYMENT = Map.of(
            "dibao.employmentDeduction.monthly", 600, "dibao.employmentDeduction.months", 12);

    private static CountedIncome counted(Assessment assessment) {
        return CountedIncome.of(assessment, HouseholdUnit.of(assessment));
    }

    private static Decision.Step step(Assessment assessment) {
        return assessment.decide(false, BigDecimal.ZERO).steps().get(0);
    }

    @Test
    void theContractExampleCountsTheWageAndSaysTheBasicPensionIsNotCounted() {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1949-12-31"),
                person("m2", Relation.CHILD, "2012-05-01"),
                person("m3", Relation.SPOUSE, "1980-02-01").disabled(DisabilityKind.PHYSICAL, 2).employedSince("2025-01-01"))
                .income("m3", IncomeType.WAGE, "1000")
                .expense(ExpenseType.MEDICAL, "25000")
                .assessment(Map.of("dibao.standard", 700));

        CountedIncome income = counted(assessment);

        assertThat(income.monthly()).isEqualByComparingTo("1000.00");
        Decision.Step step = step(assessment);
        assertThat(step.name()).isEqualTo("countedMonthlyIncome");
        assertThat(step.explanation()).isEqualTo("工资性收入1000.00元；城乡居民基本养老保险基础养老金不计入");
        assertThat(step.reference()).isEqualTo("《最低生活保障审核确认办法》第十三条");
    }

    @Test
    void anAnnualAmountCountsAsOneTwelfthRoundedToTheFenOnlyAtTheEnd() {
        Assessment assessment = household(person("m1", Relation.APPLICANT, "1970-01-01"))
                .annualIncome(null, IncomeType.BUSINESS, "1000")
                .annualIncome(null, IncomeType.PROPERTY, "1000")
                .assessment(Map.of());

        assertThat(counted(assessment).monthly()).isEqualByComparingTo("166.67");
    }

    @Test
    void excludedTypesAndIncomesOfExcludedMembersAreLeftOutAndSaidSo() {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1970-01-01"),
                person("m2", Relation.SPOUSE, "1971-01-01").inPrison(),
                person("m3", Relation.CHILD, "2004-01-01"))
                .income("m1", IncomeType.WAGE, "900")
                .annualIncome("m3", IncomeType.SCHOLARSHIP, "7200")
                .income("m2", IncomeType.WAGE, "3000")
                .income(null, IncomeType.RESIDENT_BASIC_PENSION, "150")
                .assessment(Map.of());

        assertThat(counted(assessment).monthly()).isEqualByComparingTo("900.00");
        assertThat(step(assessment).explanation()).isEqualTo("工资性收入900.00元；城乡居民基本养老保险基础养老金150.00元不计入；"
                + "奖学金600.00元不计入；不计入家庭成员者的收入3000.00元不计入");
    }

    @ParameterizedTest(name = "就业于2024-03-01，评估日 {0}：计入 {1} 元")
    @CsvSource({
            "2024-02-29, 2000.00",  // not yet employed
            "2024-03-01, 1400.00",  // first day of the deduction
            "2025-02-28, 1400.00",  // last day of its 12th month
            "2025-03-01, 2000.00",  // the month after
    })
    void theEmploymentDeductionRunsForItsMonthsFromTheFirstDayOfWork(LocalDate asOf, String expected) {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1975-01-01").employedSince("2024-03-01"),
                person("m2", Relation.CHILD, "2010-01-01"))
                .income("m1", IncomeType.WAGE, "2000")
                .assessment(Programme.DIBAO, asOf, TIANJIN_EMPLOYMENT);

        assertThat(counted(assessment).monthly()).isEqualByComparingTo(expected);
    }

    @Test
    void theEmploymentDeductionNeverExceedsTheMembersOwnWage() {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1975-01-01").employedSince("2025-01-01"),
                person("m2", Relation.SPOUSE, "1976-01-01"))
                .income("m1", IncomeType.WAGE, "450")
                .income("m2", IncomeType.WAGE, "800")
                .assessment(TIANJIN_EMPLOYMENT);

        CountedIncome income = counted(assessment);

        assertThat(income.deductions()).isEqualByComparingTo("450");
        assertThat(income.monthly()).isEqualByComparingTo("800.00");
        assertThat(step(assessment).explanation()).contains("扣除就业成本450.00元（成员m1首次就业未满12个月）");
    }

    @Test
    void aMemberWhoIsNewlyEmployedAndWorkingAwayGetsTheLargerDeductionOnly() {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1975-01-01").employedSince("2025-01-01").migrantWork())
                .income("m1", IncomeType.WAGE, "2000")
                .assessment(Map.of("dibao.employmentDeduction.monthly", 400, "dibao.employmentDeduction.months", 12,
                        "dibao.workCostDeduction.monthly", 500));

        assertThat(counted(assessment).deductions()).isEqualByComparingTo("500");
        assertThat(step(assessment).explanation()).contains("扣除务工成本500.00元（成员m1外出务工）");
    }

    @Test
    void countedIncomeIsNeverNegativeWhatEverIsDeducted() {
        Assessment assessment = household(person("m1", Relation.APPLICANT, "1975-01-01").seriouslyIll())
                .income("m1", IncomeType.PENSION, "500")
                .expense(ExpenseType.MEDICAL, "24000")
                .assessment(Map.of("dibao.rigidExpenditureDeduction", true));

        CountedIncome income = counted(assessment);

        assertThat(income.deductions()).isEqualByComparingTo("2000");
        assertThat(income.monthly()).isEqualByComparingTo("0.00");
    }
}
