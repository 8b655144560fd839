package org.doudi.payroll.bank;

import static org.doudi.payroll.bank.BankFileVerification.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.doudi.tabular.Parsed;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.Values;

/**
 * Reads a bank file back, line by line, through {@link TableReader} (so CSV in UTF-8 or GBK, or .xlsx). The
 * reader takes the batch line for the table's header; every other line is read by position. Cells are compared
 * exactly as in the file: a space added to an account is an alteration.
 */
final class BankFileVerifier {

    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Long> referenceLines = new HashMap<>();
    private final Checksum checksum = new Checksum();
    private BigDecimal total = BigDecimal.ZERO.setScale(2);
    private int count;
    private boolean totalsSeen;
    private String computedChecksum;

    private BankFileVerifier() {
    }

    static BankFileVerification verify(InputStream in, String fileName) {
        BankFileVerifier verifier = new BankFileVerifier();
        BankBatch batch = null;
        try (TableReader table = TableReader.open(fileName, in)) {
            batch = verifier.batch(table.columns());
            verifier.rows(table.iterator());
        } catch (TableException e) {
            verifier.problems.add(new RowProblem(e.line(), "", "", e.code().name(), e.getMessage()));
        }
        String computed = verifier.computedChecksum != null ? verifier.computedChecksum : verifier.checksum.hex();
        return new BankFileVerification(batch, verifier.count, verifier.total, computed, verifier.problems);
    }

    private BankBatch batch(List<String> cells) {
        if (cells.isEmpty() || !cells.get(0).equals(BankFile.BATCH)) {
            problems.add(new RowProblem(1, "", cells.isEmpty() ? "" : cells.get(0), BATCH_LINE_INVALID,
                    "第一行应为批次行：BATCH,batch_id=…,payer=…,region=…,month=…,created_at=…"));
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (String cell : cells.subList(1, cells.size())) {
            int equals = cell.indexOf('=');
            if (equals > 0) {
                values.putIfAbsent(cell.substring(0, equals), cell.substring(equals + 1));
            }
        }
        String batchId = field(values, "batch_id", v -> BankFields.identifier("批次号", v));
        String payer = field(values, "payer", v -> BankFields.text("付款单位", v, 100, true));
        String region = field(values, "region", v -> BankFields.region("区划代码", v));
        YearMonth month = field(values, "month", BankBatch::parseMonth);
        LocalDateTime createdAt = field(values, "created_at", BankBatch::parseCreatedAt);
        if (batchId == null || payer == null || region == null || month == null || createdAt == null) {
            return null;
        }
        return new BankBatch(batchId, payer, region, month, createdAt);
    }

    private <T> T field(Map<String, String> values, String key, Function<String, T> parser) {
        String value = values.get(key);
        if (value == null) {
            problems.add(new RowProblem(1, key, "", BATCH_LINE_INVALID, "批次行缺少“" + key + "=…”"));
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(1, key, value, BATCH_LINE_INVALID, "批次行的" + e.getMessage()));
            return null;
        }
    }

    private void rows(Iterator<TableRow> rows) {
        if (!rows.hasNext()) {
            problems.add(new RowProblem(0, "", "", COLUMNS_INVALID, "文件只有批次行，缺少列标题行和付款行"));
            return;
        }
        TableRow header = rows.next();
        if (!BankFile.COLUMNS.equals(withoutTrailingBlanks(header.cells()))) {
            problems.add(new RowProblem(header.line(), "", String.join(",", header.cells()), COLUMNS_INVALID,
                    "第二行应为列标题：" + String.join(",", BankFile.COLUMNS)));
            return;
        }
        while (rows.hasNext() && computedChecksum == null) {
            line(rows.next());
        }
        rows.forEachRemaining(row -> unexpected(row, "校验行之后不应再有内容"));
        if (!totalsSeen) {
            problems.add(new RowProblem(0, "", "", TOTALS_MISSING, "缺少合计行：TOTAL,count=…,amount=…"));
        }
        if (computedChecksum == null) {
            problems.add(new RowProblem(0, "", "", CHECKSUM_MISSING, "缺少校验行：CHECKSUM,sha256=…"));
        }
    }

