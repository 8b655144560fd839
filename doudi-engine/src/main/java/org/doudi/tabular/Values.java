package org.doudi.tabular;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Strict parsers for the cells of feeds and imports (contracts/feeds.md). Each trims its input, never
 * throws on user data, and returns {@link Parsed}: the value, or a {@link ValueProblem} whose reason quotes
 * the value. Blank input is {@link ValueProblem#VALUE_EMPTY}; wrap optional columns in
 * {@link #optional(String, Function)}.
 *
 * <p>Decisions on leniency, each made for what Excel and county staff actually produce:
 * <ul>
 *   <li>Dates: {@code YYYY-MM-DD}, {@code YYYY/MM/DD} and {@code YYYYMMDD}. With separators, month and
 *       day may have one digit ({@code 2025/3/1}: Excel writes dates so). The two separators must be
 *       the same. Days that do not exist ({@code 2025-02-30}) are {@code DATE_INVALID}. No time part,
 *       no {@code 2025年3月1日}, no {@code 2025.3.1}.</li>
 *   <li>Amounts are 元 with at most two decimals ({@code 1234.5}, {@code 1234.50}); more decimals are
 *       accepted only when they are zeros ({@code 12.500}, written by some systems), since the value is
 *       still exact to the 分. Thousands separators are accepted only when correctly grouped
 *       ({@code 1,234.50}, as Excel writes a number formatted with separators), never {@code 1,23}.
 *       No exponent, no plus sign, no currency sign or unit, no full-width digits. The result always
 *       has scale 2. {@link #amount} refuses negatives; {@link #signedAmount} allows them.</li>
 *   <li>Integers: ASCII digits with an optional minus sign, within {@code int}; {@code 3.0} is refused.</li>
 * </ul>
 */
public final class Values {

    private static final Pattern DATE_WITH_SEPARATORS = Pattern.compile("([1-9]\\d{3})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern DATE_COMPACT = Pattern.compile("([1-9]\\d{3})(\\d{2})(\\d{2})");
    private static final Pattern AMOUNT = Pattern.compile("(-?)(\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d+))?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private Values() {
    }

    /** A calendar date; see the class comment for the accepted forms. */
    public static Parsed<LocalDate> date(String text) {
        String value = clean(text);
        if (value.isEmpty()) {
            return empty();
        }
        if (value.length() == 10) {
            char separator = value.charAt(4);
            if ((separator == '-' || separator == '/') && value.charAt(7) == separator && value.charAt(0) != '0'
                    && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10)) {
                return dateOf(value, number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
            }
        }
        Matcher separated = DATE_WITH_SEPARATORS.matcher(value);
        if (separated.matches()) {
            return dateOf(value, separated.group(1), separated.group(3), separated.group(4));
        }
        Matcher compact = DATE_COMPACT.matcher(value);
        if (compact.matches()) {
            return dateOf(value, compact.group(1), compact.group(2), compact.group(3));
        }
        return Parsed.problem(ValueProblem.DATE_FORMAT,
                "日期“" + value + "”格式不对，应为YYYY-MM-DD、YYYY/MM/DD或YYYYMMDD，例如2025-03-01");
    }

    /** A non-negative amount in 元, scale 2. */
    public static Parsed<BigDecimal> amount(String text) {
        Parsed<BigDecimal> amount = signedAmount(text);
        if (amount.isValid() && amount.value().signum() < 0) {
            return Parsed.problem(ValueProblem.AMOUNT_NEGATIVE, "金额“" + clean(text) + "”不能为负数");
        }
        return amount;
    }

    /** An amount in 元 that may be negative (corrections, recoveries), scale 2. */
    public static Parsed<BigDecimal> signedAmount(String text) {
        String value = clean(text);
        if (value.isEmpty()) {
            return empty();
        }
        int point = value.indexOf('.');
        int whole = point < 0 ? value.length() : point;
        int decimals = point < 0 ? 0 : value.length() - point - 1;
        if (whole > 0 && whole <= 15 && (point < 0 || decimals == 1 || decimals == 2) && digits(value, 0, whole)
                && digits(value, whole + 1, value.length())) {
            long cents = number(value, 0, whole) * 100;
            if (decimals == 1) {
                cents += (value.charAt(whole + 1) - '0') * 10L;
            } else if (decimals == 2) {
                cents += number(value, whole + 1, whole + 3);
            }
            return Parsed.of(BigDecimal.valueOf(cents, 2));
        }
        Matcher matcher = AMOUNT.matcher(value);
        if (!matcher.matches()) {
            return Parsed.problem(ValueProblem.AMOUNT_FORMAT,
                    "金额“" + value + "”格式不对，应为以元为单位的数字，最多两位小数，例如1234.50");
        }
        String fraction = matcher.group(3) == null ? "" : matcher.group(3);
        if (fraction.length() > 2 && !fraction.substring(2).matches("0+")) {
            return Parsed.problem(ValueProblem.AMOUNT_PRECISION, "金额“" + value + "”超过两位小数（最小单位是分）");
        }
        BigDecimal amount = new BigDecimal(value.replace(",", ""));
        return Parsed.of(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** A whole number that fits in an {@code int}. */
    public static Parsed<Integer> integer(String text) {
        String value = clean(text);
        if (value.isEmpty()) {
            return empty();
        }
        if (value.length() <= 9 && digits(value, 0, value.length())) {
            return Parsed.of((int) number(value, 0, value.length()));
        }
        if (!INTEGER.matcher(value).matches()) {
            return Parsed.problem(ValueProblem.INTEGER_FORMAT, "“" + value + "”不是整数");
        }
        try {
            return Parsed.of(Integer.parseInt(value));
        } catch (NumberFormatException tooLarge) {
            return Parsed.problem(ValueProblem.INTEGER_RANGE, "整数“" + value + "”超出范围");
        }
    }

    /** Yes or no: {@code Y/N}, {@code 是/否}, {@code 1/0}, {@code TRUE/FALSE}, ignoring case. */
    public static Parsed<Boolean> yesNo(String text) {
        String value = clean(text);
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "" -> empty();
            case "Y", "是", "1", "TRUE" -> Parsed.of(true);
            case "N", "否", "0", "FALSE" -> Parsed.of(false);
            default -> Parsed.problem(ValueProblem.YES_NO_FORMAT,
                    "“" + value + "”不是“是/否”，应为Y/N、是/否、1/0或TRUE/FALSE");
        };
    }

    /** A constant of the enum, by name, ignoring case; the problem lists the allowed names. */
    public static <E extends Enum<E>> Parsed<E> enumValue(Class<E> type, String text) {
        String value = clean(text);
        if (value.isEmpty()) {
            return empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return Parsed.of(constant);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
        return Parsed.problem(ValueProblem.ENUM_UNKNOWN, "“" + value + "”不是允许的值，应为：" + allowed);
    }

    /** For an optional column: blank is a valid empty value, anything else must satisfy the parser. */
    public static <T> Parsed<Optional<T>> optional(String text, Function<String, Parsed<T>> parser) {
        if (clean(text).isEmpty()) {
            return Parsed.of(Optional.empty());
        }
        return parser.apply(text).map(Optional::of);
    }

    /** Whether every character in [from, to) is an ASCII digit. */
    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The ASCII digits in [from, to) as a number (at most 18 of them). */
    private static long number(String value, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    private static Parsed<LocalDate> dateOf(String value, long year, long month, long day) {
        try {
            return Parsed.of(LocalDate.of((int) year, (int) month, (int) day));
        } catch (DateTimeException noSuchDay) {
            return Parsed.problem(ValueProblem.DATE_INVALID, "日期“" + value + "”不存在");
        }
    }

    private static Parsed<LocalDate> dateOf(String value, String year, String month, String day) {
        try {
            return Parsed.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException noSuchDay) {
            return Parsed.problem(ValueProblem.DATE_INVALID, "日期“" + value + "”不存在");
        }
    }

    private static <T> Parsed<T> empty() {
        return Parsed.problem(ValueProblem.VALUE_EMPTY, "值为空");
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
