package org.doudi.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs every policy case under {@code src/test/resources/policy-cases/} (one YAML file per programme or
 * topic) against the shipped packs. A file:
 *
 * <pre>
 * source: 民发〔2021〕57号第十三条          # default source of the cases below
 * cases:
 *   - name: 三口之家，收入低于标准
 *     source: ...                         # required on the case or the file: seed, article, published example
 *     request: { ...contracts/assessment.md request... }
 *     expect:
 *       eligible: true
 *       monthlyAmount: 1100.00            # compared as numbers
 *       amount: 2500                      # TEMPORARY
 *       approvalLevel: TOWNSHIP
 *       deadline: 2026-10-09
 *       figures: {perCapitaIncome: 333.33}     # each listed figure must match (numbers by value)
 *       reasons: [INCOME_BELOW_STANDARD]       # codes that must be among the reasons
 *       notReasons: [ASSETS_OVER_LIMIT]        # codes that must not be
 *       parametersUsed: [dibao.standard]       # names that must be among the parameters used
 *       notes: [示例值]                          # fragments that must appear in some note
 *       error: {code: ID_NUMBER_CHECKSUM, field: household.members[0].idNumber}   # the request is refused
 * </pre>
 */
class PolicyCasesTests {

    private static final Path CASES = Path.of("src/test/resources/policy-cases");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Assessor ASSESSOR = new Assessor(PolicyPacks.shipped());

    @TestFactory
    Stream<DynamicTest> everyPolicyCase() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CASES)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream().flatMap(PolicyCasesTests::casesOf);
    }

    /** Cases counted by the bar (at least 80 across every programme). */
    static long caseCount() throws IOException {
        try (Stream<Path> walk = Files.walk(CASES)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).mapToLong(p -> {
                try {
                    return YAML.readTree(p.toFile()).path("cases").size();
                } catch (RuntimeException e) {
                    throw new IllegalStateException(p + ": " + e.getMessage(), e);
                }
            }).sum();
        }
    }

    private static Stream<DynamicTest> casesOf(Path file) {
        JsonNode root = YAML.readTree(file.toFile());
        String fileSource = root.path("source").asString(null);
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (JsonNode c : root.path("cases")) {
            String name = CASES.relativize(file) + " › " + c.path("name").asString("?");
            tests.add(DynamicTest.dynamicTest(name, () -> run(c, fileSource)));
        }
        return tests.stream();
    }

    private static void run(JsonNode c, String fileSource) {
        String source = c.path("source").asString(fileSource);
        assertThat(source).as("every case cites its source").isNotBlank();
        AssessmentRequest request = JSON.treeToValue(c.path("request"), AssessmentRequest.class);
        JsonNode expect = c.path("expect");
        if (expect.has("error")) {
            assertThatThrownBy(() -> ASSESSOR.assess(request))
                    .isInstanceOf(AssessmentException.class)
                    .satisfies(e -> {
                        AssessmentException error = (AssessmentException) e;
                        assertThat(error.code()).isEqualTo(expect.path("error").path("code").asString());
                        if (expect.path("error").has("field")) {
                            assertThat(error.field()).isEqualTo(expect.path("error").path("field").asString());
                        }
                    });
            return;
        }
        Decision decision = ASSESSOR.assess(request);
        String context = "\n" + describe(decision);
        if (expect.has("eligible")) {
            assertThat(decision.eligible()).as("eligible" + context).isEqualTo(expect.path("eligible").asBoolean());
        }
        if (expect.has("monthlyAmount")) {
            assertThat(decision.monthlyAmount()).as("monthlyAmount" + context)
                    .isEqualByComparingTo(expect.path("monthlyAmount").asString());
        }
        if (expect.has("amount")) {
            assertThat(decision.amount()).as("amount" + context).isEqualByComparingTo(expect.path("amount").asString());
        }
        if (expect.has("approvalLevel")) {
            assertThat(decision.approvalLevel()).as("approvalLevel" + context)
                    .hasToString(expect.path("approvalLevel").asString());
        }
        if (expect.has("deadline")) {
            assertThat(decision.deadline()).as("deadline" + context)
                    .isEqualTo(LocalDate.parse(expect.path("deadline").asString()));
        }
        for (Map.Entry<String, JsonNode> figure : expect.path("figures").properties()) {
            assertThat(decision.figures()).as("figures" + context).containsKey(figure.getKey());
            Object actual = decision.figures().get(figure.getKey());
            if (figure.getValue().isNumber()) {
                assertThat(new BigDecimal(String.valueOf(actual))).as(figure.getKey() + context)
                        .isEqualByComparingTo(figure.getValue().asString());
            } else {
                assertThat(String.valueOf(actual)).as(figure.getKey() + context).isEqualTo(figure.getValue().asString());
            }
        }
        List<String> codes = decision.reasons().stream().map(Decision.Reason::code).toList();
        expect.path("reasons").forEach(code -> assertThat(codes).as("reasons" + context).contains(code.asString()));
        expect.path("notReasons").forEach(code -> assertThat(codes).as("reasons" + context).doesNotContain(code.asString()));
        List<String> used = decision.parametersUsed().stream().map(Decision.ParameterUse::name).toList();
        expect.path("parametersUsed").forEach(n -> assertThat(used).as("parametersUsed" + context).contains(n.asString()));
        expect.path("notes").forEach(fragment -> assertThat(decision.notes()).as("notes" + context)
                .anySatisfy(note -> assertThat(note).contains(fragment.asString())));
        assertThat(decision.reasons()).as("every reason has Chinese text and a reference" + context)
                .allSatisfy(r -> {
                    assertThat(r.text()).isNotBlank();
                    assertThat(r.reference()).isNotBlank();
                });
    }

    private static String describe(Decision decision) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(decision);
    }
}
