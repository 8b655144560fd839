package org.doudi.tabular;

/**
 * Why a cell could not be read: a stable machine {@code code} (such as {@code DATE_INVALID}) and a
 * {@code reason} in Chinese that quotes the value, for the rejected-rows file and the upload screen.
 * The caller adds the file, line and column.
 */
public record ValueProblem(String code, String reason) {

    public static final String VALUE_EMPTY = "VALUE_EMPTY";
    public static final String DATE_FORMAT = "DATE_FORMAT";
    public static final String DATE_INVALID = "DATE_INVALID";
    public static final String AMOUNT_FORMAT = "AMOUNT_FORMAT";
    public static final String AMOUNT_PRECISION = "AMOUNT_PRECISION";
    public static final String AMOUNT_NEGATIVE = "AMOUNT_NEGATIVE";
    public static final String INTEGER_FORMAT = "INTEGER_FORMAT";
    public static final String INTEGER_RANGE = "INTEGER_RANGE";
    public static final String YES_NO_FORMAT = "YES_NO_FORMAT";
    public static final String ENUM_UNKNOWN = "ENUM_UNKNOWN";
}
