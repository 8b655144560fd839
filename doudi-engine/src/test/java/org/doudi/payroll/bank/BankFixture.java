package org.doudi.payroll.bank;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** Batches and payments for the bank file tests. */
final class BankFixture {

    private BankFixture() {
    }

    static BankBatch batch() {
        return new BankBatch("B202610-340827-01", "某某县民政局", "340827", YearMonth.of(2026, 10),
                LocalDateTime.of(2026, 10, 5, 9, 30));
    }

    /** The payment numbered {@code n}: reference P202610-00000n, account 62170000000000n (16 digits). */
    static BankPayment payment(int n, String amount) {
        return new BankPayment(String.format("P202610-%06d", n), String.format("62170000%08d", n), "受助人" + n,
                new BigDecimal(amount), "2026年10月低保金", "340827**********1X", String.format("H%05d", n),
                "340827100", "DIBAO");
    }

    /** The two payments of the worked example in docs/bank-file.md. */
    static BankFile documentedExample() {
        return new BankFile(batch(), List.of(
                new BankPayment("P202610-000001", "6217000010000001", "张三", new BigDecimal("650.00"),
                        "2026年10月低保金", "340827**********1X", "H00001", "340827100", "DIBAO"),
                new BankPayment("P202610-000002", "6228480020000002", "李四", new BigDecimal("1312.5"),
                        "2026年10月特困供养金", "340827**********23", "H00002", "340827101", "EXTREME_POVERTY")));
    }

    static byte[] csv(BankFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeCsv(out);
        return out.toByteArray();
    }

    static byte[] xlsx(BankFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeXlsx(out);
        return out.toByteArray();
    }

    static BankFileVerification verify(byte[] bytes, String fileName) {
        return BankFile.verify(new ByteArrayInputStream(bytes), fileName);
    }
}
