package org.doudi.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.doudi.kernel.Divisions.Division;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DivisionsTests {

    private static final DivisionCode WANGJIANG = DivisionCode.parse("340827");
    private static final DivisionCode HUAYANG = DivisionCode.parse("340827100");

    private static Divisions wangjiang;

    @BeforeAll
    static void loadWangjiang() {
        wangjiang = Divisions.under(WANGJIANG);
    }

    @Test
    void theShippedResourceHas665276Rows() throws IOException {
        try (InputStream raw = Divisions.class.getResourceAsStream("divisions/divisions-2023.csv.gz");
             BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).isEqualTo("code,name");
            assertThat(reader.lines().count()).isEqualTo(665_276);
        }
    }

    @Test
    void streamsEveryDivisionOfAllFiveLevels() {
        Map<DivisionLevel, Integer> perLevel = new EnumMap<>(DivisionLevel.class);
        Divisions.forEach(d -> perLevel.merge(d.level(), 1, Integer::sum));
        // the list repeats a city or county one level down where it has none below it:
        // 441900 东莞市, 442000 中山市, 460400 儋州市 (county level), 350527000 and 350527000000 金门县
        assertThat(perLevel).isEqualTo(Map.of(
                DivisionLevel.PROVINCE, 31, DivisionLevel.CITY, 342, DivisionLevel.COUNTY, 2_978,
                DivisionLevel.TOWNSHIP, 41_352, DivisionLevel.VILLAGE, 620_573));
    }

    @Test
    void everyDivisionBelowAProvinceHasItsParentInTheList() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        List<String> orphans = new java.util.ArrayList<>();
        Divisions.forEach(d -> {
            d.code().parent().ifPresent(p -> {
                if (!codes.contains(p.value())) {
                    orphans.add(d.code().value());
                }
            });
            codes.add(d.code().value());
        });
        assertThat(orphans).isEmpty();
    }

    @Test
    void aCountyCatalogueHoldsTheCountyItsAncestorsAndNothingBeside() {
        assertThat(wangjiang.find(WANGJIANG).map(Division::name)).contains("望江县");
        assertThat(wangjiang.find(DivisionCode.parse("34")).map(Division::name)).contains("安徽省");
        assertThat(wangjiang.find(DivisionCode.parse("3408")).map(Division::name)).contains("安庆市");
        assertThat(wangjiang.find(DivisionCode.parse("340828"))).isEmpty();
    }

    @Test
    void huayangIsOneOfTheTownshipsOfWangjiang() {
        List<Division> townships = wangjiang.children(WANGJIANG);
        assertThat(townships).contains(new Division(HUAYANG, "华阳镇"));
        assertThat(townships).allSatisfy(t -> assertThat(t.level()).isEqualTo(DivisionLevel.TOWNSHIP));
        assertThat(townships).hasSize(14);
        assertThat(wangjiang.atLevel(DivisionLevel.TOWNSHIP)).isEqualTo(townships);
    }

    @Test
    void theVillagesOfATownshipAreTwelveDigitCodesUnderIt() {
        List<Division> villages = wangjiang.children(HUAYANG);
        assertThat(villages).isNotEmpty().allSatisfy(v -> {
            assertThat(v.code().value()).hasSize(12).startsWith("340827100");
            assertThat(v.level()).isEqualTo(DivisionLevel.VILLAGE);
            assertThat(HUAYANG.contains(v.code())).isTrue();
        });
        assertThat(villages).extracting(Division::name).contains("永征社区居委会");
        assertThat(wangjiang.children(villages.get(0).code())).isEmpty();
    }

    @Test
    void theFullNameOfAVillageRunsFromItsProvince() {
        assertThat(wangjiang.fullName(DivisionCode.parse("340827100006"))).isEqualTo("安徽省安庆市望江县华阳镇永征社区居委会");
        assertThat(wangjiang.fullName(WANGJIANG)).isEqualTo("安徽省安庆市望江县");
    }

    @Test
    void theTownshipsOfDongguanHangUnderItsCountyLevelEntryAndItsNameIsNotRepeated() {
        DivisionCode dongguan = DivisionCode.parse("441900"); // the county-level entry of 东莞市
        Divisions catalogue = Divisions.under(dongguan);
        assertThat(catalogue.children(dongguan)).contains(new Division(DivisionCode.parse("441900003"), "东城街道"))
                .allSatisfy(t -> assertThat(t.level()).isEqualTo(DivisionLevel.TOWNSHIP));
        assertThat(catalogue.fullName(DivisionCode.parse("441900003001"))).isEqualTo("广东省东莞市东城街道岗贝社区居民委员会");
    }

    @Test
    void anUnknownCodeHasNoCatalogue() {
        assertThatThrownBy(() -> Divisions.under(DivisionCode.parse("340899")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("340899");
    }
}