    private void line(TableRow row) {
        String first = cell(row, 0);
        if (first.equals(BankFile.TOTAL)) {
            if (totalsSeen) {
                unexpected(row, "合计行重复");
            } else {
                totals(row);
            }
        } else if (first.equals(BankFile.CHECKSUM)) {
            checksumLine(row);
        } else if (totalsSeen) {
            unexpected(row, "付款行应在合计行之前");
        } else {
            payment(row);
        }
    }

    private void payment(TableRow row) {
        count++;
        String seq = cell(row, 0);
        String reference = cell(row, 1);
        String account = cell(row, 2);
        String holder = cell(row, 3);
        String amount = cell(row, 4);
        if (!seq.equals(String.valueOf(count))) {
            add(row, "seq", seq, SEQ_INVALID, "序号应为" + count);
        }
        required(row, "reference", reference, "付款编号");
        required(row, "account", account, "账号");
        required(row, "holder", holder, "户名");
        Long firstLine = reference.isEmpty() ? null : referenceLines.putIfAbsent(reference, row.line());
        if (firstLine != null) {
            add(row, "reference", reference, DUPLICATE_REFERENCE,
                    "付款编号“" + reference + "”重复，第" + firstLine + "行已有");
        }
        BigDecimal value = exactAmount(amount);
        if (value == null || value.signum() <= 0) {
            add(row, "amount", amount, AMOUNT_INVALID, "金额“" + amount + "”应为大于0、正好两位小数的数字，例如650.00");
        } else {
            total = total.add(value);
        }
        checksum.add(Checksum.canonicalRow(reference, account, holder, amount));
    }

    private void totals(TableRow row) {
        totalsSeen = true;
        String countCell = cell(row, 1);
        String amountCell = cell(row, 2);
        Parsed<Integer> declaredCount = countCell.startsWith("count=")
                ? Values.integer(countCell.substring("count=".length())) : null;
        BigDecimal declaredTotal = amountCell.startsWith("amount=")
                ? exactAmount(amountCell.substring("amount=".length())) : null;
        if (declaredCount == null || !declaredCount.isValid() || declaredCount.value() < 0) {
            add(row, "count", countCell, TOTALS_INVALID, "合计行第2格应为“count=笔数”，例如count=120");
        } else if (declaredCount.value() != count) {
            add(row, "count", countCell, COUNT_MISMATCH,
                    "合计行的笔数" + declaredCount.value() + "与付款行数" + count + "不一致");
        }
        if (declaredTotal == null) {
            add(row, "amount", amountCell, TOTALS_INVALID, "合计行第3格应为“amount=总金额”（两位小数），例如amount=78000.00");
        } else if (declaredTotal.compareTo(total) != 0) {
            add(row, "amount", amountCell, TOTAL_MISMATCH,
                    "合计行的总金额" + declaredTotal.toPlainString() + "与付款行金额合计" + total.toPlainString() + "不一致");
        }
    }

    private void checksumLine(TableRow row) {
        computedChecksum = checksum.hex();
        String cell = cell(row, 1);
        String declared = cell.startsWith("sha256=") ? cell.substring("sha256=".length()) : "";
        if (!declared.matches("[0-9a-f]{64}")) {
            add(row, "sha256", cell, CHECKSUM_INVALID, "校验行第2格应为“sha256=64位小写十六进制数”");
        } else if (!declared.equals(computedChecksum)) {
            add(row, "sha256", cell, CHECKSUM_MISMATCH,
                    "校验值与按付款行计算出的校验值" + computedChecksum + "不一致：文件在生成后被改动过");
        }
    }

    /** An amount written exactly as the file writes it ({@code 650.00}), or {@code null}. */
    private static BigDecimal exactAmount(String text) {
        Parsed<BigDecimal> parsed = Values.amount(text);
        return parsed.isValid() && parsed.value().toPlainString().equals(text) ? parsed.value() : null;
    }

    private void required(TableRow row, String column, String value, String label) {
        if (value.isEmpty()) {
            add(row, column, value, VALUE_MISSING, label + "为空");
        }
    }

    private void unexpected(TableRow row, String why) {
        add(row, "", String.join(",", withoutTrailingBlanks(row.cells())), LINE_UNEXPECTED, why);
    }

    private void add(TableRow row, String column, String value, String code, String message) {
        problems.add(new RowProblem(row.line(), column, value, code, message));
    }

    private static String cell(TableRow row, int index) {
        return index < row.cells().size() ? row.cells().get(index) : "";
    }

    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end).stream().map(String::strip).toList();
    }
}
