package org.doudi.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days under the State Council's yearly holiday notices (国务院办公厅关于部分节假日安排的通知), for
 * deadlines such as "within 3 working days of acceptance".
 *
 * <p>A day is a working day if it is Monday to Friday and not a {@link DayKind#HOLIDAY}, or if it is a
 * make-up {@link DayKind#WORKDAY} (调休上班). The data are a CSV with the header {@code date,kind,name}:
 * {@link #china()} ships 2020 to 2026 (see {@code holidays/NOTICE.md}); {@link #with(Reader)} adds a later
 * notice without a release. Instances are immutable.
 */
public final class WorkingDayCalendar {

    private static final String RESOURCE = "holidays/cn-holidays.csv";
    private static final String HEADER = "date,kind,name";

    /** What a listed date is: a day off, or a weekend day that is worked. */
    public enum DayKind {
        HOLIDAY, WORKDAY
    }

    /** One listed date, with the holiday heading of the notice, e.g. 2026-10-10 WORKDAY 国庆节. */
    public record Entry(LocalDate date, DayKind kind, String name) {
    }

    private final NavigableMap<LocalDate, Entry> entries;
    private final SortedSet<Integer> coveredYears;

    private WorkingDayCalendar(NavigableMap<LocalDate, Entry> entries) {
        this.entries = Collections.unmodifiableNavigableMap(entries);
        TreeSet<Integer> years = new TreeSet<>();
        // every notice starts with 元旦, 1 January; the only dates it lists in another year lead up to that day
        entries.values().stream()
                .filter(e -> e.kind() == DayKind.HOLIDAY && e.date().getDayOfYear() == 1)
                .forEach(e -> years.add(e.date().getYear()));
        this.coveredYears = Collections.unmodifiableSortedSet(years);
    }

    private static final class Shipped {
        static final WorkingDayCalendar CHINA = loadShipped();
    }

    /** The national calendar shipped with Doudi (2020 to 2026), loaded once. */
    public static WorkingDayCalendar china() {
        return Shipped.CHINA;
    }

    private static WorkingDayCalendar loadShipped() {
        try (InputStream raw = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("holiday resource missing: " + RESOURCE);
            }
            return new WorkingDayCalendar(read(new InputStreamReader(raw, StandardCharsets.UTF_8), new TreeMap<>()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This calendar plus the dates of another CSV in the same format (e.g. the 2027 notice). The CSV is
     * validated first; a date that this calendar already lists is an error, so shipped years cannot be
     * changed by accident. The reader is not closed.
     *
     * @throws IllegalArgumentException naming the line of the first problem
     */
    public WorkingDayCalendar with(Reader extraCsv) {
        return new WorkingDayCalendar(read(extraCsv, new TreeMap<>(entries)));
    }

    public boolean isWorkingDay(LocalDate date) {
        Entry entry = entries.get(date);
        if (entry != null) {
            return entry.kind() == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The first working day after {@code date} (the date itself is not counted). */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The {@code n}-th working day after {@code start}, which is not counted: a duty "within 3 working days
     * of acceptance" is due on {@code addWorkingDays(acceptedOn, 3)}. For {@code n = 0}: {@code start} if it
     * is a working day, else the next one.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return isWorkingDay(start) ? start : nextWorkingDay(start);
        }
        LocalDate day = start;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * Working days after {@code fromExclusive} up to and including {@code toInclusive}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code toInclusive} is earlier.
     */
    public long workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        long count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether the notice for {@code year} is in the data. For a year that is not covered the calendar still
     * answers, with plain Monday-to-Friday working days, so a deadline in an uncovered year may be wrong by
     * the holidays of that year: callers should warn the user, or add the notice with {@link #with(Reader)}.
     */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** The years whose notice is in the data, ascending. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** The listed holiday or make-up day on a date, e.g. to explain a deadline; empty for ordinary days. */
    public Optional<Entry> entryOn(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    /** Every listed date, in date order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Reads and validates a CSV into {@code into}, which may already hold dates; returns {@code into}. */
    private static TreeMap<LocalDate, Entry> read(Reader csv, TreeMap<LocalDate, Entry> into) {
        Objects.requireNonNull(csv, "csv");
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        BufferedReader reader = new BufferedReader(csv);
        try {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
                throw new IllegalArgumentException(at(1, "表头应为 " + HEADER + "，实际为：" + header));
            }
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    Entry entry = parseLine(line, number);
                    reject(entry, number, lineOf.get(entry.date()), into.get(entry.date()));
                    into.put(entry.date(), entry);
                    lineOf.put(entry.date(), number);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry parseLine(String line, int number) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException(at(number, "应有3列（" + HEADER + "），实际为" + fields.length + "列：" + line));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at(number, "日期无效（应为YYYY-MM-DD）：" + fields[0]), e);
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(fields[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at(number, "类型应为 HOLIDAY 或 WORKDAY：" + fields[1]), e);
        }
        String name = fields[2].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(at(number, "缺少节日名称"));
        }
        return new Entry(date, kind, name);
    }

    private static void reject(Entry entry, int number, Integer sameFileLine, Entry existing) {
        DayOfWeek day = entry.date().getDayOfWeek();
        if (entry.kind() == DayKind.WORKDAY && day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
            // a make-up working day moves a weekend day; a weekday is a working day already
            throw new IllegalArgumentException(at(number, "调休上班日 " + entry.date() + " 是"
                    + day.getDisplayName(TextStyle.FULL, Locale.CHINA) + "，只能是星期六或星期日"));
        }
        if (sameFileLine != null) {
            throw new IllegalArgumentException(at(number, "日期 " + entry.date() + " 重复（第" + sameFileLine + "行已列出）"));
        }
        if (existing != null) {
            throw new IllegalArgumentException(at(number, "日期 " + entry.date() + " 已在日历中（"
                    + existing.kind() + " " + existing.name() + "）"));
        }
    }

    private static String at(int line, String problem) {
        return "节假日数据第" + line + "行：" + problem;
    }
}
