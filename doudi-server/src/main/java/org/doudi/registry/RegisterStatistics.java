package org.doudi.registry;

import java.math.BigDecimal;
import java.util.List;

/** Counts for the dashboard, within the user's scope. */
public record RegisterStatistics(long households, long persons, List<ProgrammeCount> byProgramme) {

    /** Households currently in a programme with a status, and their monthly amounts. */
    public record ProgrammeCount(String programme, String status, long households, BigDecimal monthlyAmount) {
    }
}
