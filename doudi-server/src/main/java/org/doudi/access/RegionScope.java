package org.doudi.access;

import org.doudi.kernel.DivisionCode;

/**
 * The part of the country a user may see: a division and everything below it ({@link #NATIONAL}, with an
 * empty code, is the whole country, for batch commands run on the server itself). Repositories put
 * {@link #likePattern()} into their WHERE clauses, so scoping happens in the database, not in the page.
 */
public record RegionScope(String code) {

    public static final RegionScope NATIONAL = new RegionScope("");

    public RegionScope {
        if (!code.isEmpty()) {
            DivisionCode.parse(code);
        }
    }

    public static RegionScope of(DivisionCode region) {
        return new RegionScope(region.value());
    }

    public boolean contains(String other) {
        return other != null && other.startsWith(code);
    }

    /** For {@code region_code LIKE ?}: division codes are digits only, so no escaping is needed. */
    public String likePattern() {
        return code + "%";
    }

    /** Narrows to a sub-region if it lies inside this scope; otherwise stays as it is. */
    public RegionScope narrowedTo(String other) {
        return DivisionCode.tryParse(other).filter(c -> contains(c.value())).map(RegionScope::of).orElse(this);
    }

    @Override
    public String toString() {
        return code.isEmpty() ? "全国" : code;
    }
}
