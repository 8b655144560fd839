package org.doudi.registry;

import java.time.Instant;

/** A household's own fields. */
public record HouseholdDetail(
        long id,
        String householdNo,
        String regionCode,
        String regionFullName,
        String area,
        String address,
        boolean staffRelative,
        int version,
        Instant createdAt,
        Instant updatedAt) {
}
