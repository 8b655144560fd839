package org.doudi.payroll.bank;

import java.time.LocalDate;
import java.util.List;
import org.doudi.tabular.RowProblem;

/**
 * What a bank's return file (回盘文件) says about a batch.
 *
 * <p>{@code outcomes} are the rows without problems, in file order. {@code problems} are every problem found,
 * each with its line (0: the file as a whole), column, value, code ({@link BankReturn}'s constants) and a
 * Chinese reason. {@code missingReferences} are the batch's references that no row of the file names, in batch
 * order.
 *
 * <p>All or nothing: if there is any problem, the caller applies none of the outcomes, and the file is corrected
 * and read again. A file without problems may still be partial: the bank may return a batch in several files,
 * so the missing references are not an error; those payments stay pending until a later return names them.
 */
public record BankReturnResult(List<Outcome> outcomes, List<RowProblem> problems, List<String> missingReferences) {

    /**
     * The bank's answer for one payment: paid, or failed with the bank's {@code reason} (e.g. 账户已销户).
     * {@code paidOn} is the date the bank paid; for a failure it is the date the bank gave, or {@code null}.
     * {@code reason} may accompany a payment too; it is {@code ""} when the bank gave none.
     */
    public record Outcome(String reference, boolean paid, String reason, LocalDate paidOn) {
    }

    public BankReturnResult {
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
        missingReferences = List.copyOf(missingReferences);
    }

    /** Whether the outcomes may be applied: the file had no problem at all. */
    public boolean acceptable() {
        return problems.isEmpty();
    }

    /** Whether every payment of the batch has an answer. */
    public boolean complete() {
        return missingReferences.isEmpty();
    }
}
