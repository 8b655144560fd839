package org.doudi.payroll.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.doudi.payroll.bank.BankFixture.payment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.payroll.bank.BankReturnResult.Outcome;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableWriter;
import org.junit.jupiter.api.Test;

class BankReturnTests {

    private static final String HEADER = "reference,account,amount,result,reason,paid_on\n";

    /** Payments 1 to {@code count}, payment n paying n × 100.50 元. */
    private static List<BankPayment> batch(int count) {
        List<BankPayment> payments = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            payments.add(payment(n, String.valueOf(n * 100) + ".50"));
        }
        return payments;
    }

    private static BankReturnResult read(String text, List<BankPayment> batch) {
        return read(text.getBytes(StandardCharsets.UTF_8), "return.csv", batch);
    }

    private static BankReturnResult read(byte[] bytes, String fileName, List<BankPayment> batch) {
        return BankReturn.read(new ByteArrayInputStream(bytes), fileName, batch);
    }

    @Test
    void paid_and_failed_rows_become_outcomes_and_unnamed_payments_stay_pending() {
        BankReturnResult result = read(HEADER
                + "P202610-000001,6217000000000001,100.50,PAID,,2026-10-08\n"
                + "P202610-000002,6217000000000002,200.5,failed,账户已销户,\n", batch(3));

        assertThat(result.problems()).isEmpty();
        assertThat(result.acceptable()).isTrue();
        assertThat(result.outcomes()).containsExactly(
                new Outcome("P202610-000001", true, "", LocalDate.of(2026, 10, 8)),
                new Outcome("P202610-000002", false, "账户已销户", null));
        assertThat(result.missingReferences()).containsExactly("P202610-000003");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void a_gbk_file_with_chinese_result_words_and_columns_in_another_order_is_read() {
        String text = "序号,paid_on,reference,result,reason,amount,account\n"
                + "1,2026/10/8,P202610-000001,成功,,100.50,6217000000000001\n"
                + "2,,P202610-000002,失败,户名与账号不符,200.50,6217000000000002\n";

        BankReturnResult result = read(text.getBytes(Charset.forName("GBK")), "回盘.csv", batch(2));

        assertThat(result.problems()).isEmpty();
        assertThat(result.outcomes()).containsExactly(
                new Outcome("P202610-000001", true, "", LocalDate.of(2026, 10, 8)),
                new Outcome("P202610-000002", false, "户名与账号不符", null));
        assertThat(result.complete()).isTrue();
    }

    @Test
    void an_xlsx_return_file_is_read() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(out, "回盘")) {
            writer.writeRow(List.of("reference", "account", "amount", "result", "reason", "paid_on"));
            writer.writeRow(List.of("P202610-000001", "6217000000000001", "100.50", "PAID", "", "20261009"));
        }

        BankReturnResult result = read(out.toByteArray(), "回盘.xlsx", batch(1));

        assertThat(result.problems()).isEmpty();
        assertThat(result.outcomes()).containsExactly(new Outcome("P202610-000001", true, "", LocalDate.of(2026, 10, 9)));
    }

    @Test
    void every_problem_is_reported_with_its_line_column_value_and_code() {
        String text = HEADER
                + "P202610-000001,6217000000000001,100.50,PAID,,2026-10-08\n"      // 2: fine
                + "P202610-999999,6217000000000001,100.50,PAID,,2026-10-08\n"      // 3
                + "P202610-000001,6217000000000001,100.50,PAID,,2026-10-08\n"      // 4
                + "P202610-000002,6217000099999999,200.50,PAID,,2026-10-08\n"      // 5
                + "P202610-000003,6217000000000003,300.51,PAID,,2026-10-08\n"      // 6
                + "P202610-000004,6217000000000004,400.505,FAILED,账户冻结,\n"       // 7
                + "P202610-000005,6217000000000005,500.50,退回,,\n"                 // 8
                + "P202610-000006,6217000000000006,600.50,FAILED,,\n"              // 9
                + "P202610-000007,6217000000000007,700.50,PAID,,2026-02-30\n"      // 10
                + "P202610-000008,6217000000000008,800.50,PAID,,\n"                // 11
                + "\n"                                                             // 12: blank, skipped
                + ",6217000000000001,100.50,PAID,,2026-10-08\n";                   // 13

        BankReturnResult result = read(text, batch(9));

        assertThat(result.problems())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::value, RowProblem::code)
                .containsExactly(
                        tuple(3L, "reference", "P202610-999999", BankReturn.UNKNOWN_REFERENCE),
                        tuple(4L, "reference", "P202610-000001", BankReturn.DUPLICATE_REFERENCE),
                        tuple(5L, "account", "6217000099999999", BankReturn.ACCOUNT_MISMATCH),
                        tuple(6L, "amount", "300.51", BankReturn.AMOUNT_MISMATCH),
                        tuple(7L, "amount", "400.505", BankReturn.AMOUNT_INVALID),
                        tuple(8L, "result", "退回", BankReturn.RESULT_INVALID),
                        tuple(9L, "reason", "", BankReturn.REASON_MISSING),
                        tuple(10L, "paid_on", "2026-02-30", BankReturn.DATE_INVALID),
                        tuple(11L, "paid_on", "", BankReturn.DATE_MISSING),
                        tuple(13L, "reference", "", BankReturn.REFERENCE_MISSING));
        assertThat(result.problems()).extracting(RowProblem::message).containsExactly(
                "付款编号“P202610-999999”不在本批次中",
                "付款编号“P202610-000001”重复，第2行已有",
                "账号“6217000099999999”与本批次该笔付款的账号6217000000000002不一致",
                "金额300.51与本批次该笔付款的金额300.50不一致",
                "金额“400.505”超过两位小数（最小单位是分）",
                "处理结果“退回”无法识别，应为PAID（成功）或FAILED（失败）",
                "处理结果为失败时须填写失败原因",
                "日期“2026-02-30”不存在",
                "处理结果为成功时须填写支付日期",
                "付款编号为空");
        assertThat(result.acceptable()).isFalse();
        assertThat(result.outcomes()).extracting(Outcome::reference).containsExactly("P202610-000001");
        assertThat(result.missingReferences()).containsExactly("P202610-000009");
    }

    @Test
    void a_file_missing_a_column_is_refused_as_a_whole() {
        BankReturnResult result = read("reference,account,amount,result,reason\n"
                + "P202610-000001,6217000000000001,100.50,FAILED,账户已销户\n", batch(1));

        assertThat(result.outcomes()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::code)
                .containsExactly(tuple(0L, "paid_on", BankReturn.COLUMN_MISSING));
        assertThat(result.problems().get(0).message()).contains("缺少必需的列“paid_on”", "整个文件不予处理");
        assertThat(result.missingReferences()).containsExactly("P202610-000001");
    }

    @Test
    void a_file_that_cannot_be_read_as_a_table_is_refused_as_a_whole() {
        BankReturnResult result = read(HEADER
                + "P202610-000001,6217000000000001,100.50,PAID,,2026-10-08\n"
                + "P202610-000002,\"6217000000000002,200.50,PAID,,2026-10-08\n", batch(2));

        assertThat(result.outcomes()).isEmpty();
        assertThat(result.acceptable()).isFalse();
        assertThat(result.problems()).extracting(RowProblem::code).containsExactly("CSV_MALFORMED");
    }

    @Test
    void a_batch_with_a_reference_twice_is_a_programming_error() {
        assertThatThrownBy(() -> read(HEADER, List.of(payment(1, "1"), payment(1, "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
