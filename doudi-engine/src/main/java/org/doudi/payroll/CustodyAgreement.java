package org.doudi.payroll;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A filed card-custody agreement (代管, 民发〔2021〕57号第二十六条): the household's benefit is paid to an account
 * in the custodian's name. {@code expiresOn} null means open-ended.
 */
public record CustodyAgreement(String agreementId, String householdId, String custodianName, String account,
                               LocalDate filedDate, LocalDate expiresOn) {

    /**
     * Covers the household's payment into this account in the holder's name in the month: same household,
     * account and name, filed on or before the month's last day and not expired before its first day.
     */
    public boolean covers(String household, String paidAccount, String holder, YearMonth month) {
        return householdId.equals(household) && account.equals(paidAccount) && custodianName.equals(holder)
                && !filedDate.isAfter(month.atEndOfMonth())
                && (expiresOn == null || !expiresOn.isBefore(month.atDay(1)));
    }
}
