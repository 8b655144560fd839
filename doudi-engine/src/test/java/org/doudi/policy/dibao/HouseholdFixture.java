package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.Asset;
import org.doudi.policy.AssessmentRequest.AssetType;
import org.doudi.policy.AssessmentRequest.Expense;
import org.doudi.policy.AssessmentRequest.ExpenseType;
import org.doudi.policy.AssessmentRequest.Household;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.OverriddenParameters;
import org.doudi.policy.PolicyPacks;

/**
 * A household for the rule tests, in region 110101 (no pack of its own: the national defaults) unless the
 * test says otherwise, assessed with the overrides the test names.
 */
final class HouseholdFixture {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    private static final String REGION = "110101";

    private final List<Member> members = new ArrayList<>();
    private final List<Income> incomes = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private final List<Expense> expenses = new ArrayList<>();
    private BigDecimal annualIncome;
    private BigDecimal previousBenefit;
    private Integer monthsSinceIncomeAboveStandard;
    private List<Programme> programmes;

    static HouseholdFixture household(MemberFixture... people) {
        HouseholdFixture household = new HouseholdFixture();
        for (MemberFixture person : people) {
            household.members.add(person.build());
        }
        return household;
    }

    HouseholdFixture income(String member, IncomeType type, String monthly) {
        incomes.add(new Income(member, type, new BigDecimal(monthly), null));
        return this;
    }

    HouseholdFixture annualIncome(String member, IncomeType type, String annual) {
        incomes.add(new Income(member, type, null, new BigDecimal(annual)));
        return this;
    }

    HouseholdFixture asset(AssetType type, String amount) {
        assets.add(new Asset(type, new BigDecimal(amount), null, null));
        return this;
    }

    HouseholdFixture items(AssetType type, int count, boolean exempt) {
        assets.add(new Asset(type, null, count, exempt));
        return this;
    }

    HouseholdFixture expense(ExpenseType type, String annual) {
        expenses.add(new Expense(type, new BigDecimal(annual), null));
        return this;
    }

    HouseholdFixture declaredAnnualIncome(String annual) {
        annualIncome = new BigDecimal(annual);
        return this;
    }

    HouseholdFixture previousBenefit(String monthly, Integer monthsSinceAboveStandard) {
        previousBenefit = new BigDecimal(monthly);
        monthsSinceIncomeAboveStandard = monthsSinceAboveStandard;
        return this;
    }

    HouseholdFixture programmes(Programme... held) {
        programmes = List.of(held);
        return this;
    }

    AssessmentRequest request(Programme programme, LocalDate asOf, Map<String, Object> overrides) {
        return new AssessmentRequest(programme, asOf, REGION, Area.URBAN, overrides,
                new Household(members, incomes, assets, expenses, annualIncome, previousBenefit,
                        monthsSinceIncomeAboveStandard, null, programmes), null, null);
    }

    /** An assessment with explanations over the shipped packs and the overrides. */
    Assessment assessment(Programme programme, LocalDate asOf, Map<String, Object> overrides) {
        AssessmentRequest request = request(programme, asOf, overrides);
        return Assessment.of(request, new OverriddenParameters(
                PolicyPacks.shipped().at(DivisionCode.parse(REGION), request.area(), asOf), overrides), WorkingDayCalendar.china());
    }

    Assessment assessment(Map<String, Object> overrides) {
        return assessment(Programme.DIBAO, AS_OF, overrides);
    }
}
