package org.doudi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.access.RegionScope;
import org.doudi.registry.imports.ImportOutcome;
import org.doudi.registry.imports.ImportReport;
import org.doudi.registry.imports.ProblemReports;
import org.doudi.registry.imports.RegistryExport;
import org.doudi.registry.imports.RegistryImport;
import org.doudi.policy.whatif.ParameterChange;
import org.doudi.policy.whatif.WhatIf;
import org.doudi.simulation.Simulations;
import org.doudi.tabular.RowProblem;
import org.springframework.stereotype.Component;

/**
 * Batch commands that need the database, run inside the application without its web server. They act as
 * {@code cli:<operating-system user>} over the whole register (or {@code --region CODE}), and are
 * recorded in the audit log like any other import or export.
 */
@Component
class CommandLine {

    private final RegistryImport importer;
    private final RegistryExport exporter;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    private final Simulations simulations;

    CommandLine(RegistryImport importer, RegistryExport exporter, Simulations simulations) {
        this.importer = importer;
        this.exporter = exporter;
        this.simulations = simulations;
    }

    int run(String command, List<String> args) {
        Arguments arguments = Arguments.parse(args);
        if (command.equals("simulate")) {
            return simulate(arguments);
        }
        if (arguments.positional().size() != 1) {
            err.println("用法 / usage: java -jar doudi.jar " + command + " FILE [--region CODE]");
            return 2;
        }
        Path file = Path.of(arguments.positional().get(0));
        RegionScope scope = arguments.option("region").map(RegionScope::new).orElse(RegionScope.NATIONAL);
        String actor = "cli:" + System.getProperty("user.name");
        return switch (command) {
            case "import" -> importFile(file, actor, scope);
            case "export" -> exportFile(file, actor, scope);
            default -> 2;
        };
    }

    private int importFile(Path file, String actor, RegionScope scope) {
        if (!Files.isRegularFile(file)) {
            err.println("文件不存在 / no such file: " + file);
            return 2;
        }
        long started = System.nanoTime();
        ImportReport report = importer.importFile(file, actor, scope);
        out.printf("批次 %d：%s，编码 %s，读取 %d 行，错误 %d 处，用时 %.1f 秒%n", report.batchId(), report.outcome(),
                report.encoding(), report.rowsRead(), report.errorCount(), (System.nanoTime() - started) / 1e9);
        ImportReport.Counts c = report.counts();
        out.printf("新建家庭 %d，变更家庭 %d，新建人员 %d，变更人员 %d，新增成员关系 %d，结束成员关系 %d，关系变更 %d，项目状态变更 %d%n",
                c.householdsCreated(), c.householdsChanged(), c.personsCreated(), c.personsChanged(), c.membersAdded(),
                c.membersEnded(), c.relationsChanged(), c.statusesChanged());
        if (report.message() != null) {
            err.println(report.message());
        }
        if (report.outcome() == ImportOutcome.REJECTED) {
            Path errors = file.resolveSibling(file.getFileName() + ".errors.csv");
            writeErrors(report.problems(), errors);
            report.problems().stream().limit(20).forEach(p ->
                    err.printf("第%d行 %s [%s] %s%n", p.line(), p.column() == null ? "" : p.column(), p.code(), p.message()));
            err.println("未导入任何数据。全部错误见 / all errors in: " + errors);
            return 1;
        }
        return report.outcome() == ImportOutcome.FAILED ? 1 : 0;
    }

    private void writeErrors(List<RowProblem> problems, Path errors) {
        try (OutputStream stream = Files.newOutputStream(errors)) {
            ProblemReports.write(problems, stream, false);
        } catch (IOException e) {
            err.println("无法写入错误清单：" + e.getMessage());
        }
    }

    private int exportFile(Path file, String actor, RegionScope scope) {
        boolean xlsx = file.getFileName().toString().toLowerCase().endsWith(".xlsx");
        try (OutputStream stream = Files.newOutputStream(file)) {
            long rows = exporter.export(stream, xlsx, scope, actor);
            out.printf("已导出 %d 人到 %s%n", rows, file);
            return 0;
        } catch (IOException e) {
            err.println("无法写入文件 / cannot write: " + file + "：" + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code simulate --region CODE --set dibao.standard=+5% [--set ...] [--as-of YYYY-MM-DD] [--out FILE.xlsx]}:
     * re-assesses the region's households under the changes and prints the report per township.
     */
    private int simulate(Arguments arguments) {
        List<String> sets = arguments.all("set");
        if (arguments.option("region").isEmpty() || sets.isEmpty()) {
            err.println("用法 / usage: java -jar doudi.jar simulate --region CODE --set dibao.standard=+5% "
                    + "[--set ...] [--as-of YYYY-MM-DD] [--out FILE.xlsx]");
            return 2;
        }
        try {
            List<ParameterChange> changes = sets.stream().map(ParameterChange::parse).toList();
            LocalDate asOf = arguments.option("as-of").map(LocalDate::parse).orElse(LocalDate.now());
            RegionScope scope = new RegionScope(arguments.option("region").get());
            long started = System.nanoTime();
            WhatIf.Report report = simulations.run(scope, changes, asOf, "cli:" + System.getProperty("user.name"));
            Map<String, String> names = simulations.townshipNames(report);
            out.printf("政策模拟 %s，区划 %s，测算日期 %s，用时 %.1f 秒%n", changes, scope, asOf, (System.nanoTime() - started) / 1e9);
            out.printf("%-10s %-12s %8s %6s %6s %6s %6s %14s %14s %12s%n", "乡镇代码", "乡镇", "户数", "新纳入", "退出",
                    "增加", "减少", "现行月支出", "调整后月支出", "变化");
            for (WhatIf.Row row : report.townships()) {
                print(row, row.township(), names.get(row.township()));
            }
            print(report.total(), "", "合计");
            if (report.refused() > 0) {
                out.println(report.refused() + " 户因数据不完整未能评估");
            }
            if (arguments.option("out").isPresent()) {
                try (OutputStream stream = Files.newOutputStream(Path.of(arguments.option("out").get()))) {
                    simulations.writeExcel(report, names, stream);
                }
                out.println("已写入 " + arguments.option("out").get());
            }
            return 0;
        } catch (org.doudi.kernel.Refusal | java.time.format.DateTimeParseException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("无法写入文件：" + e.getMessage());
            return 1;
        }
    }

    private void print(WhatIf.Row row, String code, String name) {
        out.printf("%-10s %-12s %8d %6d %6d %6d %6d %14s %14s %12s%n", code, name, row.assessed(), row.enters(),
                row.leaves(), row.gains(), row.loses(), row.costBefore().toPlainString(), row.costAfter().toPlainString(),
                row.costChange().toPlainString());
    }

    /** Positional arguments and {@code --name value} options (an option may repeat). */
    record Arguments(List<String> positional, Map<String, List<String>> options) {
        static Arguments parse(List<String> args) {
            List<String> positional = new java.util.ArrayList<>();
            Map<String, List<String>> options = new java.util.HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.startsWith("--") && i + 1 < args.size()) {
                    options.computeIfAbsent(arg.substring(2), k -> new java.util.ArrayList<>()).add(args.get(++i));
                } else {
                    positional.add(arg);
                }
            }
            return new Arguments(positional, options);
        }

        java.util.Optional<String> option(String name) {
            return all(name).stream().findFirst();
        }

        List<String> all(String name) {
            return options.getOrDefault(name, List.of());
        }
    }
}
