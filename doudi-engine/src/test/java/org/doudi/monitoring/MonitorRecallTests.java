package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.doudi.policy.PolicyPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's manifest against the findings, compared by (rule, household_id, id_number): recall must be
 * 100% for every rule. The manifest is exhaustive for every rule, including STUDENT_IN_LOW_INCOME_HOUSEHOLD
 * (RegistryFeeds writes a manifest row for every student of an active or marginal household), so any finding
 * outside it is unexplained and fails the test. Recall and precision per rule are printed.
 */
class MonitorRecallTests {

    @TempDir
    static Path directory;

    static GeneratedCounty county;
    static MonitorResult result;

    @BeforeAll
    static void generateAndMonitor() {
        county = GeneratedCounty.generate(directory.resolve("county"), 3000, 7);
        result = new Monitor(PolicyPacks.shipped()).run(county.request(directory.resolve("rejected.csv")), null);
    }

    @Test
    void every_planted_anomaly_is_found() {
        Set<String> found = new TreeSet<>();
        result.findings().forEach(f -> found.add(GeneratedCounty.key(f)));
        Set<String> missed = new TreeSet<>(county.manifest());
        missed.removeAll(found);
        report(found);
        assertThat(missed).isEmpty();
    }

    @Test
    void every_finding_is_a_planted_anomaly() {
        Set<String> manifest = county.manifest();
        Set<String> unexplained = new TreeSet<>();
        result.findings().stream().filter(f -> !manifest.contains(GeneratedCounty.key(f)))
                .forEach(f -> unexplained.add(GeneratedCounty.key(f) + " " + f.evidence()));
        assertThat(unexplained).isEmpty();
    }

    private static void report(Set<String> found) {
        Set<String> manifest = county.manifest();
        Map<String, int[]> perRule = new TreeMap<>();
        manifest.forEach(k -> perRule.computeIfAbsent(k.split("\\|")[0], r -> new int[3])[0]++);
        found.forEach(k -> {
            int[] counts = perRule.computeIfAbsent(k.split("\\|")[0], r -> new int[3]);
            counts[1]++;
            counts[2] += manifest.contains(k) ? 1 : 0;
        });
        perRule.forEach((rule, c) -> System.out.printf("%-32s planted %4d found %4d true %4d recall %5.1f%% precision %5.1f%%%n",
                rule, c[0], c[1], c[2], c[0] == 0 ? 100.0 : 100.0 * c[2] / c[0], c[1] == 0 ? 100.0 : 100.0 * c[2] / c[1]));
        System.out.println("rejected " + result.summary().rejected() + " " + result.summary().rowsReadByFeed());
    }
}
