package org.doudi.reservefund;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A township's fund in the summary: the book balance, this year's allocations, spending and returns, and the
 * last reconciliation (null if never reconciled).
 */
public record TownshipFund(String townshipCode, String townshipName, BigDecimal balance, int year,
                           BigDecimal topUps, BigDecimal spending, BigDecimal returns,
                           Instant lastReconciledAt, BigDecimal lastDifference) {

    /** Whether the last count matched the book: never counted, 账实相符, or 账实不符. */
    public enum ReconciliationStatus { NEVER, MATCHED, MISMATCHED }

    public ReconciliationStatus reconciliationStatus() {
        if (lastReconciledAt == null) {
            return ReconciliationStatus.NEVER;
        }
        return lastDifference.signum() == 0 ? ReconciliationStatus.MATCHED : ReconciliationStatus.MISMATCHED;
    }
}
