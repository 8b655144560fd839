package org.doudi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.access.RegionScope;
import org.doudi.registry.imports.ImportOutcome;
import org.doudi.registry.imports.ImportReport;
import org.doudi.registry.imports.ProblemReports;
import org.doudi.registry.imports.RegistryExport;
import org.doudi.registry.imports.RegistryImport;
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

    CommandLine(RegistryImport importer, RegistryExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    int run(String command, List<String> args) {
        Arguments arguments = Arguments.parse(args);
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

    /** Positional arguments and {@code --name value} options. */
    record Arguments(List<String> positional, java.util.Map<String, String> options) {
        static Arguments parse(List<String> args) {
            List<String> positional = new java.util.ArrayList<>();
            java.util.Map<String, String> options = new java.util.HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.startsWith("--") && i + 1 < args.size()) {
                    options.put(arg.substring(2), args.get(++i));
                } else {
                    positional.add(arg);
                }
            }
            return new Arguments(positional, options);
        }

        java.util.Optional<String> option(String name) {
            return java.util.Optional.ofNullable(options.get(name));
        }
    }
}
