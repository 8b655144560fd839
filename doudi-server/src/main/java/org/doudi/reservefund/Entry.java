package org.doudi.reservefund;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a township's reserve-fund ledger.
 *
 * @param amount         positive, its direction given by the kind; null for a reconciliation
 * @param balanceAfter   the book balance after this entry (the running balance)
 * @param caseId         the temporary-assistance case paid (spendings and their returns)
 * @param reference      county allocation document number or bank slip
 * @param returnsEntryId for a return, the spending it gives back
 * @param countedBalance for a reconciliation, the cash and bank balance counted
 * @param difference     for a reconciliation, counted minus book; anything but zero is 账实不符
 * @param returned       for a spending, how much of it has been returned so far; null for other kinds
 */
public record Entry(long id, String townshipCode, EntryKind kind, BigDecimal amount, BigDecimal balanceAfter,
                    Long caseId, String payeeName, String purpose, String reference, Long returnsEntryId,
                    BigDecimal countedBalance, BigDecimal difference, String actor, Instant at, BigDecimal returned) {

    /** Plus for money in, minus for money out, zero for a reconciliation. */
    public BigDecimal signedAmount() {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.multiply(BigDecimal.valueOf(kind.sign()));
    }

    public BigDecimal balanceBefore() {
        return balanceAfter.subtract(signedAmount());
    }

    /** A reconciliation whose counted balance is not the book balance (账实不符). */
    public boolean mismatch() {
        return difference != null && difference.signum() != 0;
    }

    /** For a spending, what may still be returned. */
    public BigDecimal returnable() {
        return kind == EntryKind.SPENDING ? amount.subtract(returned == null ? BigDecimal.ZERO : returned) : BigDecimal.ZERO;
    }
}
