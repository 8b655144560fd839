package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.kernel.Relation;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.AssetType;
import org.doudi.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyTestTests {

    private static final Map<String, Object> SHANGHAI = Map.of("dibao.assets.perCapitaLimit",
            Map.of("default", 30000, "1", 33000, "2", 33000));

    private static PropertyTest tested(Assessment assessment) {
        return PropertyTest.of(assessment, HouseholdUnit.of(assessment), PropertyTest.DIBAO_LIMIT);
    }

    @ParameterizedTest(name = "{0}人户：人均限额 {1} 元")
    @CsvSource({"1, 33000", "2, 33000", "3, 30000", "5, 30000"})
    void theLimitForTheHouseholdSizeAppliesAndOtherSizesUseTheDefault(int size, String limit) {
        MemberFixture[] people = new MemberFixture[size];
        people[0] = person("m1", Relation.APPLICANT, "1970-01-01");
        for (int i = 1; i < size; i++) {
            people[i] = person("m" + (i + 1), Relation.CHILD, "2000-01-01");
        }

        PropertyTest test = tested(household(people).assessment(SHANGHAI));

        assertThat(test.limitPerCapita()).isEqualByComparingTo(limit);
    }

    @Test
    void aLimitGivenAsOneAmountAppliesToEverySize() {
        PropertyTest test = tested(household(person("m1", Relation.APPLICANT, "1970-01-01"))
                .asset(AssetType.DEPOSIT, "12000").assessment(Map.of("dibao.assets.perCapitaLimit", 12000)));

        assertThat(test.passed()).isTrue();
        assertThat(test.limitPerCapita()).isEqualByComparingTo("12000");
    }

    @Test
    void everyFailingTestIsItsOwnReasonWithItsAmounts() {
        Assessment assessment = household(person("m1", Relation.APPLICANT, "1970-01-01"),
                person("m2", Relation.SPOUSE, "1971-01-01"))
                .asset(AssetType.DEPOSIT, "50000").asset(AssetType.SECURITIES, "10000").asset(AssetType.INSURANCE, "6002")
                .items(AssetType.VEHICLE, 1, false)
                .items(AssetType.HOUSE, 2, false)
                .asset(AssetType.NON_RESIDENTIAL_PROPERTY, "300000")
                .items(AssetType.BUSINESS, 1, false)
                .assessment(SHANGHAI);

        PropertyTest test = tested(assessment);

        assertThat(test.passed()).isFalse();
        assertThat(test.monetaryAssetsPerCapita()).isEqualByComparingTo("33001.00");
        Decision recorded = assessment.decide(false, BigDecimal.ZERO);
        assertThat(recorded.reasons()).extracting(Decision.Reason::code).containsExactly("ASSETS_OVER_LIMIT",
                "VEHICLE_OWNED", "HOMES_OVER_LIMIT", "NON_RESIDENTIAL_PROPERTY_OWNED", "BUSINESS_OWNED");
        assertThat(recorded.reasons().get(0).text()).isEqualTo("家庭人均货币财产33001.00元，超过当地规定的33000.00元");
        assertThat(recorded.reasons().get(2).text()).isEqualTo("家庭拥有住房2套，当地规定最多1套");
    }

    @Test
    void exemptAssetsAreNotCounted() {
        PropertyTest test = tested(household(person("m1", Relation.APPLICANT, "1970-01-01"))
                .items(AssetType.VEHICLE, 1, true)
                .assessment(Map.of()));

        assertThat(test.passed()).isTrue();
    }
}
