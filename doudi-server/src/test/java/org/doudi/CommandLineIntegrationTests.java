package org.doudi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.doudi.access.RegionScope;
import org.doudi.kernel.DivisionCode;
import org.doudi.registry.Households;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code java -jar doudi.jar import FILE} and {@code export FILE}, as the command line runs them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@org.springframework.test.context.ActiveProfiles("cli")
class CommandLineIntegrationTests {

    @Autowired
    CommandLine commandLine;
    @Autowired
    Households households;

    @TempDir
    Path dir;

    @Test
    void importThenExportThenImportTheExportChangesNothing() throws Exception {
        String no = TestIds.householdNo("C");
        Path file = dir.resolve("persons.csv");
        Files.write(file, RegistryFiles.contractColumns()
                .member(no, TestIds.next(LocalDate.of(1949, 10, 1)), "秦老", "APPLICANT", Villages.WANGHUA, "DIBAO", "ACTIVE", "880")
                .bytes());

        assertThat(commandLine.run("import", List.of(file.toString()))).isZero();
        assertThat(households.idOf(no, RegionScope.NATIONAL)).isPresent();

        Path export = dir.resolve("export.xlsx");
        assertThat(commandLine.run("export", List.of(export.toString(), "--region", Villages.WANGHUA))).isZero();
        assertThat(Files.size(export)).isPositive();
        assertThat(commandLine.run("import", List.of(export.toString(), "--region", Villages.WANGHUA))).isZero();
    }

    @Test
    void aFileWithErrorsExitsWithOneAndWritesTheErrorsBesideIt() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.write(file, RegistryFiles.contractColumns()
                .member(TestIds.householdNo("C"), TestIds.next(LocalDate.of(1950, 1, 1)), "甲", "PARENT", Villages.WANGHUA, "", "", "0")
                .bytes());

        assertThat(commandLine.run("import", List.of(file.toString()))).isEqualTo(1);

        String errors = Files.readString(dir.resolve("bad.csv.errors.csv"), StandardCharsets.UTF_8);
        assertThat(errors).contains("行号").contains("APPLICANT_MISSING");
        assertThat(households.search(new org.doudi.registry.HouseholdSearch("甲", null, Villages.WANGHUA, null, 0),
                RegionScope.of(DivisionCode.parse(Villages.WANGHUA)))).noneMatch(h -> "甲".equals(h.applicantName()));
    }

    @Test
    void aMissingFileOrArgumentIsAUsageError() {
        assertThat(commandLine.run("import", List.of(dir.resolve("nowhere.csv").toString()))).isEqualTo(2);
        assertThat(commandLine.run("import", List.of())).isEqualTo(2);
    }
}
