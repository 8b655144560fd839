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
 */
public record PayrollLine(String householdId, String idNumber, String name, Programme programme, YearMonth month,
                          BigDecimal amount, String account, String accountHolder, CharSequence basis, String region) {
}
