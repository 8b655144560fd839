package org.doudi.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthsTests {

    @Test
    void givesTheFirstAndLastDayOfAMonthIncludingLeapFebruaries() {
        assertThat(Months.firstDay(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Months.lastDay(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Months.lastDay(YearMonth.of(2023, 2))).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void paymentDecidedOnAnyDayStartsInTheFollowingMonth() {
        assertThat(Months.monthAfter(LocalDate.of(2024, 1, 31))).isEqualTo(YearMonth.of(2024, 2));
        assertThat(Months.monthAfter(LocalDate.of(2024, 2, 1))).isEqualTo(YearMonth.of(2024, 3));
        assertThat(Months.monthAfter(LocalDate.of(2024, 12, 15))).isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void countsMonthsBetweenAcrossYearsAndBackwards() {
        assertThat(Months.monthsBetween(YearMonth.of(2024, 1), YearMonth.of(2024, 3))).isEqualTo(2);
        assertThat(Months.monthsBetween(YearMonth.of(2023, 11), YearMonth.of(2024, 2))).isEqualTo(3);
        assertThat(Months.monthsBetween(YearMonth.of(2024, 3), YearMonth.of(2024, 3))).isZero();
        assertThat(Months.monthsBetween(YearMonth.of(2024, 3), YearMonth.of(2023, 3))).isEqualTo(-12);
    }

    @Test
    void aRangeOfMonthsIncludesBothEnds() {
        assertThat(Months.range(YearMonth.of(2023, 11), YearMonth.of(2024, 2))).containsExactly(
                YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(Months.range(YearMonth.of(2024, 2), YearMonth.of(2024, 1))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is in quarter {1}")
    @CsvSource({"1, 1", "3, 1", "4, 2", "6, 2", "7, 3", "9, 3", "10, 4", "12, 4"})
    void placesEachMonthInItsQuarter(int month, int quarter) {
        assertThat(Months.quarterOf(YearMonth.of(2024, month))).isEqualTo(quarter);
    }

    @Test
    void parsesYearAndMonth() {
        assertThat(Months.parse("2024-03")).isEqualTo(YearMonth.of(2024, 3));
        assertThat(Months.parse(" 2024-12 ")).isEqualTo(YearMonth.of(2024, 12));
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"2024-3", "202403", "2024/03", "2024-13", "2024-00", "24-03", "2024-03-01"})
    void rejectsAnythingButYyyyMm(String text) {
        assertThatThrownBy(() -> Months.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY-MM");
    }
}
