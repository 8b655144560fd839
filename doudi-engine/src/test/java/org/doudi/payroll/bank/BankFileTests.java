package org.doudi.payroll.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.doudi.payroll.bank.BankFixture.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.TableWriter;
import org.junit.jupiter.api.Test;

class BankFileTests {

    /** The checksum of the worked example, as docs/bank-file.md gives it. */
    static final String DOCUMENTED_CHECKSUM = "609937f45c929cd95f9c7dd41da21c074639ad2a848d36b043a128b8bcb7d520";

    @Test
    void the_csv_file_has_the_documented_layout_in_utf8_with_a_byte_order_mark() {
        byte[] bytes = csv(documentedExample());

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("""
                BATCH,batch_id=B202610-340827-01,payer=某某县民政局,region=340827,month=2026-10,created_at=2026-10-05T09:30:00
                seq,reference,account,holder,amount,purpose,household_id,id_number
                1,P202610-000001,6217000010000001,张三,650.00,2026年10月低保金,H00001,340827**********1X
                2,P202610-000002,6228480020000002,李四,1312.50,2026年10月特困供养金,H00002,340827**********23
                TOTAL,count=2,amount=1962.50
                CHECKSUM,sha256=%s
                """.formatted(DOCUMENTED_CHECKSUM));
    }

