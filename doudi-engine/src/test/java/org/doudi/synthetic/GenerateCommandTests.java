package org.doudi.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTests {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryFileAndPrintsASummary() {
        int code = run("--county", "340827", "--households", "50", "--seed", "3", "--out", temp.toString());

        assertThat(code).isZero();
        for (OutputFile file : OutputFile.values()) {
            assertThat(temp.resolve(file.fileName())).exists();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("50 户").contains("persons.csv=").contains("manifest:");
    }

    @Test
    void aMissingOptionExitsWithTwoAndTheUsageInChineseAndEnglish() {
        int code = run("--county", "340827", "--households", "50", "--out", temp.toString());

        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("--seed").contains("用法").contains("usage");
        assertThat(temp.resolve("persons.csv")).doesNotExist();
    }

    @Test
    void anUnknownOptionExitsWithTwo() {
        assertThat(run("--county", "340827", "--households", "5", "--seed", "1", "--out", temp.toString(), "--fast", "y"))
                .isEqualTo(2);
        assertThat(errors()).contains("--fast");
    }

    @Test
    void aHouseholdCountThatIsNotANumberExitsWithTwo() {
        assertThat(run("--county", "340827", "--households", "many", "--seed", "1", "--out", temp.toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("--households");
    }

    @Test
    void aVillageCodeInsteadOfACountyExitsWithTwo() {
        assertThat(run("--county", "340827100204", "--households", "5", "--seed", "1", "--out", temp.toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("--county");
    }

    @Test
    void aCountyThatDoesNotExistExitsWithTwo() {
        assertThat(run("--county", "349999", "--households", "5", "--seed", "1", "--out", temp.toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("349999");
    }

    @Test
    void aBadAsOfDateExitsWithTwo() {
        assertThat(run("--county", "340827", "--households", "5", "--seed", "1", "--out", temp.toString(),
                "--as-of", "2025-02-30")).isEqualTo(2);
        assertThat(errors()).contains("--as-of");
    }

    @Test
    void theAsOfDateDefaultsToTheEndOfJune2025NotToday() throws Exception {
        run("--county", "340827", "--households", "30", "--seed", "3", "--out", temp.toString());

        assertThat(GenerateCommand.parse(List.of("--county", "340827", "--households", "1", "--seed", "1", "--out", "x"))
                .asOf()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        assertThat(Files.readString(temp.resolve("persons.csv"))).doesNotContain("2025-07-");
    }
}
