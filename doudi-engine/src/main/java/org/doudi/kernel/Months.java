package org.doudi.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Helpers for {@link YearMonth}: payroll months, "from the next month" starts, quarterly reports. */
public final class Months {

    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private Months() {
    }

    public static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }

    public static LocalDate lastDay(YearMonth month) {
        return month.atEndOfMonth();
    }

    /**
     * The month after the one containing {@code date}. Benefits approved, increased or stopped on a date
     * take effect "from the next month" (次月起), so a decision of 2024-01-31 starts in 2024-02.
     */
    public static YearMonth monthAfter(LocalDate date) {
        return YearMonth.from(date).plusMonths(1);
    }

    /**
     * Months from {@code from} to {@code to}: 2024-01 to 2024-03 is 2 (add one to count both ends);
     * negative when {@code to} is earlier.
     */
    public static long monthsBetween(YearMonth from, YearMonth to) {
        return from.until(to, ChronoUnit.MONTHS);
    }

    /** Every month from {@code first} to {@code last}, both included; empty if {@code last} is earlier. */
    public static List<YearMonth> range(YearMonth first, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /** The quarter, 1 to 4: January to March is quarter 1. */
    public static int quarterOf(YearMonth month) {
        return (month.getMonthValue() - 1) / 3 + 1;
    }

    /** Parses {@code YYYY-MM}, e.g. {@code 2024-03}; throws {@link IllegalArgumentException} otherwise. */
    public static YearMonth parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (YEAR_MONTH.matcher(trimmed).matches()) {
            try {
                return YearMonth.of(Integer.parseInt(trimmed.substring(0, 4)), Integer.parseInt(trimmed.substring(5)));
            } catch (DateTimeException e) {
                // month 00 or 13..99: reported below like any other bad text
            }
        }
        throw new IllegalArgumentException("不是有效的年月（应为YYYY-MM）：" + text);
    }
}
