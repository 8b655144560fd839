package org.doudi.reservefund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A township's ledger over a period (dates in bureau time, both ends included, null for open), with the
 * balance before its first entry and after its last, and the balance today.
 */
public record Ledger(String townshipCode, String townshipName, LocalDate from, LocalDate to, BigDecimal opening,
                     BigDecimal closing, BigDecimal currentBalance, List<Entry> entries) {
}