    @Test
    void the_checksum_is_sha256_over_the_canonical_rows_joined_by_newlines() throws Exception {
        String canonical = "P202610-000001|6217000010000001|张三|650.00\nP202610-000002|6228480020000002|李四|1312.50";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));

        assertThat(documentedExample().checksum()).isEqualTo(java.util.HexFormat.of().formatHex(digest))
                .isEqualTo(DOCUMENTED_CHECKSUM);
    }

    @Test
    void an_exported_csv_file_verifies_and_reports_what_it_holds() {
        BankFile file = documentedExample();

        BankFileVerification found = verify(csv(file), "B202610-340827-01.csv");

        assertThat(found.problems()).isEmpty();
        assertThat(found.valid()).isTrue();
        assertThat(found.batch()).isEqualTo(batch());
        assertThat(found.count()).isEqualTo(2);
        assertThat(found.total()).isEqualTo(new BigDecimal("1962.50"));
        assertThat(found.checksum()).isEqualTo(file.checksum());
    }

    @Test
    void an_exported_xlsx_file_verifies_and_every_cell_is_text() {
        BankFile file = new BankFile(batch(), List.of(payment(1, "650"), payment(2, "0.01"),
                new BankPayment("P202610-000003", "6222021234567890123", "王五,王小五", new BigDecimal("80.10"),
                        "2026年10月临时救助金，含补发", "", "H00003", "340827100", "TEMPORARY")));

        byte[] bytes = xlsx(file);
        BankFileVerification found = verify(bytes, "B202610-340827-01.xlsx");

        assertThat(found.problems()).isEmpty();
        assertThat(found.batch()).isEqualTo(batch());
        assertThat(found.count()).isEqualTo(3);
        assertThat(found.total()).isEqualTo(new BigDecimal("730.11"));
        assertThat(found.checksum()).isEqualTo(file.checksum());
        List<TableRow> rows = rows(bytes, "B202610-340827-01.xlsx");
        assertThat(rows.get(3).cells()).startsWith("3", "P202610-000003", "6222021234567890123", "王五,王小五", "80.10");
    }

    @Test
    void ten_thousand_payments_of_a_cent_over_whole_yuan_add_up_to_the_cent_in_csv_and_xlsx() {
        List<BankPayment> payments = new ArrayList<>();
        long expectedFen = 0;
        for (int n = 1; n <= 10_000; n++) {
            payments.add(payment(n, (n % 997) + ".01"));
            expectedFen += (n % 997) * 100L + 1;
        }
        BankFile file = new BankFile(batch(), payments);
        BigDecimal expected = BigDecimal.valueOf(expectedFen, 2);

        assertThat(file.total()).isEqualTo(expected);
        for (byte[] bytes : List.of(csv(file), xlsx(file))) {
            BankFileVerification found = verify(bytes, "B202610-340827-01");
            assertThat(found.problems()).isEmpty();
            assertThat(found.count()).isEqualTo(10_000);
            assertThat(found.total()).isEqualTo(expected).hasToString(expected.toPlainString());
        }
        assertThat(new String(csv(file), StandardCharsets.UTF_8)).contains("TOTAL,count=10000,amount=" + expected.toPlainString() + "\n");
    }

    @Test
    void a_tampered_amount_fails_the_checksum_and_the_totals() {
        String text = new String(csv(documentedExample()), StandardCharsets.UTF_8)
                .replace(",650.00,", ",6500.00,");

        BankFileVerification found = verify(text.getBytes(StandardCharsets.UTF_8), "tampered.csv");

        assertThat(found.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::code).containsExactly(
                tuple(5L, "amount", BankFileVerification.TOTAL_MISMATCH),
                tuple(6L, "sha256", BankFileVerification.CHECKSUM_MISMATCH));
        assertThat(found.problems().get(1).message()).contains("被改动过");
        assertThat(found.total()).isEqualTo(new BigDecimal("7812.50"));
    }

    @Test
    void a_tampered_amount_with_a_matching_total_still_fails_the_checksum() {
        String text = new String(csv(documentedExample()), StandardCharsets.UTF_8)
                .replace(",650.00,", ",6500.00,").replace("amount=1962.50", "amount=7812.50");

        BankFileVerification found = verify(text.getBytes(StandardCharsets.UTF_8), "tampered.csv");

        assertThat(found.problems()).extracting(RowProblem::line, RowProblem::code)
                .containsExactly(tuple(6L, BankFileVerification.CHECKSUM_MISMATCH));
    }

    @Test
    void a_workbook_with_a_changed_holder_fails_the_checksum() {
        List<List<String>> lines = new ArrayList<>();
        TableReader table = TableReader.open("in.xlsx", new ByteArrayInputStream(xlsx(documentedExample())));
        lines.add(table.columns());
        table.forEach(row -> lines.add(new ArrayList<>(row.cells())));
        table.close();
        lines.get(3).set(3, "王五");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(out, "代发")) {
            lines.forEach(writer::writeRow);
        }

        BankFileVerification found = verify(out.toByteArray(), "tampered.xlsx");

        assertThat(found.problems()).extracting(RowProblem::line, RowProblem::code)
                .containsExactly(tuple(6L, BankFileVerification.CHECKSUM_MISMATCH));
    }

    @Test
    void a_file_saved_again_as_gbk_with_the_same_cells_still_verifies() {
        byte[] utf8 = csv(documentedExample());
        String text = new String(utf8, 3, utf8.length - 3, StandardCharsets.UTF_8);

        BankFileVerification found = verify(text.getBytes(Charset.forName("GBK")), "gbk.csv");

        assertThat(found.problems()).isEmpty();
        assertThat(found.checksum()).isEqualTo(DOCUMENTED_CHECKSUM);
    }

    @Test
    void every_verification_problem_is_reported_at_its_line_and_column() {
        String text = """
                BATCH,batch_id=B202610-340827-01,payer=某某县民政局,region=340827,month=2026-13,created_at=2026-10-05T09:30:00
                seq,reference,account,holder,amount,purpose,household_id,id_number
                1,P202610-000001,6217000010000001,张三,650.00,2026年10月低保金,H00001,
                3,P202610-000001,,李四,650.5,2026年10月低保金,H00002,
                TOTAL,count=3,amount=abc
                2,P202610-000003,6217000010000003,王五,1.00,2026年10月低保金,H00003,
                CHECKSUM,sha256=ABC
                extra,line
                """;

        BankFileVerification found = verify(text.getBytes(StandardCharsets.UTF_8), "broken.csv");

        assertThat(found.batch()).isNull();
        assertThat(found.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::value, RowProblem::code)
                .containsExactly(
                        tuple(1L, "month", "2026-13", BankFileVerification.BATCH_LINE_INVALID),
                        tuple(4L, "seq", "3", BankFileVerification.SEQ_INVALID),
                        tuple(4L, "account", "", BankFileVerification.VALUE_MISSING),
                        tuple(4L, "reference", "P202610-000001", BankFileVerification.DUPLICATE_REFERENCE),
                        tuple(4L, "amount", "650.5", BankFileVerification.AMOUNT_INVALID),
                        tuple(5L, "count", "count=3", BankFileVerification.COUNT_MISMATCH),
                        tuple(5L, "amount", "amount=abc", BankFileVerification.TOTALS_INVALID),
                        tuple(6L, "", "2,P202610-000003,6217000010000003,王五,1.00,2026年10月低保金,H00003",
                                BankFileVerification.LINE_UNEXPECTED),
                        tuple(7L, "sha256", "sha256=ABC", BankFileVerification.CHECKSUM_INVALID),
                        tuple(8L, "", "extra,line", BankFileVerification.LINE_UNEXPECTED));
        assertThat(found.problems().get(0).message()).contains("发放月份", "2026-13");
        assertThat(found.problems().get(3).message()).contains("第3行已有");
    }

    @Test
    void a_file_without_totals_and_checksum_or_with_wrong_columns_is_reported() {
        String noEnd = """
                BATCH,batch_id=B1,payer=某某县民政局,region=340827,month=2026-10,created_at=2026-10-05T09:30:00
                seq,reference,account,holder,amount,purpose,household_id,id_number
                1,P1,6217000010000001,张三,650.00,x,H1,
                """;
        String wrongColumns = """
                BATCH,batch_id=B1,payer=某某县民政局,region=340827,month=2026-10,created_at=2026-10-05T09:30:00
                seq,reference,account,amount,holder
                """;

        assertThat(verify(noEnd.getBytes(StandardCharsets.UTF_8), "a.csv").problems()).extracting(RowProblem::code)
                .containsExactly(BankFileVerification.TOTALS_MISSING, BankFileVerification.CHECKSUM_MISSING);
        assertThat(verify(wrongColumns.getBytes(StandardCharsets.UTF_8), "b.csv").problems())
                .extracting(RowProblem::line, RowProblem::code)
                .containsExactly(tuple(2L, BankFileVerification.COLUMNS_INVALID));
        assertThat(verify("reference,amount\nP1,1.00\n".getBytes(StandardCharsets.UTF_8), "c.csv").problems())
                .extracting(RowProblem::line, RowProblem::code)
                .containsExactly(tuple(1L, BankFileVerification.BATCH_LINE_INVALID),
                        tuple(2L, BankFileVerification.COLUMNS_INVALID));
    }

    @Test
    void a_file_that_is_not_a_table_is_reported_with_the_reader_code() {
        byte[] notText = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x41};

        BankFileVerification found = verify(notText, "x.csv");

        assertThat(found.valid()).isFalse();
        assertThat(found.problems()).extracting(RowProblem::code).containsExactly("FILE_ENCODING_UNSUPPORTED");
    }

    @Test
    void payments_and_batches_refuse_values_the_bank_file_cannot_carry() {
        assertThatThrownBy(() -> payment(1, "12.345")).hasMessageContaining("两位小数");
        assertThatThrownBy(() -> payment(1, "0")).hasMessageContaining("大于0");
        assertThatThrownBy(() -> new BankPayment("P 1", "6217000010000001", "张三", BigDecimal.ONE, "x", "", "H1",
                "340827100", "DIBAO")).hasMessageContaining("付款编号");
        assertThatThrownBy(() -> new BankPayment("P1", "6217-0000", "张三", BigDecimal.ONE, "x", "", "H1",
                "340827100", "DIBAO")).hasMessageContaining("账号");
        assertThatThrownBy(() -> new BankPayment("P1", "6217000010000001", "张|三", BigDecimal.ONE, "x", "", "H1",
                "340827100", "DIBAO")).hasMessageContaining("户名");
        assertThatThrownBy(() -> new BankPayment("P1", "6217000010000001", "张三", BigDecimal.ONE, "x", "", "H1",
                "34082", "DIBAO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BankFile(batch(), List.of(payment(1, "1"), payment(1, "2"))))
                .hasMessageContaining("重复");
        assertThatThrownBy(() -> new BankFile(batch(), List.of())).hasMessageContaining("没有付款");
        assertThat(payment(1, "650.5").amount()).hasToString("650.50");
    }

    private static List<TableRow> rows(byte[] bytes, String name) {
        try (TableReader table = TableReader.open(name, new ByteArrayInputStream(bytes))) {
            List<TableRow> rows = new ArrayList<>();
            table.forEach(rows::add);
            return rows;
        }
    }
}
