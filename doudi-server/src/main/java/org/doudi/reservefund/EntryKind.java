package org.doudi.reservefund;

/** The kinds of ledger entry; the amount is always positive and the kind gives its direction. */
public enum EntryKind {
    /** County allocation into the fund (拨付). */
    TOP_UP(1),
    /** Emergency temporary assistance paid from the fund (先行救助支出). */
    SPENDING(-1),
    /** A spending cancelled or refunded, back into the fund (退回). */
    RETURN(1),
    /** Counted cash and bank balance against the book (对账); the balance does not change. */
    RECONCILIATION(0);

    private final int sign;

    EntryKind(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }
}
