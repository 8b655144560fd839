package org.doudi.tabular;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Turns a workbook cell into the text a person sees in Excel, so that workbook and CSV rows go through
 * the same validators:
 * <ul>
 *   <li>text as it is; booleans as {@code Y}/{@code N}; errors as their code ({@code #N/A});</li>
 *   <li>numbers as plain decimals ({@code 1500}, {@code 12.5}, never {@code 1.5E3} or {@code 1500.0});
 *       a fraction longer than the 15 significant digits Excel shows is rounded to them, so binary
 *       noise such as {@code 0.30000000000000004} reads {@code 0.3}; whole numbers are kept exact;</li>
 *   <li>numbers in a date format as ISO dates ({@code 2025-03-01}), with {@code HH:mm:ss} added when the
 *       time of day is not midnight; in a time-only format as {@code HH:mm:ss}.</li>
 * </ul>
 * Formula cells give their cached result, converted by the same rules.
 */
final class XlsxCells {

    /** Built-in number formats that are dates or times (ECMA-376 18.8.30, and the zh-CN ones 27-36, 50-58). */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(
            14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58);
    private static final Set<Integer> BUILT_IN_TIME_FORMATS = Set.of(18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56);
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private XlsxCells() {
    }

    /** Whether the cell holds a number shown as a number (not a date) in Excel. */
    static boolean isNumeric(Cell cell) {
        return cell != null && cell.getValue() instanceof BigDecimal && kindOf(cell) == Kind.NUMBER;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.ERROR) {
            return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return numberText(cell, number);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Y" : "N";
        }
        return value == null ? "" : value.toString();
    }

    private static String numberText(Cell cell, BigDecimal number) {
        try {
            return switch (kindOf(cell)) {
                case DATE -> dateText(cell.asDate());
                case TIME -> roundToSecond(cell.asDate()).format(TIME);
                case NUMBER -> plain(number);
            };
        } catch (RuntimeException outOfDateRange) {
            return plain(number);
        }
    }

    static String plain(BigDecimal number) {
        BigDecimal shown = number.scale() > 0 && number.precision() > EXCEL_PRECISION.getPrecision()
                ? number.round(EXCEL_PRECISION) : number;
        return shown.stripTrailingZeros().toPlainString();
    }

    private static String dateText(LocalDateTime dateTime) {
        LocalDateTime rounded = roundToSecond(dateTime);
        if (rounded.toLocalTime().toSecondOfDay() == 0) {
            return rounded.toLocalDate().toString();
        }
        return rounded.format(DATE_TIME);
    }

    private static LocalDateTime roundToSecond(LocalDateTime dateTime) {
        return dateTime.plusNanos(500_000_000).truncatedTo(ChronoUnit.SECONDS);
    }

    enum Kind { NUMBER, DATE, TIME }

    private static Kind kindOf(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return Kind.DATE;
        }
        if (id != null && BUILT_IN_TIME_FORMATS.contains(id)) {
            return Kind.TIME;
        }
        return kindOf(cell.getDataFormatString());
    }

    /**
     * Classifies a custom number format by its letters, after removing what is not a placeholder:
     * quoted text ({@code "年"}), escaped characters, bracketed colours and locales ({@code [Red]},
     * {@code [$-804]}) and the text section. {@code y} or {@code d} makes it a date; {@code h} or {@code s}
     * without them a time; {@code m} alone (a month name) a date.
     */
    static Kind kindOf(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return Kind.NUMBER;
        }
        String letters = format.toLowerCase()
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[(?!h\\]|hh\\]|m\\]|mm\\]|s\\]|ss\\])[^]]*]", "")
                .replaceAll("[^ydmhs]", "");
        if (letters.contains("y") || letters.contains("d")) {
            return Kind.DATE;
        }
        if (letters.contains("h") || letters.contains("s")) {
            return Kind.TIME;
        }
        return letters.contains("m") ? Kind.DATE : Kind.NUMBER;
    }
}
