package org.doudi.policy;

import java.time.LocalDate;

/**
 * One parameter as read for a region, area and date: its value, unit, the date the value took effect, its
 * citation, whether it is only illustrative (no official figure was found), and where it came from (the
 * pack file, or {@code request override}).
 *
 * <p>{@code value} is a {@link java.math.BigDecimal}, {@link Boolean}, {@link String}, a
 * {@code List} or a {@code Map} (tables), as the catalogue says for the parameter.
 */
public record ParameterValue(
        String name,
        Object value,
        Unit unit,
        LocalDate effectiveFrom,
        String citation,
        boolean illustrative,
        String source) {

    public static final String REQUEST_OVERRIDE = "request override";

    public boolean overridden() {
        return REQUEST_OVERRIDE.equals(source);
    }
}
