package org.doudi.access;

import org.doudi.kernel.DivisionCode;

/**
 * The part of the country a user may see: a division and everything below it. Repositories put
 * {@link #likePattern()} into their WHERE clauses, so scoping happens in the database, not in the page.
 */
public record RegionScope(DivisionCode region) {

    public boolean contains(String code) {
        return code != null && code.startsWith(region.value());
    }

    /** For {@code region_code LIKE ?}: division codes are digits only, so no escaping is needed. */
    public String likePattern() {
        return region.value() + "%";
    }

    /** Narrows to a sub-region if it lies inside this scope; otherwise stays as it is. */
    public RegionScope narrowedTo(String code) {
        return DivisionCode.tryParse(code).filter(c -> region.contains(c)).map(RegionScope::new).orElse(this);
    }
}
