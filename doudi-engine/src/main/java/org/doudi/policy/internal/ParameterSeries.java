package org.doudi.policy.internal;

import java.time.LocalDate;
import java.util.List;
import org.doudi.kernel.Area;
import org.doudi.policy.ParameterValue;

/**
 * The dated values of one parameter in one pack: one list for both areas, or one per area. A null
 * value ends the parameter from its date, so the parent pack's value applies again.
 */
public record ParameterSeries(String name, List<ParameterValue> both, List<ParameterValue> urban, List<ParameterValue> rural) {

    /** The value in force on the date for the area; null if this pack says nothing (then the parent decides). */
    public ParameterValue at(Area area, LocalDate date) {
        List<ParameterValue> values = area == Area.URBAN && urban != null ? urban
                : area == Area.RURAL && rural != null ? rural : both;
        if (values == null) {
            return null;
        }
        ParameterValue found = null;
        for (ParameterValue v : values) { // few entries, ordered by date
            if (v.effectiveFrom().isAfter(date)) {
                break;
            }
            found = v;
        }
        return found == null || found.value() == null ? null : found;
    }

    /** Every date on which a value of this series takes effect. */
    public java.util.stream.Stream<LocalDate> dates() {
        return java.util.stream.Stream.of(both, urban, rural).filter(java.util.Objects::nonNull)
                .flatMap(List::stream).map(ParameterValue::effectiveFrom);
    }
}
