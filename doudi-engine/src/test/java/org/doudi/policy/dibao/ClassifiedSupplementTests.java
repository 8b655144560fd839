package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.policy.dibao.HouseholdFixture.household;
import static org.doudi.policy.dibao.MemberFixture.person;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Relation;
import org.doudi.policy.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifiedSupplementTests {

    private static final Map<String, Object> CHONGQING = Map.of(
            "ELDERLY", 60, "SEVERE_DISABILITY", 60, "SERIOUS_ILLNESS", 60, "DISABLED", 40, "STUDENT", 100);

    @ParameterizedTest(name = "{0}：{1}元")
    @CsvSource({"HIGHEST, 60", "SUM, 160", "HIGHEST_PLUS_DISABLED, 100"})
    void aMemberInSeveralGroupsGetsWhatTheStackingRuleSays(String stacking, String expected) {
        Assessment assessment = household(person("m1", Relation.APPLICANT, "1980-01-01")
                .disabled(DisabilityKind.PHYSICAL, 1).seriouslyIll())
                .assessment(Map.of("dibao.classifiedSupplement", CHONGQING, "dibao.classifiedSupplement.stacking", stacking));

        assertThat(ClassifiedSupplement.of(assessment, HouseholdUnit.of(assessment))).isEqualByComparingTo(expected);
    }

    @Test
    void membersNotCountedInTheHouseholdGetNoSupplement() {
        Assessment assessment = household(
                person("m1", Relation.APPLICANT, "1980-01-01"),
                person("m2", Relation.PARENT, "1940-01-01").inPrison())
                .assessment(Map.of("dibao.classifiedSupplement", CHONGQING));

        assertThat(ClassifiedSupplement.of(assessment, HouseholdUnit.of(assessment))).isEqualByComparingTo("0");
    }

    @Test
    void aTableThatPaysNothingIsNotReadFurther() {
        Assessment assessment = household(person("m1", Relation.APPLICANT, "1940-01-01")).assessment(Map.of());

        assertThat(ClassifiedSupplement.of(assessment, HouseholdUnit.of(assessment))).isEqualByComparingTo("0");
        assertThat(assessment.decide(false, BigDecimal.ZERO).parametersUsed()).extracting(p -> p.name())
                .doesNotContain("dibao.classifiedSupplement.stacking", "dibao.classifiedSupplement.elderlyAge");
    }

    @Test
    void aGroupNoRuleKnowsIsNotedAndPaysNobody() {
        Assessment assessment = household(person("m1", Relation.APPLICANT, "2015-01-01"))
                .assessment(Map.of("dibao.classifiedSupplement", Map.of("ORPHAN", 100, "MINOR", 50)));

        assertThat(ClassifiedSupplement.of(assessment, HouseholdUnit.of(assessment))).isEqualByComparingTo("50");
        assertThat(assessment.decide(false, BigDecimal.ZERO).notes()).contains("分类施保参数中的类别 ORPHAN 无法识别，未计发");
    }
}
