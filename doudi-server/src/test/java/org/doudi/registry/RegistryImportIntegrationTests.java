package org.doudi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.doudi.RegistryFiles;
import org.doudi.TestIds;
import org.doudi.Villages;
import org.doudi.access.RegionScope;
import org.doudi.kernel.DivisionCode;
import org.doudi.registry.imports.ImportOutcome;
import org.doudi.registry.imports.ImportReport;
import org.doudi.registry.imports.RegistryExport;
import org.doudi.registry.imports.RegistryImport;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegistryImportIntegrationTests {

    private static final RegionScope COUNTY = RegionScope.of(DivisionCode.parse(Villages.COUNTY));

    @Autowired
    RegistryImport importer;
    @Autowired
    RegistryExport exporter;
    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    private ImportReport importCsv(String name, byte[] bytes) {
        return importer.importStream(name, new ByteArrayInputStream(bytes), "tester", COUNTY);
    }

    private static String id(int birthYear) {
        return TestIds.next(LocalDate.of(birthYear, 3, 1));
    }

    @Test
    void aCleanFileCreatesHouseholdsPersonsMembershipsAndProgrammeStatuses() {
        String no = TestIds.householdNo("T");
        String applicant = id(1960);
        String spouse = id(1962);
        ImportReport report = importCsv("persons.csv", RegistryFiles.contractColumns()
                .member(no, applicant, "张大山", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "640.00")
                .member(no, spouse, "李小花", "SPOUSE", Villages.YONGZHENG, "DIBAO", "ACTIVE", "640.00")
                .bytes());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(report.counts().householdsCreated()).isEqualTo(1);
        assertThat(report.counts().personsCreated()).isEqualTo(2);
        long id = households.idOf(no, COUNTY).orElseThrow();
        assertThat(households.membersOn(id, LocalDate.now(org.doudi.DoudiApplication.ZONE))).extracting(Member::name).containsExactly("张大山", "李小花");
        assertThat(households.programmeStatuses(id, false)).singleElement()
                .satisfies(s -> {
                    assertThat(s.programme()).isEqualTo("DIBAO");
                    assertThat(s.status()).isEqualTo("ACTIVE");
                    assertThat(s.monthlyAmount()).isEqualByComparingTo("640");
                });
        assertThat(households.timeline(id)).extracting(TimelineEntry::action).containsExactly("CREATED");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String no = TestIds.householdNo("T");
        byte[] file = RegistryFiles.contractColumns()
                .member(no, id(1950), "王一", "APPLICANT", Villages.WANGHUA, "EXTREME_POVERTY", "ACTIVE", "1190.00")
                .bytes();
        assertThat(importCsv("a.csv", file).outcome()).isEqualTo(ImportOutcome.APPLIED);
        long events = eventCount();

        ImportReport again = importCsv("a.csv", file);

        assertThat(again.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(again.counts().any()).isFalse();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndReportsTheRowColumnAndReason() {
        String good = TestIds.householdNo("T");
        String bad = TestIds.householdNo("T");
        String wrongChecksum = corruptChecksum(id(1972));
        ImportReport report = importCsv("bad.csv", RegistryFiles.contractColumns()
                .member(good, id(1971), "赵好", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "300")
                .member(bad, id(1970), "钱错", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "300")
                .with("id_number", wrongChecksum).with("birth_date", "")
                .bytes());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("id_number");
            assertThat(p.value()).isEqualTo(wrongChecksum);
            assertThat(p.code()).isEqualTo("ID_NUMBER_CHECKSUM");
            assertThat(p.message()).contains("校验位");
        });
        assertThat(households.idOf(good, COUNTY)).as("the good row is not imported either").isEmpty();
    }

    @Test
    void crossRowProblemsAreAllReportedWithTheirLines() {
        String one = TestIds.householdNo("T");
        String two = TestIds.householdNo("T");
        String duplicated = id(1980);
        ImportReport report = importCsv("cross.csv", RegistryFiles.contractColumns()
                .member(one, duplicated, "孙甲", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "500")
                .member(one, duplicated, "孙甲", "CHILD", Villages.YONGZHENG, "DIBAO", "ACTIVE", "500")
                .member(one, id(1985), "孙乙", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "600")
                .member(two, id(1990), "周丙", "SPOUSE", "340827100999", "", "MONITORED", "0")
                .bytes());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3L, "ID_NUMBER_DUPLICATE_IN_FILE"),
                org.assertj.core.groups.Tuple.tuple(4L, "APPLICANT_DUPLICATE"),
                org.assertj.core.groups.Tuple.tuple(4L, "HOUSEHOLD_FIELDS_INCONSISTENT"),
                org.assertj.core.groups.Tuple.tuple(5L, "APPLICANT_MISSING"),
                org.assertj.core.groups.Tuple.tuple(5L, "REGION_UNKNOWN"));
    }

    @Test
    void aPersonAlreadyInAnotherHouseholdIsRefused() {
        String person = id(1955);
        importCsv("first.csv", RegistryFiles.contractColumns()
                .member(TestIds.householdNo("T"), person, "吴甲", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "400")
                .bytes());

        ImportReport report = importCsv("second.csv", RegistryFiles.contractColumns()
                .member(TestIds.householdNo("T"), person, "吴甲", "APPLICANT", Villages.WANGHUA, "DIBAO", "ACTIVE", "400")
                .bytes());

        assertThat(report.problems()).extracting(RowProblem::code).containsExactly("ID_NUMBER_IN_OTHER_HOUSEHOLD");
    }

    @Test
    void aGbkFileIsDetectedAndImportedWithItsChineseNames() {
        String no = TestIds.householdNo("T");
        ImportReport report = importCsv("gbk.csv", RegistryFiles.contractColumns()
                .member(no, id(1948), "欧阳淑珍", "APPLICANT", Villages.YONGZHENG, "", "MONITORED", "0")
                .bytes(Charset.forName("GBK")));

        assertThat(report.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(report.encoding()).contains("GBK");
        long id = households.idOf(no, COUNTY).orElseThrow();
        assertThat(households.membersOn(id, LocalDate.now(org.doudi.DoudiApplication.ZONE))).extracting(Member::name).containsExactly("欧阳淑珍");
        assertThat(households.programmeStatuses(id, false)).extracting(ProgrammeStatusEntry::programme)
                .containsExactly("LOW_INCOME");
    }

    @Test
    void anXlsxFileImportsLikeItsCsv() {
        String no = TestIds.householdNo("T");
        RegistryFiles file = RegistryFiles.contractColumns()
                .member(no, id(1958), "郑表格", "APPLICANT", Villages.YONGZHENG, "MARGINAL", "MONITORED", "0");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(xlsx, "persons")) {
            file.csv().lines().forEach(line -> writer.writeRow(List.of(line.split(",", -1))));
        }

        ImportReport report = importer.importStream("persons.xlsx", new ByteArrayInputStream(xlsx.toByteArray()),
                "tester", COUNTY);

        assertThat(report.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(households.idOf(no, COUNTY)).isPresent();
    }

    @Test
    void changesInALaterFileAreRecordedOnTheTimelineWithOldAndNewValues() {
        String no = TestIds.householdNo("T");
        String applicant = id(1961);
        String child = id(2005);
        importCsv("v1.csv", RegistryFiles.contractColumns()
                .member(no, applicant, "冯父", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "700")
                .member(no, child, "冯子", "CHILD", Villages.YONGZHENG, "DIBAO", "ACTIVE", "700")
                .bytes());
        long id = households.idOf(no, COUNTY).orElseThrow();

        ImportReport report = importCsv("v2.csv", RegistryFiles.contractColumns()
                .member(no, applicant, "冯父", "APPLICANT", Villages.YONGZHENG, "DIBAO", "GRADUAL_EXIT", "350")
                .bytes());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(report.counts().membersEnded()).isEqualTo(1);
        assertThat(report.counts().statusesChanged()).isEqualTo(1);
        List<TimelineEntry> timeline = households.timeline(id);
        assertThat(timeline).extracting(TimelineEntry::action).contains("MEMBER_ENDED", "PROGRAMME_CHANGED");
        assertThat(timeline).filteredOn(e -> e.action().equals("PROGRAMME_CHANGED")).singleElement()
                .satisfies(e -> assertThat(e.changes()).contains("GRADUAL_EXIT").contains("ACTIVE").contains("350"));
        assertThat(households.programmeStatuses(id, true)).hasSize(2);
        assertThat(households.membersOn(id, LocalDate.now(org.doudi.DoudiApplication.ZONE))).extracting(Member::name).containsExactly("冯父");
        assertThat(households.membersOn(id, LocalDate.now(org.doudi.DoudiApplication.ZONE).minusDays(1))).extracting(Member::name)
                .as("the child was a member until yesterday").containsExactly("冯父", "冯子");
    }

    @Test
    void aFileThatBreaksOffHalfWayLeavesTheRegisterAsItWas() {
        String early = TestIds.householdNo("T");
        RegistryFiles file = RegistryFiles.contractColumns()
                .member(early, id(1966), "卫早", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "100");
        for (int i = 0; i < 9_000; i++) { // valid rows beyond the first mebibyte that the encoding sample reads
            file.member(TestIds.householdNo("P"), id(1940 + i % 60), "卫多", "APPLICANT", Villages.YONGZHENG, "", "MONITORED", "0");
        }
        String csv = file.csv();
        assertThat(csv.length()).isGreaterThan(1 << 20);
        byte[] valid = csv.getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(valid, valid.length + 2);
        broken[valid.length] = (byte) 0xC3; // a truncated UTF-8 sequence near the end of the file
        broken[valid.length + 1] = (byte) '\n';

        ImportReport report = importCsv("broken.csv", broken);

        assertThat(report.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(report.problems()).extracting(RowProblem::code).contains("FILE_ENCODING_INVALID");
        assertThat(households.idOf(early, COUNTY)).isEmpty();
    }

    @Test
    void anExportImportsBackWithoutAnyChange() {
        String no = TestIds.householdNo("T");
        importCsv("e.csv", RegistryFiles.contractColumns()
                .member(no, id(1944), "褚老", "APPLICANT", Villages.YANGZHA, "EXTREME_POVERTY", "ACTIVE", "1300")
                .with("disability_kind", "PHYSICAL").with("disability_grade", "2")
                .member(no, id(2012), "褚孙", "GRANDCHILD", Villages.YANGZHA, "EXTREME_POVERTY", "ACTIVE", "1300")
                .bytes());
        RegionScope village = RegionScope.of(DivisionCode.parse(Villages.YANGZHA));
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        long rows = exporter.export(export, false, village, "tester");

        ImportReport report = importer.importStream("export.csv", new ByteArrayInputStream(export.toByteArray()),
                "tester", village);

        assertThat(rows).isGreaterThanOrEqualTo(2);
        assertThat(report.problems()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
    }

    @Test
    void anImporterCannotWriteHouseholdsOutsideTheirRegion() {
        ImportReport report = importer.importStream("other.csv", new ByteArrayInputStream(RegistryFiles.contractColumns()
                        .member(TestIds.householdNo("T"), id(1977), "外乡", "APPLICANT", Villages.YANGZHA, "DIBAO", "ACTIVE", "200")
                        .bytes()), "tester", RegionScope.of(DivisionCode.parse(Villages.HUAYANG)));

        assertThat(report.problems()).extracting(RowProblem::code).containsExactly("REGION_OUT_OF_SCOPE");
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM household_event").query(Long.class).single();
    }

    private static String corruptChecksum(String idNumber) {
        char last = idNumber.charAt(17);
        char other = last == '0' ? '1' : '0';
        return idNumber.substring(0, 17) + other;
    }
}
