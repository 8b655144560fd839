package org.doudi.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.kernel.DivisionCode;
import org.doudi.synthetic.Generator;
import org.doudi.synthetic.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayrollCommandTests {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PayrollCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_offline_command_writes_the_payroll_and_the_audit_and_the_same_inputs_give_the_same_files() throws IOException {
        Path county = directory.resolve("county");
        Generator.generate(GeneratorSettings.of(new DivisionCode("340827"), 600, 3, county), null);
        Files.writeString(county.resolve("custody.csv"),
                "agreement_id,household_id,custodian_name,account,filed_date,expires_on\nDG-1,X1,王某,6217,2024-01-05,\n");

        int first = run("--registry", county.toString(), "--feeds", county.toString(), "--month", "2025-07",
                "--out", directory.resolve("run1").toString());
        int second = run("--registry", county.toString(), "--feeds", county.toString(), "--month", "2025-07",
                "--out", directory.resolve("run2").toString());

        assertThat(first).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(second).isZero();
        List<String> payroll = Files.readAllLines(directory.resolve("run1/payroll.csv"));
        assertThat(payroll.get(0)).endsWith("household_id,id_number,name,programme,month,amount,account,account_holder,basis");
        assertThat(payroll).hasSizeGreaterThan(1);
        assertThat(payroll.get(1)).contains(",2025-07,");
        assertThat(Files.readAllLines(directory.resolve("run1/audit.csv")).get(0))
                .endsWith("rule,id_number,household_id,amount,reason");
        for (String file : List.of("payroll.csv", "audit.csv", "rejected.csv")) {
            assertThat(Files.readAllBytes(directory.resolve("run1").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(directory.resolve("run2").resolve(file)));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("发放完成", "合计", "暂扣", "findings:", "PAID_AFTER_DEATH=", "用时");
    }

    @Test
    void bad_arguments_exit_2_with_a_chinese_message() {
        assertThat(run("--registry", directory.toString(), "--feeds", directory.toString(), "--month", "2025-13",
                "--out", directory.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--month 需要月份", "用法");
        assertThat(run("--registry", directory.resolve("missing").toString(), "--feeds", directory.toString(),
                "--month", "2025-07", "--out", directory.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("登记库目录不存在");
        assertThat(run("--month", "2025-07")).isEqualTo(2);
        assertThat(run("--bogus", "x")).isEqualTo(2);
    }
}
