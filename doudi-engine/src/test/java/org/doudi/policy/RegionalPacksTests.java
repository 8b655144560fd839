package org.doudi.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.internal.Pack;
import org.junit.jupiter.api.Test;

/**
 * The published figures of the regional packs (天津, 重庆, 安徽: 宣城/宣州, 安庆/望江) that a user would check
 * against the documents, the inheritance from county to national, and the citation rules of policy/README.md.
 */
class RegionalPacksTests {

    private static final PolicyPacks PACKS = PolicyPacks.shipped();

    private static ParameterValue at(String region, Area area, String date, String name) {
        return PACKS.at(DivisionCode.parse(region), area, LocalDate.parse(date)).get(name);
    }

    private static BigDecimal amount(String region, Area area, String date, String name) {
        return Parameters.asDecimal(name, at(region, area, date, name).value());
    }

    @Test
    void tianjinStandardIs1045FromSeptember2025And1010TheDayBeforeForUrbanAndRuralAlike() {
        for (Area area : Area.values()) {
            assertThat(amount("120101", area, "2025-09-01", "dibao.standard")).isEqualByComparingTo("1045");
            assertThat(amount("120101", area, "2025-08-31", "dibao.standard")).isEqualByComparingTo("1010");
            assertThat(amount("12", area, "2019-04-01", "dibao.standard")).isEqualByComparingTo("980");
        }
        ParameterValue september = at("120101", Area.URBAN, "2025-09-01", "dibao.standard");
        assertThat(september.source()).isEqualTo("policy/12-tianjin.yaml");
        assertThat(september.citation()).contains("津民规〔2025〕6号");
        assertThat(september.illustrative()).isFalse();
        // the date of 980 -> 1010 was not found: the assumption is marked
        assertThat(at("12", Area.URBAN, "2021-07-01", "dibao.standard").illustrative()).isTrue();
    }

    @Test
    void tianjinExtremePovertyStandardsArePublishedAmountsUrbanAndRuralDispersed() {
        assertThat(amount("12", Area.URBAN, "2025-09-01", "extremePoverty.basicStandard")).isEqualByComparingTo("1870");
        assertThat(amount("12", Area.RURAL, "2025-09-01", "extremePoverty.basicStandard")).isEqualByComparingTo("1530");
        assertThat(at("12", Area.RURAL, "2025-09-01", "extremePoverty.basicStandard").citation()).contains("不作调整");
    }

    @Test
    void tianjinGradualExitPaysThreeMonthsInFullThenThreeAtHalfAndFirstJobsGet600ForAYear() {
        Parameters tianjin = PACKS.at(DivisionCode.parse("120104"), Area.RURAL, LocalDate.of(2024, 3, 1));
        assertThat(tianjin.decimals("dibao.gradualExit.schedule")).map(BigDecimal::doubleValue)
                .containsExactly(1.0, 1.0, 1.0, 0.5, 0.5, 0.5);
        assertThat(tianjin.decimal("dibao.employmentDeduction.monthly")).isEqualByComparingTo("600");
        assertThat(tianjin.integer("dibao.employmentDeduction.months")).isEqualTo(12);
        assertThat(tianjin.get("dibao.employmentDeduction.monthly").citation()).contains("津民发〔2020〕19号");
        assertThat(tianjin.decimal("marginal.multiple")).isEqualByComparingTo("1.5");
        assertThat(tianjin.decimal("marginal.householdAidShare")).isEqualByComparingTo("0.3");
        assertThat(tianjin.flag("rigidExpenditure.marginalSpendingRule")).isTrue();
        assertThat(tianjin.integer("temporary.emergencyResponseHours")).isEqualTo(24);
    }

    @Test
    void tianjinWorkCostDeductionIs500DuringTheEpidemicPeriodAnd0After() {
        assertThat(amount("12", Area.URBAN, "2020-05-14", "dibao.workCostDeduction.monthly")).isEqualByComparingTo("500");
        assertThat(amount("12", Area.URBAN, "2022-12-31", "dibao.workCostDeduction.monthly")).isEqualByComparingTo("500");
        assertThat(amount("12", Area.URBAN, "2023-01-08", "dibao.workCostDeduction.monthly")).isEqualByComparingTo("0");
        assertThat(amount("12", Area.URBAN, "2025-09-01", "dibao.workCostDeduction.monthly")).isEqualByComparingTo("0");
        assertThat(at("12", Area.URBAN, "2022-12-31", "dibao.exitsSuspended").value()).isEqualTo(true);
        assertThat(at("12", Area.URBAN, "2023-01-08", "dibao.exitsSuspended").value()).isEqualTo(false);
        // the end of the epidemic period is an assumption and says so
        assertThat(at("12", Area.URBAN, "2023-01-08", "dibao.workCostDeduction.monthly").illustrative()).isTrue();
    }

