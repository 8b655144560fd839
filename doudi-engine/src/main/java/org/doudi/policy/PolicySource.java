package org.doudi.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;

/** Where parameters come from: the loaded packs, resolved for a region, an area and a date. */
public interface PolicySource {

    /**
     * The parameters in force in the region (its own pack and its ancestors' up to the national defaults),
     * for the area, on the date.
     */
    Parameters at(DivisionCode region, Area area, LocalDate date);

    /** The most specific shipped pack that covers the region (e.g. "policy/12-tianjin.yaml"), if any. */
    Optional<String> packFor(DivisionCode region);
}
