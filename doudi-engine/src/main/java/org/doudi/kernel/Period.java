package org.doudi.kernel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inclusive range of days: a benefit in payment, a household membership, a disability certificate.
 *
 * <p>A {@code null} {@code to} means the range is ongoing; a {@code null} {@code from} means it began
 * before records began. Not {@link java.time.Period}, which is a length of time, not a range of dates.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("结束日期早于开始日期：" + from + ".." + to);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    /** An ongoing range from a day, e.g. a benefit approved from the 1st of next month. */
    public static Period startingOn(LocalDate from) {
        return new Period(Objects.requireNonNull(from, "from"), null);
    }

    /** The whole calendar month. */
    public static Period ofMonth(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public boolean isOpen() {
        return to == null;
    }

    /** Whether the start is recorded ({@code false} for "since before records began"). */
    public boolean hasStart() {
        return from != null;
    }

    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(Period other) {
        return intersection(other).isPresent();
    }

    /** The days both ranges share, or empty if they share none. */
    public Optional<Period> intersection(Period other) {
        LocalDate start = later(from, other.from);
        LocalDate end = earlier(to, other.to);
        if (start != null && end != null && end.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(new Period(start, end));
    }

    /** The same range with {@code lastDay} as its last day (closes an ongoing range, or moves the end). */
    public Period endedOn(LocalDate lastDay) {
        return new Period(from, Objects.requireNonNull(lastDay, "lastDay"));
    }

    /**
     * The same range ending the day before {@code firstDayExcluded}: a benefit stopped "from next month" is
     * {@code endingBefore(Months.monthAfter(decisionDate).atDay(1))}.
     */
    public Period endingBefore(LocalDate firstDayExcluded) {
        return endedOn(firstDayExcluded.minusDays(1));
    }

    /** Number of days, both ends included; only for a range with a start and an end. */
    public long lengthInDays() {
        requireClosed();
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Every calendar month the range touches, in order; only for a range with a start and an end. */
    public List<YearMonth> months() {
        requireClosed();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    private void requireClosed() {
        if (from == null || to == null) {
            throw new IllegalStateException("range has no start or no end: " + this);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** {@code 2024-01-01..2024-12-31}; an open end is left blank: {@code 2024-01-01..}. */
    @Override
    public String toString() {
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