    @Test
    void tianjinTownshipApprovalCeilingIsSixMonthsOfTheStandardInForce() {
        assertThat(amount("12", Area.URBAN, "2025-08-31", "temporary.townshipApprovalLimit")).isEqualByComparingTo("6060");
        assertThat(amount("12", Area.URBAN, "2025-09-01", "temporary.townshipApprovalLimit")).isEqualByComparingTo("6270");
        assertThat(at("12", Area.URBAN, "2025-09-01", "temporary.townshipApprovalLimit").illustrative()).isTrue();
    }

    @Test
    void chongqingIs770Urban630RuralFromJuly2025And750And610InJune2025() {
        assertThat(amount("500103", Area.URBAN, "2025-07-01", "dibao.standard")).isEqualByComparingTo("770");
        assertThat(amount("500103", Area.RURAL, "2025-07-01", "dibao.standard")).isEqualByComparingTo("630");
        assertThat(amount("500103", Area.URBAN, "2025-06-30", "dibao.standard")).isEqualByComparingTo("750");
        assertThat(amount("500103", Area.RURAL, "2025-06-01", "dibao.standard")).isEqualByComparingTo("610");
        assertThat(at("500103", Area.URBAN, "2025-07-01", "dibao.standard").citation()).contains("渝民规〔2025〕6号");
        assertThat(amount("50", Area.URBAN, "2021-09-01", "dibao.standard")).isEqualByComparingTo("636");
        assertThat(amount("50", Area.RURAL, "2021-09-01", "dibao.standard")).isEqualByComparingTo("515");
        assertThat(amount("50", Area.RURAL, "2025-07-01", "extremePoverty.basicStandard")).isEqualByComparingTo("1001");
    }

    @Test
    void chongqingGradualExitSupplementsCareAndPensionRule() {
        Parameters chongqing = PACKS.at(DivisionCode.parse("500236"), Area.RURAL, LocalDate.of(2025, 8, 1));
        assertThat(chongqing.decimals("dibao.gradualExit.schedule")).hasSize(6);
        assertThat(chongqing.decimal("dibao.gradualExit.incomeCeilingMultiple")).isEqualByComparingTo("1.5");
        assertThat(chongqing.decimalMap("dibao.classifiedSupplement"))
                .containsEntry("ELDERLY", new BigDecimal("60")).containsEntry("MINOR", new BigDecimal("100"))
                .containsEntry("SEVERE_DISABILITY", new BigDecimal("60")).containsEntry("SERIOUS_ILLNESS", new BigDecimal("60"))
                .containsEntry("DISABLED", new BigDecimal("40"));
        assertThat(chongqing.integer("dibao.classifiedSupplement.elderlyAge")).isEqualTo(70);
        assertThat(chongqing.decimalMap("extremePoverty.careStandard"))
                .containsEntry("FULLY_LOST", new BigDecimal("300")).containsEntry("PARTLY_LOST", new BigDecimal("200"));
        assertThat(chongqing.get("dibao.income.residentBasicPensionExcluded").source()).isEqualTo("policy/50-chongqing.yaml");
        // the Chongqing rule is for the 14th five-year plan; from 2026 the national default decides again
        assertThat(at("50", Area.RURAL, "2026-01-01", "dibao.income.residentBasicPensionExcluded").source())
                .isEqualTo("policy/national.yaml");
    }

    @Test
    void xuanchengIs780Urban755RuralIn2023ForXuanzhou() {
        assertThat(amount("341802", Area.URBAN, "2023-07-01", "dibao.standard")).isEqualByComparingTo("780");
        assertThat(amount("341802", Area.RURAL, "2023-07-01", "dibao.standard")).isEqualByComparingTo("755");
        assertThat(amount("341802", Area.URBAN, "2022-08-01", "dibao.standard")).isEqualByComparingTo("720");
        assertThat(amount("341802", Area.RURAL, "2022-08-01", "dibao.standard")).isEqualByComparingTo("705");
        assertThat(amount("341802", Area.URBAN, "2024-10-01", "extremePoverty.basicStandard")).isEqualByComparingTo("1295");
        assertThat(amount("341802", Area.RURAL, "2024-10-01", "extremePoverty.basicStandard")).isEqualByComparingTo("982");
        ParameterValue standard = at("341802", Area.URBAN, "2023-07-01", "dibao.standard");
        assertThat(standard.source()).isEqualTo("policy/3418-xuancheng.yaml");
        assertThat(standard.citation()).contains("宣政秘〔2023〕26号");
        assertThat(standard.illustrative()).isFalse();
        // 宣州's own value: its minimum-wage tier, and the care standard computed from it
        assertThat(at("341802", Area.URBAN, "2024-10-01", "extremePoverty.careStandard").source())
                .isEqualTo("policy/341802-xuanzhou.yaml");
    }

