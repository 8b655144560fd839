package org.doudi.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTests {

    private static DivisionCode code(String value) {
        return DivisionCode.parse(value);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({"34, PROVINCE", "3408, CITY", "340827, COUNTY", "340827100, TOWNSHIP", "340827100006, VILLAGE"})
    void theNumberOfDigitsGivesTheLevel(String value, DivisionLevel level) {
        assertThat(code(value).level()).isEqualTo(level);
    }

    @Test
    void aVillageHasTheWholeChainOfParentsUpToItsProvince() {
        List<String> chain = new ArrayList<>();
        for (Optional<DivisionCode> c = Optional.of(code("340827100006")); c.isPresent(); c = c.get().parent()) {
            chain.add(c.get().value());
        }
        assertThat(chain).containsExactly("340827100006", "340827100", "340827", "3408", "34");
    }

    @Test
    void aTownshipOfACityWithoutCountiesHangsUnderTheCountyLevelEntryOfTheList() {
        DivisionCode dongcheng = code("441900003"); // 东莞市东城街道: the list files it under 441900 东莞市
        assertThat(dongcheng.level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(dongcheng.parent()).contains(code("441900"));
        assertThat(code("441900").parent()).contains(code("4419"));
        assertThat(code("441900003001").parent()).contains(dongcheng);
        assertThat(code("4419").contains(code("441900003001"))).isTrue();
    }

    @Test
    void givesTheAncestorAtALevelButNothingBelowItself() {
        DivisionCode village = code("340827100006");
        assertThat(village.at(DivisionLevel.CITY)).contains(code("3408"));
        assertThat(village.at(DivisionLevel.VILLAGE)).contains(village);
        assertThat(code("3408").at(DivisionLevel.COUNTY)).isEmpty();
    }

    @Test
    void aDivisionContainsItselfAndEverythingBelowIt() {
        assertThat(code("3408").contains(code("340827100006"))).isTrue();
        assertThat(code("340827").contains(code("340827"))).isTrue();
        assertThat(code("340827").contains(code("340828"))).isFalse();
        assertThat(code("340827100").contains(code("340827"))).isFalse();
        assertThat(code("34").contains(code("3508"))).isFalse();
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({"340000, 34", "340827, 340827", "340827100006, 340827100006", "' 340827 ', 340827",
            // a zero group can be a real code: 441900 东莞市 (county level), 350527000 金门县 (township level)
            "441900, 441900", "350527000, 350527000", "350527000000, 350527000000"})
    void readsTheProvinceFormOfGbt2260AndTakesEveryOtherCodeAsWritten(String raw, String shortForm) {
        assertThat(DivisionCode.parse(raw).value()).isEqualTo(shortForm);
    }

    @Test
    void writesTheTwelveDigitPaddedForm() {
        assertThat(code("3408").padded12()).isEqualTo("340800000000");
        assertThat(code("340827100").padded12()).isEqualTo("340827100000");
        assertThat(code("340827100006").padded12()).isEqualTo("340827100006");
    }

    @ParameterizedTest(name = "\"{0}\" is not a division code")
    @NullAndEmptySource
    @ValueSource(strings = {"3400", "0034", "00", "000000", "000000000000", "340027", "3408270", "34082",
            "3", "34a8", "34-08", "3408271000061"})
    void rejectsWhatIsNotADivisionCode(String raw) {
        assertThat(DivisionCode.tryParse(raw)).isEmpty();
        assertThatThrownBy(() -> DivisionCode.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("区划代码");
    }

    @Test
    void theConstructorTakesTheCodeAsWrittenAndParseReadsTheProvinceForm() {
        assertThatThrownBy(() -> new DivisionCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DivisionCode("340000")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DivisionCode("34")).isEqualTo(DivisionCode.parse("340000"));
    }

    @Test
    void sortsAParentBeforeItsChildren() {
        List<DivisionCode> codes = new ArrayList<>(List.of(code("340827100"), code("3408"), code("340827"), code("34")));
        codes.sort(null);
        assertThat(codes).extracting(DivisionCode::value).containsExactly("34", "3408", "340827", "340827100");
    }
}
