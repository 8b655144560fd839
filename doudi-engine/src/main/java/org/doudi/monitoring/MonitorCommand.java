package org.doudi.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.policy.PolicyPacks;

/**
 * The command line: {@code monitor --registry DIR --feeds DIR --as-of YYYY-MM-DD --out FILE}. Writes the
 * findings to FILE and the rejected rows to {@code rejected.csv} beside it; progress on the error stream,
 * the summary on the output stream. Exit code 0, or 2 for bad arguments or missing folders.
 */
public final class MonitorCommand {

    static final String USAGE = String.join("\n",
            "用法 (usage): doudi monitor --registry 登记库目录 --feeds 部门数据目录 --as-of YYYY-MM-DD --out findings.csv",
            "  --registry  含 persons.csv 或 persons.xlsx（可另有 persons_neighbour.*：外地在保名单）的目录 / registry folder",
            "  --feeds     含 deaths、medical、disability…（.csv 或 .xlsx）的目录 / folder of department feeds",
            "  --as-of     核对日期 / the as-of date",
            "  --out       预警结果文件，同目录另写 rejected.csv / findings file; rejected.csv is written beside it");

    private static final Set<String> OPTIONS = Set.of("--registry", "--feeds", "--as-of", "--out");

    private MonitorCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        MonitorRequest request;
        Path output;
        try {
            Map<String, String> values = parse(args);
            output = Path.of(values.get("--out")).toAbsolutePath();
            if (output.getParent() != null && !Files.isDirectory(output.getParent())) {
                throw new IllegalArgumentException("输出目录不存在 (no such folder): " + output.getParent());
            }
            request = new MonitorRequest(Path.of(values.get("--registry")), Path.of(values.get("--feeds")),
                    date(values.get("--as-of")), output.resolveSibling("rejected.csv"));
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        MonitorResult result;
        try {
            result = new Monitor(PolicyPacks.shipped()).run(request, err::println);
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        try (OutputStream file = Files.newOutputStream(output)) {
            Monitor.writeFindings(result.findings(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        print(result.summary(), output, request.rejectedFile(), out);
        return 0;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("参数错误 (usage error): " + message);
        err.println(USAGE);
        return 2;
    }

    private static Map<String, String> parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("未知参数 (unknown argument) " + option);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " 缺少取值 (needs a value)");
            }
            values.put(option, args.get(++i));
        }
        for (String option : List.of("--registry", "--feeds", "--as-of", "--out")) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("缺少 (missing) " + option);
            }
        }
        return values;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of 需要日期 YYYY-MM-DD (needs a date): " + text);
        }
    }

    private static void print(MonitorSummary summary, Path output, Path rejected, PrintStream out) {
        long findings = summary.findingsByRule().values().stream().mapToLong(Long::longValue).sum();
        out.printf("监测完成 (done) %s: 登记 %,d 人 (persons), 预警 %,d 条 (findings), 拒收 %,d 行 (rejected, %s), 用时 %.1f 秒 (s)%n",
                output, summary.personsRead(), findings, summary.rejected(), rejected.getFileName(),
                summary.elapsed().toMillis() / 1000.0);
        StringBuilder rows = new StringBuilder("  rows:");
        summary.rowsReadByFeed().forEach((file, n) -> rows.append(' ').append(file).append('=').append(n));
        out.println(rows);
        StringBuilder rules = new StringBuilder("  findings:");
        summary.findingsByRule().forEach((rule, n) -> rules.append(' ').append(rule).append('=').append(n));
        out.println(rules);
    }
}
