package org.doudi.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.internal.PackException;
import org.doudi.policy.internal.PackReader;
import org.junit.jupiter.api.Test;

class PolicyPacksTests {

    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    @Test
    void everyShippedPackLoadsAndResolvesEveryCatalogueNameForBothAreasOnEveryDate() {
        assertThat(PolicyPacks.shipped().catalogueProblems(UNTIL)).isEmpty();
    }

    @Test
    void everyPackFileInThePolicyFolderIsListedInTheIndexAndLoadsFromTheFolderToo() throws Exception {
        Path folder = Path.of("../policy");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> packs = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("index.yaml")).sorted().toList();
            String index = Files.readString(folder.resolve("index.yaml"));
            assertThat(packs).isNotEmpty().allSatisfy(p -> assertThat(index).contains(p));
        }
        assertThat(PolicyPacks.load(folder).packs()).extracting(p -> p.file())
                .containsExactlyInAnyOrderElementsOf(PolicyPacks.shipped().packs().stream().map(p -> p.file()).toList());
    }

    @Test
    void aValueReportsItsPackCitationAndDate() {
        ParameterValue marginal = PolicyPacks.shipped().at(DivisionCode.parse("340827"), Area.RURAL, LocalDate.of(2025, 6, 1))
                .get("marginal.multiple");
        assertThat(marginal.source()).startsWith("policy/");
        assertThat(marginal.citation()).isNotBlank();
        assertThat(marginal.effectiveFrom()).isBeforeOrEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void aDateBeforeEveryValueResolvesNothing() {
        Parameters before = PolicyPacks.shipped().at(DivisionCode.parse("340827"), Area.URBAN, LocalDate.of(2000, 1, 1));
        assertThat(before.find("dibao.standard")).isEmpty();
    }

    @Test
    void anOverrideWinsAndSaysSo() {
        Parameters parameters = new OverriddenParameters(
                PolicyPacks.shipped().at(DivisionCode.parse("340827"), Area.URBAN, LocalDate.of(2025, 6, 1)),
                java.util.Map.of("dibao.standard", 700));
        assertThat(parameters.decimal("dibao.standard")).isEqualByComparingTo("700");
        assertThat(parameters.get("dibao.standard").source()).isEqualTo(ParameterValue.REQUEST_OVERRIDE);
    }

    @Test
    void aPackNamingAParameterOutsideTheCatalogueIsRefused() {
        assertThatThrownBy(() -> read("""
                region: "12"
                name: 天津市
                parameters:
                  dibao.standrad:
                    unit: YUAN_PER_PERSON_MONTH
                    values:
                      - {from: 2021-01-01, value: 1010, citation: "x"}
                """)).isInstanceOf(PackException.class).hasMessageContaining("dibao.standrad").hasMessageContaining("目录");
    }

    @Test
    void aValueWithoutCitationOrWithDatesOutOfOrderOrTheWrongUnitIsRefused() {
        assertThatThrownBy(() -> read(pack("YUAN_PER_PERSON_MONTH", "- {from: 2021-01-01, value: 1010}")))
                .isInstanceOf(PackException.class).hasMessageContaining("citation");
        assertThatThrownBy(() -> read(pack("YUAN_PER_PERSON_MONTH",
                "- {from: 2022-01-01, value: 1010, citation: a}\n      - {from: 2021-01-01, value: 980, citation: b}")))
                .isInstanceOf(PackException.class).hasMessageContaining("递增");
        assertThatThrownBy(() -> read(pack("RATIO", "- {from: 2021-01-01, value: 1010, citation: a}")))
                .isInstanceOf(PackException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> read(pack("YUAN_PER_PERSON_MONTH", "- {from: 2021-01-01, value: true, citation: a}")))
                .isInstanceOf(PackException.class).hasMessageContaining("不符");
    }

    private static String pack(String unit, String values) {
        return """
                region: "12"
                name: 天津市
                parameters:
                  dibao.standard:
                    unit: %s
                    values:
                      %s
                """.formatted(unit, values);
    }

    private static Object read(String yaml) throws Exception {
        return PackReader.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
