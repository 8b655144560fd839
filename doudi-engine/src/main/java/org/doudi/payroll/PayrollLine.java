package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.doudi.kernel.Programme;

/**
 * One payment of a payroll: a household's monthly benefit in one programme for one month, paid to its account.
 * {@code idNumber} and {@code name} are the beneficiary's (the household's applicant);
 * {@code basis} says how the amount was reached: the registry's monthly amount (the decision of record) and,
 * where the registry gives enough, the engine's recomputation with the parameters and their sources. A line of
 * {@link Payroll} builds that text when it is read ({@code basis().toString()}) rather than holding it.
 * {@code months} is how many months of benefit the line pays: 1, or 3 for a programme paid quarterly; the audit
 * compares it with that many months of the maximum and of the recomputation.
 */
public record PayrollLine(String householdId, String idNumber, String name, Programme programme, YearMonth month,
                          BigDecimal amount, String account, String accountHolder, CharSequence basis, String region,
                          int months) {

    public PayrollLine {
        if (months < 1) {
            throw new IllegalArgumentException("months < 1: " + months);
        }
    }

    /** A line paying one month. */
    public PayrollLine(String householdId, String idNumber, String name, Programme programme, YearMonth month,
                       BigDecimal amount, String account, String accountHolder, CharSequence basis, String region) {
        this(householdId, idNumber, name, programme, month, amount, account, accountHolder, basis, region, 1);
    }
}
