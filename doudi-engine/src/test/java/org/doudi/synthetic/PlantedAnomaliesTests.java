package org.doudi.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.registry.PersonsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class PlantedAnomaliesTests {

    private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

    @TempDir
    static Path temp;
    static GeneratedFiles files;
    static ReferenceChecks reference;
    static List<Map<String, String>> manifest;

    @BeforeAll
    static void generate() {
        files = GeneratedFiles.generate(temp, 2000, 1);
        reference = new ReferenceChecks(files, AS_OF);
        manifest = files.rows(OutputFile.MANIFEST);
    }

    @Test
    void everyRuleIsPlantedAFewTimesInTwoThousandHouseholds() {
        Map<String, Long> perRule = manifest.stream().collect(Collectors.groupingBy(r -> r.get("rule"), Collectors.counting()));
        for (Rule rule : Rule.values()) {
            assertThat(perRule.getOrDefault(rule.name(), 0L)).as(rule.name()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theManifestHasOneRowPerRuleHouseholdAndPerson() {
        Set<List<String>> keys = new HashSet<>();
        for (Map<String, String> row : manifest) {
            assertThat(keys.add(List.of(row.get("rule"), row.get("id_number"), row.get("household_id")))).as(row.toString()).isTrue();
        }
    }

    @Test
    void everyManifestRowNamesAPersonOfThatHouseholdOrSomeoneOnlyTheFeedsKnow() {
        for (Map<String, String> row : manifest) {
            String id = row.get("id_number");
            String household = row.get("household_id");
            if (household.isEmpty()) {
                assertThat(reference.inRegistry(id)).as(row.toString()).isFalse();
                assertThat(anyFeedMentions(id)).as(row.toString()).isTrue();
            } else {
                assertThat(reference.household(household)).as(row.toString())
                        .anyMatch(m -> m.get(PersonsFile.ID_NUMBER).equals(id));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Rule.class, names = "HIGH_MEDICAL_SPENDING", mode = EnumSource.Mode.EXCLUDE)
    void theManifestListsExactlyWhatTheRuleFindsInTheFiles(Rule rule) {
        assertThat(reference.manifest(rule)).isEqualTo(reference.expected(rule)).isNotEmpty();
    }

    @Test
    void plantedMedicalSpendingIsFarAboveEveryOtherHouseholdsSpending() {
        Set<String> planted = reference.manifest(Rule.HIGH_MEDICAL_SPENDING).stream()
                .map(ReferenceChecks.Finding::householdId).collect(Collectors.toSet());
        reference.outOfPocketLast12Months().forEach((household, spent) -> {
            if (planted.contains(household)) {
                int size = reference.household(household).size();
                assertThat(spent).as(household).isGreaterThanOrEqualTo(Math.max(60_000.0, 2.0 * 13_860 * size));
            } else {
                assertThat(spent).as(household).isLessThan(15_000.0);
            }
        });
        assertThat(planted).isNotEmpty();
    }

    @Test
    void decoysLookLikeAnomaliesButAreNotInTheManifest() {
        assertThat(files.rows(OutputFile.VEHICLES)).anyMatch(r -> FeedVocabulary.EXEMPT_VEHICLE_TYPES.contains(r.get("vehicle_type"))
                && reference.person(r.get("id_number")).isPresent());
        assertThat(files.rows(OutputFile.BUSINESSES)).anyMatch(r -> FeedVocabulary.BUSINESS_CLOSED.contains(r.get("status"))
                && reference.person(r.get("id_number")).isPresent());
        assertThat(files.rows(OutputFile.DEATHS)).anyMatch(r -> !reference.inRegistry(r.get("id_number")));
        assertThat(files.rows(OutputFile.REAL_ESTATE)).anyMatch(r -> r.get("property_type").equals(FeedVocabulary.RESIDENTIAL_PROPERTY)
                && reference.person(r.get("id_number")).isPresent());
        assertThat(files.rows(OutputFile.EDUCATION)).anyMatch(r -> !reference.inRegistry(r.get("id_number")));
        assertThat(files.rows(OutputFile.PERSONS)).anyMatch(r -> r.get(PersonsFile.STAFF_RELATIVE).equals("Y"));
        assertThat(files.rows(OutputFile.HOTLINE)).anyMatch(r -> FeedVocabulary.HOTLINE_OTHER.contains(r.get("category")));
    }

    @Test
    void feedsCoverTheGeneralPopulationToo() {
        long strangers = files.rows(OutputFile.MEDICAL).stream().filter(r -> !reference.inRegistry(r.get("id_number"))).count();
        assertThat(strangers).isGreaterThan(500);
    }

    @Test
    void feedsHoldAboutFourRowsPerRegistryPersonOfWhichHalfAreMedical() {
        long persons = files.rows(OutputFile.PERSONS).size();
        long medical = files.rows(OutputFile.MEDICAL).size();
        long feeds = OutputFile.feeds().stream().mapToLong(f -> files.rows(f).size()).sum();
        assertThat(medical).isBetween(persons * 18 / 10, persons * 22 / 10);
        assertThat(feeds).isBetween(persons * 36 / 10, persons * 45 / 10);
    }

    @Test
    void everyDepartmentFeedHasExactlyItsContractColumns() {
        for (OutputFile feed : OutputFile.feeds()) {
            assertThat(GeneratedFiles.split(files.lines(feed).get(0))).as(feed.fileName()).isEqualTo(feed.columns());
            assertThat(files.rows(feed)).as(feed.fileName()).isNotEmpty();
        }
        assertThat(Arrays.stream(OutputFile.values()).map(OutputFile::fileName))
                .contains("deaths.csv", "medical.csv", "disability.csv", "labour.csv", "vehicles.csv", "real_estate.csv",
                        "businesses.csv", "housing_fund.csv", "education.csv", "rural_revitalisation.csv", "hotline.csv",
                        "staff.csv", "persons_neighbour.csv");
    }

    private static boolean anyFeedMentions(String id) {
        return OutputFile.feeds().stream().anyMatch(feed -> files.rows(feed).stream().anyMatch(r -> r.containsValue(id)));
    }
}
