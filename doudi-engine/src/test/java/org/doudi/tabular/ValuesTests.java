package org.doudi.tabular;

import org.doudi.kernel.ProgrammeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTests {

    private static String codeOf(Parsed<?> parsed) {
        return parsed.problem().map(ValueProblem::code).orElse("none");
    }

    @ParameterizedTest
    @CsvSource({
            "2025-03-01, 2025-03-01", "2025/03/01, 2025-03-01", "20250301, 2025-03-01",
            "2025-3-1, 2025-03-01", "2025/3/1, 2025-03-01", "' 2024-02-29 ', 2024-02-29", "1950-12-31, 1950-12-31"})
    void datesAreAcceptedInTheContractFormsAndWithSingleDigitMonthsAndDays(String text, LocalDate expected) {
        assertThat(Values.date(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "2023-02-29", "20250230", "2025/4/31", "2025-00-10"})
    void daysThatDoNotExistAreInvalid(String text) {
        Parsed<LocalDate> parsed = Values.date(text);

        assertThat(codeOf(parsed)).isEqualTo(ValueProblem.DATE_INVALID);
        assertThat(parsed.problem().orElseThrow().reason()).contains(text, "不存在");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03/01", "2025.03.01", "2025年3月1日", "25-03-01", "2025031", "202503011",
            "2025-03-01 00:00:00", "01/03/2025", "2025-003-01", "０２０２５-03-01", "三月一日", "0999-01-01"})
    void otherDateFormsAreRefusedWithTheAcceptedFormsInTheReason(String text) {
        Parsed<LocalDate> parsed = Values.date(text);

        assertThat(codeOf(parsed)).isEqualTo(ValueProblem.DATE_FORMAT);
        assertThat(parsed.problem().orElseThrow().reason()).contains("YYYY-MM-DD", "YYYY/MM/DD", "YYYYMMDD");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1500|1500.00", "1234.5|1234.50", "0.01|0.01", "0|0.00", "007|7.00", "12.500|12.50",
            "'1,234.50'|1234.50", "'1,234,567'|1234567.00", "' 88.8 '|88.80"})
    void amountsAreYuanWithAtMostTwoDecimalsAndCorrectlyGroupedThousands(String text, String expected) {
        Parsed<BigDecimal> parsed = Values.amount(text);

        assertThat(parsed.value()).isEqualTo(new BigDecimal(expected));
        assertThat(parsed.value().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,23", "1,2345", "12,34.5", "1e3", "1.5E2", "+100", "¥100", "100元", ".5", "5.", "1 000",
            "１００", "1.2.3", "1，234", "NaN", "-"})
    void malformedAmountsAreRefused(String text) {
        assertThat(codeOf(Values.amount(text))).isEqualTo(ValueProblem.AMOUNT_FORMAT);
    }

    @Test
    void amountsWithSignificantThirdDecimalsAreRefusedAsTooPrecise() {
        assertThat(codeOf(Values.amount("12.345"))).isEqualTo(ValueProblem.AMOUNT_PRECISION);
        assertThat(codeOf(Values.amount("0.001"))).isEqualTo(ValueProblem.AMOUNT_PRECISION);
    }

    @Test
    void negativeAmountsAreRefusedUnlessSignedAmountsAreAsked() {
        assertThat(codeOf(Values.amount("-100"))).isEqualTo(ValueProblem.AMOUNT_NEGATIVE);
        assertThat(Values.signedAmount("-100.5").value()).isEqualTo(new BigDecimal("-100.50"));
        assertThat(Values.amount("-0").value()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "3, 3", "-12, -12", "' 42 ', 42", "2147483647, 2147483647"})
    void integersAreWholeNumbersWithAnOptionalMinusSign(String text, int expected) {
        assertThat(Values.integer(text).value()).isEqualTo(expected);
    }

    @Test
    void integersThatAreNotWholeOrDoNotFitAreRefused() {
        assertThat(codeOf(Values.integer("3.0"))).isEqualTo(ValueProblem.INTEGER_FORMAT);
        assertThat(codeOf(Values.integer("+3"))).isEqualTo(ValueProblem.INTEGER_FORMAT);
        assertThat(codeOf(Values.integer("1,000"))).isEqualTo(ValueProblem.INTEGER_FORMAT);
        assertThat(codeOf(Values.integer("三"))).isEqualTo(ValueProblem.INTEGER_FORMAT);
        assertThat(codeOf(Values.integer("2147483648"))).isEqualTo(ValueProblem.INTEGER_RANGE);
    }

    @ParameterizedTest
    @CsvSource({"Y, true", "y, true", "是, true", "1, true", "TRUE, true", "true, true",
            "N, false", "n, false", "否, false", "0, false", "FALSE, false", "False, false"})
    void yesAndNoAreAcceptedInTheirUsualForms(String text, boolean expected) {
        assertThat(Values.yesNo(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "有", "2", "T", "√"})
    void otherYesNoValuesAreRefusedListingTheAcceptedOnes(String text) {
        Parsed<Boolean> parsed = Values.yesNo(text);

        assertThat(codeOf(parsed)).isEqualTo(ValueProblem.YES_NO_FORMAT);
        assertThat(parsed.problem().orElseThrow().reason()).contains("Y/N", "是/否", "1/0", "TRUE/FALSE");
    }

    @Test
    void enumValuesMatchTheirNameIgnoringCase() {
        assertThat(Values.enumValue(ProgrammeStatus.class, "active").value()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(Values.enumValue(ProgrammeStatus.class, " Gradual_Exit ").value()).isEqualTo(ProgrammeStatus.GRADUAL_EXIT);
    }

    @Test
    void unknownEnumValuesAreRefusedListingEveryAllowedValue() {
        Parsed<ProgrammeStatus> parsed = Values.enumValue(ProgrammeStatus.class, "在保");

        assertThat(codeOf(parsed)).isEqualTo(ValueProblem.ENUM_UNKNOWN);
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            assertThat(parsed.problem().orElseThrow().reason()).contains(status.name());
        }
    }

    @Test
    void blankInputIsEmptyForEveryParser() {
        for (String blank : new String[] {"", "   ", null}) {
            assertThat(codeOf(Values.date(blank))).isEqualTo(ValueProblem.VALUE_EMPTY);
            assertThat(codeOf(Values.amount(blank))).isEqualTo(ValueProblem.VALUE_EMPTY);
            assertThat(codeOf(Values.integer(blank))).isEqualTo(ValueProblem.VALUE_EMPTY);
            assertThat(codeOf(Values.yesNo(blank))).isEqualTo(ValueProblem.VALUE_EMPTY);
            assertThat(codeOf(Values.enumValue(ProgrammeStatus.class, blank))).isEqualTo(ValueProblem.VALUE_EMPTY);
        }
    }

    @Test
    void optionalColumnsAcceptBlankButStillCheckWhatIsThere() {
        assertThat(Values.optional("", Values::date).value()).isEmpty();
        assertThat(Values.optional("2025-03-01", Values::date).value()).contains(LocalDate.of(2025, 3, 1));
        assertThat(codeOf(Values.optional("2025-02-30", Values::date))).isEqualTo(ValueProblem.DATE_INVALID);
    }

    @Test
    void aParsedProblemHasNoValue() {
        Parsed<BigDecimal> parsed = Values.amount("abc");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.toOptional()).isEmpty();
        assertThat(parsed.orElse(BigDecimal.ZERO)).isEqualTo(BigDecimal.ZERO);
        assertThat(parsed.map(BigDecimal::negate).problem()).isEqualTo(parsed.problem());
        assertThatThrownBy(parsed::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("AMOUNT_FORMAT");
        assertThat(Values.amount("1").map(BigDecimal::negate).value()).isEqualTo(new BigDecimal("-1.00"));
        assertThat(Values.date("20250301").toOptional()).isEqualTo(Optional.of(LocalDate.of(2025, 3, 1)));
    }
}
