package org.doudi.payroll.bank;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doudi.tabular.Parsed;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.Values;

/**
 * Reads the bank's return file (回盘文件) for a batch and matches it against the batch: CSV in UTF-8 (with or
 * without byte-order mark) or GBK/GB18030, or .xlsx, with the columns {@link #COLUMNS} in any order (more columns
 * are ignored). Layout, result words and codes: docs/bank-file.md.
 *
 * <p>Each row must name a reference of the batch, once, with the batch's account and amount; {@code result} is
 * {@code PAID}/{@code 成功} or {@code FAILED}/{@code 失败} (any case); a failure needs a {@code reason}, a payment
 * a {@code paid_on} date. Every problem of every row is reported. A file that lacks a column, or cannot be read
 * as a table (a {@link TableException}, reported with its code, e.g. {@code FILE_ENCODING_UNDECIDABLE}), is
 * refused as a whole: no outcomes.
 *
 * <p>The caller applies the outcomes only if there is no problem (all or nothing). A return may be partial:
 * references it does not name are listed in {@link BankReturnResult#missingReferences()} and stay pending.
 */
public final class BankReturn {

    public static final List<String> COLUMNS = List.of("reference", "account", "amount", "result", "reason", "paid_on");

    /** A required column is missing: the file is refused as a whole. */
    public static final String COLUMN_MISSING = "COLUMN_MISSING";
    public static final String REFERENCE_MISSING = "REFERENCE_MISSING";
    /** The reference is not one of the batch. */
    public static final String UNKNOWN_REFERENCE = "UNKNOWN_REFERENCE";
    /** The reference was already on an earlier row. */
    public static final String DUPLICATE_REFERENCE = "DUPLICATE_REFERENCE";
    /** The account differs from the batch's account for that reference. */
    public static final String ACCOUNT_MISMATCH = "ACCOUNT_MISMATCH";
    /** The amount is empty or not an amount in 元 with at most two decimals. */
    public static final String AMOUNT_INVALID = "AMOUNT_INVALID";
    /** The amount differs from the batch's amount for that reference. */
    public static final String AMOUNT_MISMATCH = "AMOUNT_MISMATCH";
    /** The result is empty or not PAID/成功/FAILED/失败. */
    public static final String RESULT_INVALID = "RESULT_INVALID";
    /** A failure without a reason. */
    public static final String REASON_MISSING = "REASON_MISSING";
    /** A payment without a {@code paid_on} date. */
    public static final String DATE_MISSING = "DATE_MISSING";
    /** A {@code paid_on} that is not a date (or a day that does not exist). */
    public static final String DATE_INVALID = "DATE_INVALID";

    private final Map<String, BankPayment> batch = new LinkedHashMap<>();
    private final Map<String, Long> referenceLines = new HashMap<>();
    private final List<BankReturnResult.Outcome> outcomes = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    private BankReturn(List<BankPayment> payments) {
        for (BankPayment payment : payments) {
            if (batch.putIfAbsent(payment.reference(), payment) != null) {
                throw new IllegalArgumentException("批次中付款编号重复：" + payment.reference());
            }
        }
    }

    /**
     * Reads the return file {@code in} (closed afterwards; {@code fileName} is used in messages) against the
     * batch's payments. Never throws on the file's content. Throws {@link IllegalArgumentException} if the batch
     * itself has a reference twice.
     */
    public static BankReturnResult read(InputStream in, String fileName, List<BankPayment> batch) {
        BankReturn reading = new BankReturn(batch);
        boolean refused = false;
        try (TableReader table = TableReader.open(fileName, in)) {
            List<String> missing = COLUMNS.stream().filter(column -> !table.hasColumn(column)).toList();
            for (String column : missing) {
                reading.problems.add(new RowProblem(0, column, "", COLUMN_MISSING, "回盘文件缺少必需的列“" + column
                        + "”（文件中的列：" + String.join("、", table.columns()) + "），整个文件不予处理"));
            }
            refused = !missing.isEmpty();
            if (!refused) {
                table.forEach(reading::row);
            }
        } catch (TableException e) {
            reading.problems.add(new RowProblem(e.line(), "", "", e.code().name(), e.getMessage()));
            refused = true;
        }
        List<BankReturnResult.Outcome> outcomes = refused ? List.of() : reading.outcomes;
        List<String> missingReferences = reading.batch.keySet().stream()
                .filter(reference -> !reading.referenceLines.containsKey(reference)).toList();
        return new BankReturnResult(outcomes, reading.problems, missingReferences);
    }

