package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.IdNumber;
import org.doudi.policy.PolicyPacks;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.TableWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings, workbooks, unreadable rows and unreadable ID numbers, on a small generated county. */
class MonitorInputTests {

    private static final Charset GBK = Charset.forName("GB18030");

    @TempDir
    static Path directory;

    static GeneratedCounty county;

    @BeforeAll
    static void generate() {
        county = GeneratedCounty.generate(directory.resolve("county"), 1200, 11);
    }

    private static MonitorResult monitor(Path feeds) {
        return new Monitor(PolicyPacks.shipped())
                .run(new MonitorRequest(county.directory(), feeds, county.asOf(), null), null);
    }

    private static Path copyOfFeeds(String name) throws IOException {
        Path copy = Files.createDirectories(directory.resolve(name));
        try (var files = Files.list(county.directory())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void the_gbk_disability_feed_is_read() {
        assertThat(new String(bytes(county.directory().resolve("disability.csv")), StandardCharsets.UTF_8))
                .as("the generator writes disability.csv in GB18030").doesNotContain("身份证");
        MonitorResult result = monitor(county.directory());
        assertThat(result.summary().rowsReadByFeed().get("disability.csv"))
                .isEqualTo(county.rows("disability.csv").size());
        assertThat(result.findings()).anyMatch(f -> f.rule().equals("NEW_SEVERE_DISABILITY"));
    }

    @Test
    void every_bad_checksum_and_bad_date_the_generator_planted_is_rejected_with_its_line() {
        MonitorResult result = monitor(county.directory());
        List<String> rejected = result.rejections().stream().map(r -> r.file() + ":" + r.line()).toList();
        for (TableRow noise : county.rows("noise.csv")) {
            String at = noise.get("file") + ":" + noise.get("line");
            switch (noise.get("kind")) {
                case "BAD_CHECKSUM", "BAD_DATE" -> assertThat(rejected).as(noise.toString()).contains(at);
                case "OLD_15_DIGIT_ID", "DUPLICATE_ROW" -> assertThat(rejected).as(noise.toString()).doesNotContain(at);
                default -> { }
            }
        }
        assertThat(result.rejections()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    @Test
    void bad_rows_are_rejected_with_file_line_and_reason_and_the_run_goes_on() throws IOException {
        Path feeds = copyOfFeeds("bad-rows");
        String row = Files.readAllLines(feeds.resolve("labour.csv")).get(1);
        String id = row.substring(0, 18);
        Files.writeString(feeds.resolve("labour.csv"), String.join("\n",
                id + ",某人,EMPLOYED,2025-02-30,3000",
                id + ",某人,RETIRED,2025-01-01,3000",
                ",某人,EMPLOYED,2025-01-01,3000") + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        long lines = Files.readAllLines(feeds.resolve("labour.csv")).size();
        Files.writeString(feeds.resolve("hotline.csv"), "\"unclosed", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        MonitorResult result = monitor(feeds);

        assertThat(result.rejections()).filteredOn(r -> r.file().equals("labour.csv")).extracting(Rejection::line)
                .contains(lines - 2, lines - 1, lines);
        assertThat(result.rejections()).filteredOn(r -> r.file().equals("labour.csv") && r.line() == lines - 1)
                .singleElement().satisfies(r -> assertThat(r.reason()).contains("event").contains("EMPLOYED"));
        assertThat(result.rejections()).filteredOn(r -> r.file().equals("labour.csv") && r.line() == lines)
                .singleElement().satisfies(r -> assertThat(r.reason()).contains("身份证号码为空"));
        assertThat(result.rejections()).anyMatch(r -> r.file().equals("hotline.csv"));
        assertThat(result.summary().rejected()).isEqualTo(result.rejections().size());
        assertThat(result.findings()).anyMatch(f -> f.rule().equals("DEATH_OF_RECIPIENT"));
    }

    @Test
    void a_person_whose_id_number_is_spoiled_is_matched_by_name_birth_date_and_region_with_low_confidence()
            throws IOException {
        Path feeds = copyOfFeeds("spoiled-id");
        Path deaths = feeds.resolve("deaths.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(deaths));
        TableRow planted = county.rows("manifest.csv").stream().filter(r -> r.get("rule").equals("DEATH_OF_RECIPIENT"))
                .findFirst().orElseThrow();
        String id = planted.get("id_number");
        int index = -1;
        for (int i = 1; i < lines.size(); i++) {
            index = lines.get(i).startsWith(id) ? i : index;
        }
        int at = index;
        char check = id.charAt(17) == '1' ? '2' : '1';
        lines.set(at, id.substring(0, 17) + check + lines.get(at).substring(18));
        Files.write(deaths, lines);

        MonitorResult result = monitor(feeds);

        assertThat(result.rejections()).anyMatch(r -> r.file().equals("deaths.csv") && r.line() == at + 1
                && r.reason().contains("校验位") && r.reason().contains("低置信度"));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("DEATH_OF_RECIPIENT") && f.idNumber().equals(id))
                .singleElement().satisfies(f -> {
                    assertThat(f.lowConfidence()).isTrue();
                    assertThat(f.householdId()).isEqualTo(planted.get("household_id"));
                    assertThat(f.evidence()).contains("低置信度");
                });
    }

    @Test
    void a_namesake_born_the_same_day_in_the_same_county_is_not_taken_for_the_registry_person() throws IOException {
        Path feeds = copyOfFeeds("namesake");
        Path deaths = feeds.resolve("deaths.csv");
        List<TableRow> planted = county.rows("manifest.csv").stream()
                .filter(r -> r.get("rule").equals("DEATH_OF_RECIPIENT")).toList();
        String id = planted.get(planted.size() - 1).get("id_number");
        String sequence = id.charAt(14) == '9' ? "0" : String.valueOf((char) (id.charAt(14) + 1));
        String first17 = id.substring(0, 14) + sequence + (id.charAt(15) == '9' ? '0' : (char) (id.charAt(15) + 1)) + id.charAt(16);
        char wrong = IdNumber.checkCharacter(first17) == '1' ? '2' : '1';
        Files.writeString(deaths, Files.readString(deaths).replace(id, first17 + wrong));

        MonitorResult result = monitor(feeds);

        assertThat(result.findings()).noneMatch(f -> f.rule().equals("DEATH_OF_RECIPIENT") && f.idNumber().equals(id));
        assertThat(result.rejections()).anyMatch(r -> r.file().equals("deaths.csv") && r.reason().contains(first17 + wrong)
                && !r.reason().contains("低置信度"));
    }

    @Test
    void an_old_15_digit_number_is_converted_and_matched_with_full_confidence() throws IOException {
        Path feeds = copyOfFeeds("old-number");
        Path vehicles = feeds.resolve("vehicles.csv");
        TableRow planted = county.rows("manifest.csv").stream().filter(r -> r.get("rule").equals("VEHICLE_OWNED")
                && IdNumber.parse(r.get("id_number")).birthDate().getYear() < 2000).findFirst().orElseThrow();
        String id = planted.get("id_number");
        String old = id.substring(0, 6) + id.substring(8, 17);
        Files.writeString(vehicles, Files.readString(vehicles).replace(id, old));

        MonitorResult result = monitor(feeds);

        assertThat(result.findings()).filteredOn(f -> f.rule().equals("VEHICLE_OWNED") && f.idNumber().equals(id))
                .singleElement().satisfies(f -> {
                    assertThat(f.lowConfidence()).isFalse();
                    assertThat(f.evidence()).contains("15位");
                });
    }

    @Test
    void a_feed_in_an_excel_workbook_gives_the_same_findings_as_in_csv() throws IOException {
        Path feeds = copyOfFeeds("workbook");
        try (TableReader reader = TableReader.open(feeds.resolve("real_estate.csv"));
             TableWriter writer = TableWriter.xlsx(feeds.resolve("real_estate.xlsx"), "不动产")) {
            writer.writeRow(reader.columns());
            reader.forEach(row -> writer.writeRow(row.cells()));
        }
        Files.delete(feeds.resolve("real_estate.csv"));

        List<String> fromWorkbook = keys(monitor(feeds), "REAL_ESTATE_OWNED");

        assertThat(fromWorkbook).isNotEmpty().isEqualTo(keys(monitor(county.directory()), "REAL_ESTATE_OWNED"));
    }

    @Test
    void the_same_inputs_give_a_byte_identical_findings_file() {
        assertThat(findingsFile(monitor(county.directory()))).isEqualTo(findingsFile(monitor(county.directory())));
    }

    private static List<String> keys(MonitorResult result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).map(GeneratedCounty::key).toList();
    }

    private static byte[] findingsFile(MonitorResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Monitor.writeFindings(result.findings(), out);
        return out.toByteArray();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
