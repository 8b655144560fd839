package org.doudi.kernel;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.doudi.kernel.WorkingDayCalendar.DayKind;
import org.doudi.kernel.WorkingDayCalendar.Entry;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.china();

    @Test
    void shipsEveryHolidayAndMakeUpDayOf2020To2026() {
        assertThat(calendar.entries()).hasSize(254);
        assertThat(calendar.entries()).filteredOn(e -> e.kind() == DayKind.HOLIDAY).hasSize(208);
        assertThat(calendar.entries()).filteredOn(e -> e.kind() == DayKind.WORKDAY).hasSize(46);
        assertThat(calendar.coveredYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void aDeadlineStartedBeforeNationalDay2026JumpsTheHolidayWeek() {
        LocalDate acceptedOn = of(2026, 9, 29); // Tuesday
        assertThat(calendar.addWorkingDays(acceptedOn, 1)).isEqualTo(of(2026, 9, 30));
        assertThat(calendar.addWorkingDays(acceptedOn, 2)).isEqualTo(of(2026, 10, 8));
        assertThat(calendar.addWorkingDays(acceptedOn, 3)).isEqualTo(of(2026, 10, 9));
        // the make-up Saturday counts, the Sunday after it does not
        assertThat(calendar.addWorkingDays(acceptedOn, 4)).isEqualTo(of(2026, 10, 10));
        assertThat(calendar.addWorkingDays(acceptedOn, 5)).isEqualTo(of(2026, 10, 12));
    }

    @Test
    void nationalDay2026IsSevenDaysOffFollowedByAWorkingSaturday() {
        for (LocalDate day = of(2026, 10, 1); !day.isAfter(of(2026, 10, 7)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(of(2026, 10, 11))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 9, 20))).isTrue();
        assertThat(calendar.entryOn(of(2026, 10, 10))).contains(new Entry(of(2026, 10, 10), DayKind.WORKDAY, "国庆节"));
    }

    @Test
    void theExtendedSpringFestivalOf2020CancelledTheMakeUpSaturdayButNotTheEarlierSunday() {
        assertThat(calendar.isWorkingDay(of(2020, 2, 1))).isFalse();
        assertThat(calendar.isWorkingDay(of(2020, 1, 31))).isFalse();
        assertThat(calendar.isWorkingDay(of(2020, 2, 2))).isFalse();
        assertThat(calendar.isWorkingDay(of(2020, 1, 19))).isTrue();
        assertThat(calendar.nextWorkingDay(of(2020, 1, 23))).isEqualTo(of(2020, 2, 3));
    }

    @Test
    void springFestivalEve2024WasAWorkingDay() {
        assertThat(calendar.isWorkingDay(of(2024, 2, 9))).isTrue();
        assertThat(calendar.isWorkingDay(of(2024, 2, 12))).isFalse();
        assertThat(calendar.isWorkingDay(of(2024, 2, 18))).isTrue();
    }

    @Test
    void springFestival2026HasTwoMakeUpSaturdays() {
        assertThat(calendar.isWorkingDay(of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(of(2026, 2, 28))).isTrue();
        assertThat(calendar.isWorkingDay(of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 2, 24))).isTrue();
        assertThat(calendar.addWorkingDays(of(2026, 2, 13), 1)).isEqualTo(of(2026, 2, 14));
        assertThat(calendar.addWorkingDays(of(2026, 2, 14), 1)).isEqualTo(of(2026, 2, 24));
    }

    @Test
    void newYear2026IsMadeUpOnSundayTheFourth() {
        assertThat(calendar.isWorkingDay(of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 1, 4))).isTrue();
        assertThat(calendar.nextWorkingDay(of(2025, 12, 31))).isEqualTo(of(2026, 1, 4));
    }

    @Test
    void newYear2023BeganOnTheLastDayOf2022() {
        assertThat(calendar.isWorkingDay(of(2022, 12, 31))).isFalse();
        assertThat(calendar.entryOn(of(2022, 12, 31)).map(Entry::name)).contains("元旦");
    }

    @Test
    void ordinaryWeeksWorkMondayToFriday() {
        assertThat(calendar.isWorkingDay(of(2025, 3, 14))).isTrue(); // Friday
        assertThat(calendar.isWorkingDay(of(2025, 3, 15))).isFalse();
        assertThat(calendar.isWorkingDay(of(2025, 3, 16))).isFalse();
        assertThat(calendar.addWorkingDays(of(2025, 3, 14), 1)).isEqualTo(of(2025, 3, 17));
        assertThat(calendar.entryOn(of(2025, 3, 14))).isEmpty();
    }

    @Test
    void zeroWorkingDaysGivesTheStartIfItIsWorkedElseTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(of(2025, 3, 14), 0)).isEqualTo(of(2025, 3, 14));
        assertThat(calendar.addWorkingDays(of(2025, 3, 15), 0)).isEqualTo(of(2025, 3, 17));
        assertThat(calendar.addWorkingDays(of(2026, 10, 1), 0)).isEqualTo(of(2026, 10, 8));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(of(2025, 3, 14), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWorkingDaysAfterOneDateUpToAndIncludingAnother() {
        assertThat(calendar.workingDaysBetween(of(2026, 9, 30), of(2026, 10, 10))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(of(2026, 10, 10), of(2026, 9, 30))).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(of(2026, 10, 1), of(2026, 10, 1))).isZero();
    }

    @Test
    void countingBackTheWorkingDaysToADeadlineGivesTheNumberAdded() {
        for (LocalDate start = of(2020, 1, 1); start.getYear() <= 2026; start = start.plusDays(3)) {
            for (int n = 1; n <= 10; n++) {
                LocalDate due = calendar.addWorkingDays(start, n);
                assertThat(calendar.isWorkingDay(due)).as("%s + %d", start, n).isTrue();
                assertThat(calendar.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
            }
        }
    }

    @Test
    void yearTotalsFollowFromTheNotices() {
        // a missing or extra row in the data would change these totals
        assertThat(workingDaysIn(2024)).isEqualTo(251);
        assertThat(workingDaysIn(2025)).isEqualTo(248);
        assertThat(workingDaysIn(2026)).isEqualTo(248);
    }

    private long workingDaysIn(int year) {
        return calendar.workingDaysBetween(of(year - 1, 12, 31), of(year, 12, 31));
    }

    @Test
    void yearsWithoutANoticeFallBackToMondayToFriday() {
        assertThat(calendar.covers(2019)).isFalse();
        assertThat(calendar.covers(2027)).isFalse();
        // 2027-10-01 is a Friday: without the 2027 notice it is counted as a working day
        assertThat(calendar.isWorkingDay(of(2027, 10, 1))).isTrue();
        assertThat(calendar.isWorkingDay(of(2027, 10, 2))).isFalse();
    }

    // an invented arrangement for an uncovered year, to show the loading: not the real 2027 notice
    private static final String EXAMPLE_2027 = """
            date,kind,name
            2027-01-01,HOLIDAY,元旦
            2027-09-26,WORKDAY,国庆节
            2027-10-01,HOLIDAY,国庆节
            2027-10-04,HOLIDAY,国庆节
            2027-10-09,WORKDAY,国庆节
            """;

    @Test
    void aBureauCanAddALaterNoticeWithoutChangingTheShippedCalendar() {
        WorkingDayCalendar extended = calendar.with(new StringReader(EXAMPLE_2027));
        assertThat(extended.covers(2027)).isTrue();
        assertThat(extended.entries()).hasSize(259);
        assertThat(extended.isWorkingDay(of(2027, 10, 1))).isFalse();
        assertThat(extended.isWorkingDay(of(2027, 10, 9))).isTrue();
        assertThat(extended.isWorkingDay(of(2026, 10, 10))).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(WorkingDayCalendar.china().isWorkingDay(of(2027, 10, 1))).isTrue();
    }

    @Test
    void acceptsAByteOrderMarkAndBlankLinesInAnAddedFile() {
        WorkingDayCalendar extended = calendar.with(new StringReader("\uFEFF" + EXAMPLE_2027 + "\n\n"));
        assertThat(extended.entries()).hasSize(259);
    }

    @Test
    void anAddedFileCannotChangeADateAlreadyInTheCalendar() {
        String csv = "date,kind,name\n2027-01-01,HOLIDAY,元旦\n2026-10-10,HOLIDAY,国庆节\n";
        assertThatThrownBy(() -> calendar.with(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第3行")
                .hasMessageContaining("2026-10-10")
                .hasMessageContaining("已在日历中");
    }

    @Test
    void aFileWithTheWrongHeaderIsRejected() {
        assertThatThrownBy(() -> calendar.with(new StringReader("日期,类型,名称\n2027-01-01,HOLIDAY,元旦\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第1行")
                .hasMessageContaining("date,kind,name");
        assertThatThrownBy(() -> calendar.with(new StringReader("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第1行");
    }

    @Test
    void anImpossibleDateIsReportedWithItsLine() {
        assertRejected("2027-01-01,HOLIDAY,元旦\n2027-02-30,HOLIDAY,春节\n", "第3行", "2027-02-30");
        assertRejected("2027/01/01,HOLIDAY,元旦\n", "第2行", "2027/01/01");
    }

    @Test
    void anUnknownKindIsReportedWithItsLine() {
        assertRejected("2027-01-01,HOLIDAYS,元旦\n", "第2行", "HOLIDAYS");
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRejected() {
        assertRejected("2027-01-04,WORKDAY,元旦\n", "第2行", "星期一");
    }

    @Test
    void aDateListedTwiceInTheSameFileIsRejected() {
        assertRejected("2027-01-01,HOLIDAY,元旦\n2027-01-02,HOLIDAY,元旦\n2027-01-01,HOLIDAY,元旦\n", "第4行", "第2行");
    }

    @Test
    void aRowWithoutThreeColumnsOrWithoutANameIsRejected() {
        assertRejected("2027-01-01,HOLIDAY\n", "第2行", "3列");
        assertRejected("2027-01-01,HOLIDAY,元旦,extra\n", "第2行", "4列");
        assertRejected("2027-01-01,HOLIDAY, \n", "第2行", "名称");
    }

    private void assertRejected(String rows, String line, String detail) {
        assertThatThrownBy(() -> calendar.with(new StringReader("date,kind,name\n" + rows)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(line)
                .hasMessageContaining(detail);
    }
}