    private void row(TableRow row) {
        int before = problems.size();
        BankPayment expected = payment(row);
        BigDecimal amount = amount(row, expected);
        Boolean paid = result(row);
        String reason = row.get("reason");
        if (Boolean.FALSE.equals(paid) && reason.isEmpty()) {
            add(row, "reason", REASON_MISSING, "处理结果为失败时须填写失败原因");
        }
        LocalDate paidOn = paidOn(row, paid);
        if (problems.size() == before && expected != null && amount != null && paid != null) {
            outcomes.add(new BankReturnResult.Outcome(expected.reference(), paid, reason, paidOn));
        }
    }

    /** The batch's payment the row names, or {@code null}; also checks its account. */
    private BankPayment payment(TableRow row) {
        String reference = row.get("reference");
        if (reference.isEmpty()) {
            add(row, "reference", REFERENCE_MISSING, "付款编号为空");
            return null;
        }
        BankPayment expected = batch.get(reference);
        if (expected == null) {
            add(row, "reference", UNKNOWN_REFERENCE, "付款编号“" + reference + "”不在本批次中");
            return null;
        }
        Long firstLine = referenceLines.putIfAbsent(reference, row.line());
        if (firstLine != null) {
            add(row, "reference", DUPLICATE_REFERENCE, "付款编号“" + reference + "”重复，第" + firstLine + "行已有");
        }
        String account = row.get("account");
        if (!account.equals(expected.account())) {
            String stored = row.isNumeric("account") ? "（该单元格在Excel中被存为数字，可能已丢失末几位）" : "";
            add(row, "account", ACCOUNT_MISMATCH,
                    "账号“" + account + "”与本批次该笔付款的账号" + expected.account() + "不一致" + stored);
        }
        return expected;
    }

    private BigDecimal amount(TableRow row, BankPayment expected) {
        Parsed<BigDecimal> amount = Values.amount(row.get("amount"));
        if (!amount.isValid()) {
            String reason = amount.problem().orElseThrow().reason();
            add(row, "amount", AMOUNT_INVALID, row.get("amount").isEmpty() ? "金额为空" : reason);
            return null;
        }
        if (expected != null && amount.value().compareTo(expected.amount()) != 0) {
            add(row, "amount", AMOUNT_MISMATCH, "金额" + amount.value().toPlainString() + "与本批次该笔付款的金额"
                    + expected.amount().toPlainString() + "不一致");
        }
        return amount.value();
    }

    /** {@code true} paid, {@code false} failed, {@code null} unreadable. */
    private Boolean result(TableRow row) {
        String result = row.get("result");
        switch (result.toUpperCase(Locale.ROOT)) {
            case "PAID", "成功":
                return true;
            case "FAILED", "失败":
                return false;
            default:
                add(row, "result", RESULT_INVALID, (result.isEmpty() ? "处理结果为空" : "处理结果“" + result + "”无法识别")
                        + "，应为PAID（成功）或FAILED（失败）");
                return null;
        }
    }

    private LocalDate paidOn(TableRow row, Boolean paid) {
        String text = row.get("paid_on");
        if (text.isEmpty()) {
            if (Boolean.TRUE.equals(paid)) {
                add(row, "paid_on", DATE_MISSING, "处理结果为成功时须填写支付日期");
            }
            return null;
        }
        Parsed<LocalDate> date = Values.date(text);
        date.problem().ifPresent(problem -> add(row, "paid_on", DATE_INVALID, problem.reason()));
        return date.orElse(null);
    }

    private void add(TableRow row, String column, String code, String message) {
        problems.add(RowProblem.of(row, column, code, message));
    }
}
