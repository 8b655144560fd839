package org.doudi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the product's own command line, {@code java -jar doudi.jar import FILE}, against the benchmark
 * server, as a separate process: its wall time, the import's own "用时 X 秒", its outcome, and the peak
 * resident memory of the process (from {@code /usr/bin/time -v} when installed, else VmHWM polled from /proc).
 */
final class ProductCommand {

    /** {@code 批次 %d：%s，编码 %s，读取 %d 行，错误 %d 处，用时 %.1f 秒}, printed by CommandLine.importFile. */
    private static final Pattern SUMMARY = Pattern.compile(
            "批次 (\\d+)：(\\w+)，编码 (\\S+)，读取 (\\d+) 行，错误 (\\d+) 处，用时 ([0-9.]+) 秒");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    record Result(int exitCode, double wallSeconds, Double ownSeconds, String outcome, long rowsRead, long errors,
                  OptionalLong peakRssKib, String rssSource, Double cpuSeconds, List<String> output) {

        boolean applied() {
            return exitCode == 0 && "APPLIED".equals(outcome);
        }

        List<String> summaryLines() {
            return output.stream().filter(l -> l.startsWith("批次 ") || l.startsWith("新建家庭 ")).toList();
        }
    }

    private ProductCommand() {
    }

    /**
     * {@code java [jvmFlags] -jar doudi.jar import FILE}. The only flags always added are
     * {@code -Dsun.std*.encoding=UTF-8}, which fix how the product prints so that its summary line can be
     * read back.
     */
    static Result importFile(Path productJar, List<String> jvmFlags, Path file, BenchServer server, Path workDir,
                             Path outputFile) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> javaCommand = new ArrayList<>(List.of(java, "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8"));
        javaCommand.addAll(jvmFlags);
        // run from the jar's folder as `-jar doudi.jar`: a command line without "target/doudi.jar" is left alone
        // by a `pkill -f .../target/doudi.jar` that stops a developer's server on the same machine
        javaCommand.addAll(List.of("-jar", productJar.getFileName().toString(), "import", file.toAbsolutePath().toString()));
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        Path timeReport = workDir.toAbsolutePath().resolve(outputFile.getFileName() + ".time-v.txt");
        List<String> command = new ArrayList<>();
        if (gnuTime) {
            command.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeReport.toString()));
        }
        command.addAll(javaCommand);

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(productJar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        Map<String, String> env = builder.environment();
        env.put("DOUDI_DB_URL", server.jdbcUrl());
        env.put("DOUDI_DB_USER", BenchServer.USER);
        env.put("DOUDI_DB_PASSWORD", "");

        long started = System.nanoTime();
        Process process = builder.start();
        Thread killer = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killer);
        long hwm = 0;
        while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
            if (!gnuTime) {
                hwm = Math.max(hwm, vmHwmKib(process.pid()));
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Runtime.getRuntime().removeShutdownHook(killer);

        List<String> output = Files.readAllLines(outputFile, StandardCharsets.UTF_8);
        OptionalLong rss = OptionalLong.empty();
        String rssSource = "none";
        Double cpu = null;
        if (gnuTime && Files.exists(timeReport)) {
            String report = Files.readString(timeReport);
            Matcher m = MAX_RSS.matcher(report);
            if (m.find()) {
                rss = OptionalLong.of(Long.parseLong(m.group(1)));
                rssSource = "/usr/bin/time -v, maximum resident set size";
            }
            Matcher c = CPU.matcher(report);
            while (c.find()) {
                cpu = (cpu == null ? 0 : cpu) + Double.parseDouble(c.group(1));
            }
        } else if (hwm > 0) {
            rss = OptionalLong.of(hwm);
            rssSource = "VmHWM from /proc, polled every 200 ms";
        }
        Double own = null;
        String outcome = null;
        long rows = -1;
        long errors = -1;
        for (String line : output) {
            Matcher m = SUMMARY.matcher(line);
            if (m.find()) {
                outcome = m.group(2);
                rows = Long.parseLong(m.group(4));
                errors = Long.parseLong(m.group(5));
                own = Double.parseDouble(m.group(6));
            }
        }
        return new Result(process.exitValue(), wall, own, outcome, rows, errors, rss, rssSource, cpu, output);
    }

    private static long vmHwmKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process has just ended, or there is no /proc: no figure
        }
        return 0;
    }
}
