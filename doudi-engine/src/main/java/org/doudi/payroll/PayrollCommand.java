package org.doudi.payroll;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.doudi.policy.PolicyPacks;
import org.doudi.tabular.TableWriter;

/**
 * The command line: {@code payroll --registry DIR --feeds DIR --month YYYY-MM --out DIR}. Runs the payroll and the
 * audit on the files of contracts/feeds.md without a server and writes {@code payroll.csv}, {@code audit.csv} and
 * {@code rejected.csv} into the output folder (created if its parent exists); the summary on the output stream,
 * with the command's time (用时: reading the files, the payroll and audit, writing the files; not the JVM's start).
 * Exit code 0, or 2 with a Chinese message for bad arguments or missing folders.
 */
public final class PayrollCommand {

    static final String USAGE = String.join("\n",
            "用法 (usage): doudi payroll --registry 登记库目录 --feeds 部门数据目录 --month YYYY-MM --out 输出目录",
            "  --registry  含 persons.csv 或 persons.xlsx（可另有 persons_neighbour.*：外地在保名单）的目录 / registry folder",
            "  --feeds     含 deaths、staff、custody（代管协议）等（.csv 或 .xlsx）的目录 / folder of feeds",
            "  --month     发放月份 / the month paid",
            "  --out       输出目录：payroll.csv、audit.csv、rejected.csv / output folder");

    /** The columns of payroll.csv. */
    public static final List<String> PAYROLL_COLUMNS = List.of("household_id", "id_number", "name", "programme",
            "month", "amount", "account", "account_holder", "basis");
    /** The columns of audit.csv. */
    public static final List<String> AUDIT_COLUMNS = List.of("rule", "id_number", "household_id", "amount", "reason");

    private static final List<String> OPTIONS = List.of("--registry", "--feeds", "--month", "--out");
    private static final int CHUNK_LINES = 8192;

    private PayrollCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Map<String, String> values;
        YearMonth month;
        Path output;
        PayrollInputs inputs;
        try {
            values = parse(args);
            month = month(values.get("--month"));
            output = Path.of(values.get("--out")).toAbsolutePath();
            if (output.getParent() != null && !Files.isDirectory(output.getParent())) {
                throw new IllegalArgumentException("输出目录的上级目录不存在 (no such folder): " + output.getParent());
            }
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new IllegalArgumentException("--out 应为目录 (must be a folder): " + output);
            }
            inputs = PayrollFiles.read(Path.of(values.get("--registry")), Path.of(values.get("--feeds")),
                    month.atEndOfMonth());
        } catch (IllegalArgumentException e) {
            err.println("参数错误 (usage error): " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        long read = System.nanoTime();
        PayrollResult result = new Payroll(PolicyPacks.shipped()).run(inputs, month);
        long computed = System.nanoTime();
        try {
            Files.createDirectories(output);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        write(result, inputs.rejections(), output);
        long written = System.nanoTime();
        print(result.summary(), new long[] {read - started, computed - read, written - computed}, output, out);
        return 0;
    }

    /** Writes payroll.csv, audit.csv and rejected.csv: UTF-8 with a byte-order mark, rows in the run's order. */
    public static void write(PayrollResult result, List<Rejection> rejections, Path directory) {
        writeLines(result.lines(), directory.resolve("payroll.csv"));
        try (TableWriter writer = TableWriter.csv(directory.resolve("audit.csv"))) {
            writer.writeRow(AUDIT_COLUMNS);
            for (AuditFinding f : result.findings()) {
                writer.writeRow(f.rule(), f.idNumber(), f.householdId(), f.amount().toPlainString(), f.reason());
            }
        }
        try (TableWriter writer = TableWriter.csv(directory.resolve("rejected.csv"))) {
            writer.writeRow("file", "line", "reason");
            for (Rejection r : rejections) {
                writer.writeRow(r.file(), Long.toString(r.line()), r.reason());
            }
        }
    }

    /**
     * payroll.csv: the header, then the lines cut into chunks that are formatted side by side (a line's basis is
     * some 700 characters, built as it is written) and written in order, a few chunks at a time. CSV rows do not
     * depend on each other, so the file is byte for byte what one writer would write.
     */
    private static void writeLines(List<PayrollLine> lines, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            try (TableWriter header = TableWriter.csv(out, true)) {
                header.writeRow(PAYROLL_COLUMNS);
            }
            int chunks = (lines.size() + CHUNK_LINES - 1) / CHUNK_LINES;
            int batch = 4 * Math.max(1, Runtime.getRuntime().availableProcessors());
            for (int from = 0; from < chunks; from += batch) {
                List<byte[]> formatted = IntStream.range(from, Math.min(chunks, from + batch)).parallel()
                        .mapToObj(chunk -> format(lines, chunk * CHUNK_LINES,
                                Math.min(lines.size(), (chunk + 1) * CHUNK_LINES))).toList();
                for (byte[] bytes : formatted) {
                    out.write(bytes);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] format(List<PayrollLine> lines, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(900 * (to - from));
        try (TableWriter writer = TableWriter.csv(bytes, false)) {
            for (PayrollLine l : lines.subList(from, to)) {
                writer.writeRow(l.householdId(), l.idNumber(), l.name(), l.programme().name(), l.month().toString(),
                        l.amount().toPlainString(), l.account(), l.accountHolder(), l.basis().toString());
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!Set.copyOf(OPTIONS).contains(option)) {
                throw new IllegalArgumentException("未知参数 (unknown argument) " + option);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " 缺少取值 (needs a value)");
            }
            values.put(option, args.get(++i));
        }
        for (String option : OPTIONS) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("缺少 (missing) " + option);
            }
        }
        return values;
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--month 需要月份 YYYY-MM (needs a month): " + text);
        }
    }

    /** The summary; {@code nanos}: reading the files, the payroll and audit, writing the files. */
    private static void print(PayrollSummary s, long[] nanos, Path output, PrintStream out) {
        long findings = s.findingsByRule().values().stream().mapToLong(Long::longValue).sum();
        out.printf("发放完成 (done) %s: 发放 %,d 笔 (lines), 合计 %s 元 (total), 稽核 %,d 条 (findings), 暂扣 %,d 笔 %s 元 (held), 拒收 %,d 行 (rejected), 用时 %.1f 秒 (s)（读取 %.1f，发放与稽核 %.1f，写出 %.1f / read, run, write）%n",
                output, s.lines(), s.total().toPlainString(), findings, s.heldLines(), s.heldAmount().toPlainString(),
                s.rejectedRows(), (nanos[0] + nanos[1] + nanos[2]) / 1e9, nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9);
        StringBuilder rules = new StringBuilder("  findings:");
        s.findingsByRule().forEach((rule, n) -> rules.append(' ').append(rule).append('=').append(n));
        out.println(rules);
    }
}