    @Test
    void wangjiangInheritsAnhuiAndAnqingAndItsIllustrativeValuesSaySo() {
        Parameters wangjiang = PACKS.at(DivisionCode.parse("340827"), Area.RURAL, LocalDate.of(2025, 6, 1));
        assertThat(PACKS.packFor(DivisionCode.parse("340827"))).contains("policy/340827-wangjiang.yaml");
        ParameterValue standard = wangjiang.get("dibao.standard");
        assertThat(standard.source()).isEqualTo("policy/3408-anqing.yaml");
        assertThat(standard.illustrative()).isTrue();
        assertThat(standard.citation()).startsWith("示例值").contains("未找到");
        assertThat(wangjiang.get("extremePoverty.basicStandardRounding").source()).isEqualTo("policy/34-anhui.yaml");
        assertThat(wangjiang.get("extremePoverty.basicStandardMultiple").source()).isEqualTo("policy/34-anhui.yaml");
        ParameterValue care = wangjiang.get("extremePoverty.careStandard");
        assertThat(care.source()).isEqualTo("policy/340827-wangjiang.yaml");
        assertThat(care.illustrative()).isTrue();
        assertThat(care.citation()).startsWith("示例值");
        assertThat(wangjiang.get("region.minimumWage").source()).isEqualTo("policy/340827-wangjiang.yaml");
        assertThat(wangjiang.get("procedure.publicNoticeDays").source()).isEqualTo("policy/national.yaml");
        // a township and a village of 望江 resolve the same way
        assertThat(PACKS.at(DivisionCode.parse("340827100"), Area.RURAL, LocalDate.of(2025, 6, 1)).get("dibao.standard").source())
                .isEqualTo("policy/3408-anqing.yaml");
    }

    @Test
    void aCountyWithoutAPackFallsBackToAnqingThenAnhuiThenNational() {
        Parameters yuexi = PACKS.at(DivisionCode.parse("340828"), Area.URBAN, LocalDate.of(2025, 6, 1));
        assertThat(PACKS.packFor(DivisionCode.parse("340828"))).contains("policy/3408-anqing.yaml");
        assertThat(yuexi.get("dibao.standard").source()).isEqualTo("policy/3408-anqing.yaml");
        assertThat(yuexi.get("extremePoverty.basicStandardRounding").source()).isEqualTo("policy/34-anhui.yaml");
        assertThat(yuexi.get("region.minimumWage").source()).isEqualTo("policy/national.yaml");
        assertThat(yuexi.get("extremePoverty.careStandard").source()).isEqualTo("policy/national.yaml");
        assertThat(yuexi.get("marginal.multiple").source()).isEqualTo("policy/national.yaml");
        // and a county of another Anhui city with no pack: 安徽, then national
        Parameters hefei = PACKS.at(DivisionCode.parse("340102"), Area.URBAN, LocalDate.of(2025, 6, 1));
        assertThat(hefei.get("dibao.standard").source()).isEqualTo("policy/national.yaml");
        assertThat(hefei.get("extremePoverty.basicStandardMultiple").source()).isEqualTo("policy/34-anhui.yaml");
    }

    @Test
    void everyValueIsCitedAndEveryIllustrativeOneSaysWhy() {
        List<String> problems = new ArrayList<>();
        for (Pack pack : PACKS.packs()) {
            values(pack).forEach(v -> {
                String where = pack.file() + " " + v.name() + " " + v.effectiveFrom() + ": ";
                if (v.illustrative() && !v.citation().startsWith("示例值")) {
                    problems.add(where + "示例值的出处应以“示例值”开头并说明理由");
                }
                if (!v.illustrative() && v.citation().contains("示例值")) {
                    problems.add(where + "非示例值的出处不应写“示例值”");
                }
                if (v.citation().length() < 15) {
                    problems.add(where + "出处过短，应写明文件名称、文号和条款或所见之处");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.(com|net|cn|org|info|top)\\b");

    @Test
    void citationsShowOnlyGovernmentAddressesNeverMirrorSites() {
        List<String> problems = new ArrayList<>();
        for (Pack pack : PACKS.packs()) {
            values(pack).forEach(v -> {
                Matcher m = DOMAIN.matcher(v.citation());
                while (m.find()) {
                    if (!m.group().endsWith("gov.cn")) {
                        problems.add(pack.file() + " " + v.name() + ": " + m.group());
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static Stream<ParameterValue> values(Pack pack) {
        return pack.parameters().values().stream()
                .flatMap(s -> Stream.of(s.both(), s.urban(), s.rural()).filter(Objects::nonNull).flatMap(List::stream));
    }
}
