package org.doudi.synthetic;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.kernel.DivisionCode;

/**
 * The command line: {@code generate --county CODE --households N --seed S --out DIR [--as-of YYYY-MM-DD]
 * [--threads T]}. Exit code 0 when the files are written, 2 for a usage error (with the usage in Chinese
 * and English on the error stream).
 */
public final class GenerateCommand {

    static final String USAGE = String.join("\n",
            "用法 (usage): doudi generate --county 县级区划代码 --households 户数 --seed 随机种子 --out 输出目录 "
                    + "[--as-of YYYY-MM-DD] [--threads 线程数]",
            "  --county      6位县级区划代码，如 340827（望江县） / a 6-digit county code, e.g. 340827",
            "  --households  生成的低收入家庭户数 / number of low-income households to generate",
            "  --seed        随机种子，相同参数生成完全相同的文件 / seed: the same settings give identical files",
            "  --out         输出目录 / output folder",
            "  --as-of       数据截止日期，默认 2025-06-30 / the as-of date, default 2025-06-30",
            "  --threads     线程数，默认为CPU核数，不影响结果 / threads, default one per core; output does not depend on it");

    private static final Set<String> OPTIONS = Set.of("--county", "--households", "--seed", "--out", "--as-of", "--threads");
    private static final List<String> REQUIRED = List.of("--county", "--households", "--seed", "--out");

    private GenerateCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        GeneratorSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("参数错误 (usage error): " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        GenerationSummary summary;
        try {
            summary = Generator.generate(settings, out);
        } catch (IllegalArgumentException e) {
            err.println("参数错误 (usage error): " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        print(summary, settings, out);
        return 0;
    }

    static GeneratorSettings parse(List<String> args) {
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
        for (String option : REQUIRED) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("缺少 (missing) " + option);
            }
        }
        DivisionCode county = DivisionCode.tryParse(values.get("--county"))
                .filter(c -> c.value().length() == 6)
                .orElseThrow(() -> new IllegalArgumentException("--county 需要6位县级区划代码 (a 6-digit county code): "
                        + values.get("--county")));
        long households = number(values, "--households");
        GeneratorSettings settings = GeneratorSettings.of(county, households, number(values, "--seed"),
                Path.of(values.get("--out")));
        if (values.containsKey("--as-of")) {
            settings = settings.withAsOf(date(values.get("--as-of")));
        }
        if (values.containsKey("--threads")) {
            settings = settings.withThreads((int) number(values, "--threads"));
        }
        return settings;
    }

    private static long number(Map<String, String> values, String option) {
        try {
            return Long.parseLong(values.get(option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " 需要整数 (needs a whole number): " + values.get(option));
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of 需要日期 YYYY-MM-DD (needs a date): " + text);
        }
    }

    private static void print(GenerationSummary summary, GeneratorSettings settings, PrintStream out) {
        out.printf("已生成 (generated) %s: %,d 户 (households), %,d 人 (persons), 部门数据 %,d 行 (feed rows), %.1f s%n",
                settings.out(), summary.households(), summary.persons(), summary.feedRows(),
                summary.elapsed().toMillis() / 1000.0);
        StringBuilder files = new StringBuilder("  rows:");
        summary.rowsPerFile().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> files.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        out.println(files);
        StringBuilder plants = new StringBuilder("  manifest:");
        summary.plantsPerRule().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> plants.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        out.println(plants);
    }
}
