package org.doudi.reservefund;

import org.doudi.access.Role;

/**
 * What a user may do with a township's reserve fund, by role. The region is checked as well: the township
 * must lie in the user's region (a village assistant's own township, for the balance only).
 */
public enum FundAction {
    /** The balance alone: every role, village assistants for their own township. */
    READ_BALANCE("查看备用金余额"),
    /** The ledger and the summary: everyone but village assistants. */
    READ_LEDGER("查看备用金台账"),
    /** County allocations into a township's fund. */
    TOP_UP("拨付备用金"),
    /** Counting the cash and bank balance against the book. */
    RECONCILE("核对备用金"),
    /** Paying emergency temporary assistance from the fund (先行救助). */
    SPEND("支出备用金"),
    /** Giving back a payment that was cancelled or refunded. */
    RETURN("退回备用金支出");

    private final String description;

    FundAction(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean allowedTo(Role role) {
        return switch (this) {
            case READ_BALANCE -> true;
            case READ_LEDGER -> role != Role.VILLAGE_ASSISTANT;
            case TOP_UP, RECONCILE -> role == Role.COUNTY_REVIEWER || role == Role.ADMIN;
            case SPEND, RETURN -> role == Role.TOWNSHIP_CASEWORKER || role == Role.TOWNSHIP_APPROVER
                    || role == Role.COUNTY_REVIEWER;
        };
    }
}
