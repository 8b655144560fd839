package org.doudi.payroll.bank;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.doudi.tabular.TableWriter;

/**
 * A batch of payments as the file sent to the bank (代发文件), CSV (UTF-8 with byte-order mark) or .xlsx (every
 * cell text), laid out as in docs/bank-file.md:
 *
 * <pre>
 * BATCH,batch_id=B202610-01,payer=某某县民政局,region=340827,month=2026-10,created_at=2026-10-05T09:30:00
 * seq,reference,account,holder,amount,purpose,household_id,id_number
 * 1,P202610-000001,6217000010000001,张三,650.00,2026年10月低保金,H0001,340827**********1X
 * 2,...
 * TOTAL,count=2,amount=1300.00
 * CHECKSUM,sha256=&lt;64 lowercase hex digits&gt;
 * </pre>
 *
 * The checksum is SHA-256 over the UTF-8 bytes of the payment rows in the canonical form
 * {@code reference|account|holder|amount} (amount with two decimals), in file order, joined by {@code \n}.
 * {@link #verify} reads such a file back and checks every part of it. Amounts are {@link BigDecimal}s with two
 * decimals throughout; nothing is ever a floating-point number.
 *
 * <p>The constructor throws {@link IllegalArgumentException} for an empty batch or a reference that occurs twice.
 */
public record BankFile(BankBatch batch, List<BankPayment> payments) {

    /** The payment columns, in file order. */
    public static final List<String> COLUMNS = List.of("seq", "reference", "account", "holder", "amount", "purpose",
            "household_id", "id_number");

    /** The first cell of the batch line, the totals line and the checksum line. */
    public static final String BATCH = "BATCH";
    public static final String TOTAL = "TOTAL";
    public static final String CHECKSUM = "CHECKSUM";

    /** Excel's rows per sheet; the reader reads one sheet, so a workbook must fit in it. */
    static final int MAX_XLSX_PAYMENTS = 1_048_576 - 4;

    public BankFile {
        Objects.requireNonNull(batch, "批次不能为空");
        payments = List.copyOf(payments);
        if (payments.isEmpty()) {
            throw new IllegalArgumentException("批次" + batch.batchId() + "中没有付款");
        }
        Set<String> references = new HashSet<>();
        for (BankPayment payment : payments) {
            if (!references.add(payment.reference())) {
                throw new IllegalArgumentException("批次" + batch.batchId() + "中付款编号重复：" + payment.reference());
            }
        }
    }

    /** The number of payments. */
    public int count() {
        return payments.size();
    }

    /** The sum of the amounts, two decimals. */
    public BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (BankPayment payment : payments) {
            total = total.add(payment.amount());
        }
        return total;
    }

    /** The checksum written on the last line: 64 lowercase hex digits. */
    public String checksum() {
        Checksum checksum = new Checksum();
        for (BankPayment p : payments) {
            checksum.add(Checksum.canonicalRow(p.reference(), p.account(), p.holder(), Checksum.amountText(p.amount())));
        }
        return checksum.hex();
    }

    /** Writes the file as CSV, UTF-8 with a byte-order mark, {@code \n} line ends; the stream is left open. */
    public void writeCsv(OutputStream out) {
        try (TableWriter writer = TableWriter.csv(out)) {
            write(writer);
        }
    }

    /**
     * Writes the file as an .xlsx workbook of one sheet named after the batch, every cell text; the stream is
     * left open. Throws {@link IllegalStateException} if the batch does not fit in one sheet.
     */
    public void writeXlsx(OutputStream out) {
        if (payments.size() > MAX_XLSX_PAYMENTS) {
            throw new IllegalStateException("批次有" + payments.size() + "笔付款，超过一个Excel工作表的上限"
                    + MAX_XLSX_PAYMENTS + "笔，请导出CSV");
        }
        try (TableWriter writer = TableWriter.xlsx(out, batch.batchId())) {
            write(writer);
        }
    }

    /**
     * Reads a bank file (CSV or .xlsx, as written by this class) and checks its layout, its rows, the totals
     * line and the checksum. Never throws on the file's content: what is wrong is in
     * {@link BankFileVerification#problems()}. The stream is closed afterwards.
     */
    public static BankFileVerification verify(InputStream in, String fileName) {
        return BankFileVerifier.verify(in, fileName);
    }

    private void write(TableWriter writer) {
        writer.writeRow(BATCH, "batch_id=" + batch.batchId(), "payer=" + batch.payer(), "region=" + batch.region(),
                "month=" + batch.month(), "created_at=" + BankBatch.CREATED_AT.format(batch.createdAt()));
        writer.writeRow(COLUMNS);
        Checksum checksum = new Checksum();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int seq = 0;
        for (BankPayment p : payments) {
            String amount = Checksum.amountText(p.amount());
            writer.writeRow(String.valueOf(++seq), p.reference(), p.account(), p.holder(), amount, p.purpose(),
                    p.householdId(), p.idNumber());
            checksum.add(Checksum.canonicalRow(p.reference(), p.account(), p.holder(), amount));
            total = total.add(p.amount());
        }
        writer.writeRow(TOTAL, "count=" + seq, "amount=" + total.toPlainString());
        writer.writeRow(CHECKSUM, "sha256=" + checksum.hex());
    }
}
