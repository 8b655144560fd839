package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorCommandTests {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return MonitorCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_offline_command_writes_findings_and_rejected_rows_beside_them() throws IOException {
        GeneratedCounty county = GeneratedCounty.generate(directory.resolve("county"), 800, 3);
        Path findings = Files.createDirectories(directory.resolve("out")).resolve("findings.csv");

        int exit = run("--registry", county.directory().toString(), "--feeds", county.directory().toString(),
                "--as-of", county.asOf().toString(), "--out", findings.toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(findings, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFrule,severity,household_id,id_number,name,region,evidence,recommendation,low_confidence");
        assertThat(lines.size() - 1L).isEqualTo(county.manifest().size());
        assertThat(Files.readAllLines(directory.resolve("out/rejected.csv")).get(0)).isEqualTo("\uFEFFfile,line,reason");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("监测完成", "medical.csv=", "DEATH_OF_RECIPIENT=", "STUDENT_IN_LOW_INCOME_HOUSEHOLD=");
    }

    @Test
    void a_missing_folder_is_a_usage_error_in_chinese() {
        int exit = run("--registry", directory.resolve("nowhere").toString(), "--feeds", directory.toString(),
                "--as-of", "2025-06-30", "--out", directory.resolve("findings.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("登记库目录不存在").contains("用法");
    }

    @Test
    void a_registry_folder_without_persons_is_a_usage_error() {
        int exit = run("--registry", directory.toString(), "--feeds", directory.toString(),
                "--as-of", "2025-06-30", "--out", directory.resolve("findings.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("persons.csv");
    }

    @Test
    void bad_arguments_exit_with_2() {
        assertThat(run("--registry", directory.toString())).isEqualTo(2);
        assertThat(run("--registry", directory.toString(), "--feeds", directory.toString(), "--as-of", "30.6.2025",
                "--out", "f.csv")).isEqualTo(2);
        assertThat(run("--colour", "blue")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("缺少 (missing) --feeds", "--as-of 需要日期", "未知参数");
    }
}
