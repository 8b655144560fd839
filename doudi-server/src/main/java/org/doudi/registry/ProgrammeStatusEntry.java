package org.doudi.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One programme status of a household; {@code supersededAt} null marks the current one. */
public record ProgrammeStatusEntry(
        long id,
        String programme,
        String status,
        BigDecimal monthlyAmount,
        LocalDate enrolledSince,
        LocalDate statusSince,
        String reason,
        String recordedBy,
        Instant recordedAt,
        Instant supersededAt) {

    public boolean current() {
        return supersededAt == null;
    }
}
