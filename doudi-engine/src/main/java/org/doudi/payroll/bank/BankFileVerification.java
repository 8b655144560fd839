package org.doudi.payroll.bank;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.tabular.RowProblem;

/**
 * What {@link BankFile#verify} found in a bank file: the batch of its first line ({@code null} if that line could
 * not be read), the number of payment rows, the sum of their readable amounts and the checksum computed from the
 * rows, whatever the file declares. The file is intact when {@link #problems()} is empty; otherwise each problem
 * names its line (0: the file as a whole), column, value, one of the codes below (or, for a file that cannot be
 * read as a table at all, a {@link org.doudi.tabular.TableException.Code} such as {@code FILE_ENCODING_UNDECIDABLE})
 * and a reason in Chinese.
 */
public record BankFileVerification(BankBatch batch, int count, BigDecimal total, String checksum,
                                   List<RowProblem> problems) {

    /** The first line is not {@code BATCH,batch_id=…,payer=…,region=…,month=…,created_at=…} with valid values. */
    public static final String BATCH_LINE_INVALID = "BATCH_LINE_INVALID";
    /** The second line is not the column header {@code seq,reference,account,holder,amount,purpose,household_id,id_number}. */
    public static final String COLUMNS_INVALID = "COLUMNS_INVALID";
    /** A payment row's {@code seq} is not the next number (1, 2, 3, ...). */
    public static final String SEQ_INVALID = "SEQ_INVALID";
    /** A payment row's {@code reference}, {@code account} or {@code holder} is empty. */
    public static final String VALUE_MISSING = "VALUE_MISSING";
    /** A payment row's {@code reference} was already on an earlier row. */
    public static final String DUPLICATE_REFERENCE = "DUPLICATE_REFERENCE";
    /** A payment row's {@code amount} is not a positive amount written with exactly two decimals. */
    public static final String AMOUNT_INVALID = "AMOUNT_INVALID";
    /** No {@code TOTAL} line after the payment rows. */
    public static final String TOTALS_MISSING = "TOTALS_MISSING";
    /** The {@code TOTAL} line is not {@code TOTAL,count=<n>,amount=<0.00>}. */
    public static final String TOTALS_INVALID = "TOTALS_INVALID";
    /** The {@code TOTAL} line's count differs from the number of payment rows. */
    public static final String COUNT_MISMATCH = "COUNT_MISMATCH";
    /** The {@code TOTAL} line's amount differs from the sum of the payment rows. */
    public static final String TOTAL_MISMATCH = "TOTAL_MISMATCH";
    /** No {@code CHECKSUM} line. */
    public static final String CHECKSUM_MISSING = "CHECKSUM_MISSING";
    /** The {@code CHECKSUM} line is not {@code CHECKSUM,sha256=<64 lowercase hex digits>}. */
    public static final String CHECKSUM_INVALID = "CHECKSUM_INVALID";
    /** The declared checksum differs from the one computed from the payment rows: the rows were altered. */
    public static final String CHECKSUM_MISMATCH = "CHECKSUM_MISMATCH";
    /** A line where none belongs: a payment row after the totals, a second totals line, anything after the checksum. */
    public static final String LINE_UNEXPECTED = "LINE_UNEXPECTED";

    public BankFileVerification {
        problems = List.copyOf(problems);
    }

    /** Whether the file is intact: readable, well laid out, and its totals and checksum agree with its rows. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
