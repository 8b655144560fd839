package org.doudi.kernel;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTests {

    private final Period year2024 = Period.of(of(2024, 1, 1), of(2024, 12, 31));

    @Test
    void containsBothItsFirstAndItsLastDay() {
        assertThat(year2024.contains(of(2024, 1, 1))).isTrue();
        assertThat(year2024.contains(of(2024, 12, 31))).isTrue();
        assertThat(year2024.contains(of(2023, 12, 31))).isFalse();
        assertThat(year2024.contains(of(2025, 1, 1))).isFalse();
    }

    @Test
    void anOngoingRangeContainsEveryLaterDay() {
        Period benefit = Period.startingOn(of(2024, 3, 1));
        assertThat(benefit.isOpen()).isTrue();
        assertThat(benefit.contains(of(2099, 1, 1))).isTrue();
        assertThat(benefit.contains(of(2024, 2, 29))).isFalse();
    }

    @Test
    void aRangeSinceBeforeRecordsBeganContainsEveryEarlierDay() {
        Period membership = Period.of(null, of(2010, 6, 30));
        assertThat(membership.hasStart()).isFalse();
        assertThat(membership.contains(of(1950, 1, 1))).isTrue();
        assertThat(membership.contains(of(2010, 7, 1))).isFalse();
    }

    @Test
    void endingBeforeItStartsIsRejectedButASingleDayIsAllowed() {
        assertThatThrownBy(() -> Period.of(of(2024, 3, 2), of(2024, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-03-02");
        assertThat(Period.of(of(2024, 3, 1), of(2024, 3, 1)).lengthInDays()).isEqualTo(1);
    }

    @Test
    void rangesSharingOneDayOverlapButAdjacentRangesDoNot() {
        Period january = Period.ofMonth(YearMonth.of(2024, 1));
        assertThat(january.overlaps(Period.of(of(2024, 1, 31), of(2024, 3, 1)))).isTrue();
        assertThat(january.overlaps(Period.ofMonth(YearMonth.of(2024, 2)))).isFalse();
        assertThat(Period.startingOn(of(2024, 1, 20)).overlaps(Period.of(null, of(2024, 1, 20)))).isTrue();
        assertThat(Period.of(null, null).overlaps(january)).isTrue();
    }

    @Test
    void theIntersectionWithAMonthGivesTheDaysToPayInIt() {
        Period benefit = Period.startingOn(of(2024, 3, 15));
        Period paidInMarch = benefit.intersection(Period.ofMonth(YearMonth.of(2024, 3))).orElseThrow();
        assertThat(paidInMarch).isEqualTo(Period.of(of(2024, 3, 15), of(2024, 3, 31)));
        assertThat(paidInMarch.lengthInDays()).isEqualTo(17);
        assertThat(benefit.intersection(Period.ofMonth(YearMonth.of(2024, 2)))).isEmpty();
    }

    @Test
    void closingAnOngoingBenefitFromTheNextMonthEndsItOnTheLastDayOfThisMonth() {
        Period benefit = Period.startingOn(of(2023, 7, 1));
        LocalDate decidedOn = of(2024, 5, 20);
        Period stopped = benefit.endingBefore(Months.monthAfter(decidedOn).atDay(1));
        assertThat(stopped).isEqualTo(Period.of(of(2023, 7, 1), of(2024, 5, 31)));
        assertThat(stopped.isOpen()).isFalse();
        assertThat(benefit.endedOn(of(2024, 5, 31))).isEqualTo(stopped);
    }

    @Test
    void cannotBeEndedBeforeItStarted() {
        assertThatThrownBy(() -> Period.startingOn(of(2024, 6, 1)).endedOn(of(2024, 5, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsEveryMonthItTouches() {
        Period range = Period.of(of(2024, 11, 15), of(2025, 2, 1));
        assertThat(range.months()).containsExactly(
                YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2));
    }

    @Test
    void anOngoingRangeHasNoListOfMonthsOrLength() {
        assertThatThrownBy(() -> Period.startingOn(of(2024, 1, 1)).months()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Period.of(null, of(2024, 1, 1)).lengthInDays()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLeapFebruaryHas29Days() {
        assertThat(Period.ofMonth(YearMonth.of(2024, 2)).lengthInDays()).isEqualTo(29);
        assertThat(Period.ofMonth(YearMonth.of(2023, 2)).lengthInDays()).isEqualTo(28);
    }

    @Test
    void printsAsARangeWithBlankOpenEnds() {
        assertThat(year2024).hasToString("2024-01-01..2024-12-31");
        assertThat(Period.startingOn(of(2024, 3, 1))).hasToString("2024-03-01..");
        assertThat(Period.of(null, of(2010, 6, 30))).hasToString("..2010-06-30");
    }
}
