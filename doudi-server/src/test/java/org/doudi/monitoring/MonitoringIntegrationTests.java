package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doudi.TestUsers;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.casework.CaseQueries;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.policy.procedure.CaseKind;
import org.doudi.registry.imports.ImportOutcome;
import org.doudi.registry.imports.RegistryImport;
import org.doudi.synthetic.Generator;
import org.doudi.synthetic.GeneratorSettings;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The server's monitoring loop on a generated county (宣州区, kept for these tests): feeds received, a run raises an
 * alert for every planted anomaly, a second run raises none twice, a death holds the payment, and the verification
 * outcomes open the right casework.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringIntegrationTests {

    private static final String COUNTY = "341802";
    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Autowired
    RegistryImport importer;
    @Autowired
    FeedStore feeds;
    @Autowired
    MonitoringRuns runs;
    @Autowired
    Alerts alerts;
    @Autowired
    CaseQueries cases;
    @Autowired
    UserAdministration administration;
    @Autowired
    Users users;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @TempDir
    static Path data;

    private DoudiUser reviewer;
    private MonitoringRuns.RunReport first;

    @BeforeAll
    void aGeneratedCountyWithItsFeedsAndOneRun() throws IOException {
        Generator.generate(GeneratorSettings.of(DivisionCode.parse(COUNTY), 600, 11, data).withAsOf(AS_OF));
        assertThat(importer.importFile(data.resolve("persons.csv"), "tester", RegionScope.NATIONAL).outcome())
                .isEqualTo(ImportOutcome.APPLIED);
        reviewer = users.find(TestUsers.create(administration, Role.COUNTY_REVIEWER, COUNTY)).orElseThrow();
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.filter(f -> FeedStore.feedOf(f.getFileName().toString()).isPresent()).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    feeds.receive(FeedStore.feedOf(file.getFileName().toString()).orElseThrow(),
                            file.getFileName().toString(), in, "UPLOAD", reviewer.username(), COUNTY);
                }
            }
        }
        first = runs.run(reviewer.username(), "MANUAL", reviewer.scope(), AS_OF);
    }

    private record Key(String rule, String household, String idNumber) {
    }

    @Test
    void everyPlantedAnomalyBecomesAnAlertRoutedToItsVillage() throws IOException {
        Set<Key> planted = new HashSet<>();
        try (TableReader manifest = TableReader.open(data.resolve("manifest.csv"))) {
            for (TableRow row : manifest) {
                planted.add(new Key(row.get("rule"), row.get("household_id"), row.get("id_number")));
            }
        }
        List<Alert> raised = alerts.search(reviewer.scope(), null, null, 100_000);
        Set<Key> found = raised.stream().map(a -> new Key(a.rule(), a.householdNo(), a.idNumber())).collect(Collectors.toSet());
        Set<Key> missed = new HashSet<>(planted);
        missed.removeAll(found);
        // plants in households of the neighbouring roll are outside this county's register
        missed.removeIf(k -> k.household() != null && !k.household().startsWith(COUNTY));
        assertThat(missed).as("planted anomalies without an alert").isEmpty();
        assertThat(first.newAlerts()).isEqualTo(first.findings()).isPositive();
        assertThat(raised).allMatch(a -> a.regionCode().startsWith(COUNTY));
        assertThat(raised).filteredOn(a -> a.householdId() != null)
                .allMatch(a -> a.dueOn().isAfter(LocalDate.now(org.doudi.DoudiApplication.ZONE).minusDays(1)));
    }

    @Test
    void aSecondRunRaisesNothingTwiceAndADeathHoldsThePayment() {
        MonitoringRuns.RunReport again = runs.run(reviewer.username(), "MANUAL", reviewer.scope(), AS_OF);
        assertThat(again.newAlerts()).isZero();
        assertThat(again.refreshed()).isEqualTo(again.findings());
        List<Alert> deaths = alerts.search(reviewer.scope(), null, "DEATH_OF_RECIPIENT", 1000);
        assertThat(deaths).isNotEmpty().allMatch(Alert::held);
        assertThat(alerts.heldHouseholds()).containsAll(deaths.stream().map(Alert::householdId).toList());
    }

    @Test
    void theOutcomesOfVerificationOpenTheRightCaseworkAndCloseTheLead() {
        DoudiUser caseworker = users.find(TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, COUNTY)).orElseThrow();
        // a death: the household's Dibao is to stop, through a review; the payment stays held until it ends
        Alert death = alerts.search(reviewer.scope(), "OPEN", "DEATH_OF_RECIPIENT", 1000).stream()
                .filter(a -> a.householdId() != null).findFirst().orElseThrow();
        assertThatThrownBy(() -> alerts.decide(caseworker, death.id(), death.version(), "STOP", Programme.DIBAO, "核实死亡", null))
                .extracting("code").isEqualTo("VISIT_REQUIRED");
        Alert visited = alerts.recordVisit(caseworker, death.id(), death.version(), AS_OF, List.of("王干事", "李协理员"),
                "已入户核实，老人于上月去世，已火化");
        Programme programme = programmeOf(death.householdId());
        Alert stopped = alerts.decide(caseworker, death.id(), visited.version(), "STOP", programme, "核实死亡属实", null);
        assertThat(stopped.status()).isEqualTo("VERIFIED");
        assertThat(stopped.held()).isTrue();
        var review = cases.find(stopped.caseId(), caseworker.scope()).orElseThrow();
        assertThat(review.kind()).isIn(CaseKind.REVIEW, CaseKind.TERMINATION);
        assertThat(review.reviewReason() == null || review.reviewReason().equals("ALERT")).isTrue();

        // a lead dismissed with its reason is closed and releases nothing it did not hold
        Alert other = alerts.search(reviewer.scope(), "OPEN", null, 1000).stream()
                .filter(a -> !a.rule().equals("DEATH_OF_RECIPIENT") && !a.rule().equals("PAID_AFTER_DEATH"))
                .findFirst().orElseThrow();
        Alert seen = alerts.recordVisit(caseworker, other.id(), other.version(), AS_OF, List.of("王干事"), "核实");
        assertThatThrownBy(() -> alerts.decide(caseworker, other.id(), other.version(), "DISMISS", null, "误报", null))
                .extracting("code").isEqualTo("CONCURRENT_CHANGE");
        Alert dismissed = alerts.decide(caseworker, other.id(), seen.version(), "DISMISS", null, "经核实为数据错误", null);
        assertThat(dismissed.status()).isEqualTo("CLOSED");
        assertThat(dismissed.closedAt()).isNotNull();
    }

    @Test
    void aFeedWithoutItsColumnsOrInAnUndecidableEncodingIsRefusedWithItsReason() {
        assertThatThrownBy(() -> feeds.receive("deaths", "deaths.csv",
                new ByteArrayInputStream("id_number,name\n".getBytes()), "UPLOAD", "tester", COUNTY))
                .extracting("code", "field").containsExactly("FEED_COLUMN_MISSING", "file");
        assertThatThrownBy(() -> feeds.receive("weather", "weather.csv", new ByteArrayInputStream(new byte[0]), "UPLOAD",
                "tester", COUNTY)).extracting("code").isEqualTo("FEED_UNKNOWN");
        byte[] gbk = "id_number,name,death_date,source\n110101194001010016,张三,2026-10-01,殡葬\n"
                .getBytes(Charset.forName("GB18030"));
        FeedStore.Arrival arrival = feeds.receive("deaths", "deaths-gbk.csv", new ByteArrayInputStream(gbk), "API",
                "tester", COUNTY);
        assertThat(arrival.rowsRead()).isEqualTo(1);
        assertThat(arrival.encoding()).contains("GB");
    }

    @Autowired
    org.doudi.registry.Households households;

    private Programme programmeOf(long householdId) {
        return households.programmeStatuses(householdId, false).stream()
                .filter(s -> s.status().equals("ACTIVE") || s.status().equals("GRADUAL_EXIT"))
                .map(s -> Programme.valueOf(s.programme())).filter(p -> p != Programme.LOW_INCOME)
                .findFirst().orElse(Programme.DIBAO);
    }

    @Test
    void theReviewerSeesTheDashboardAndAVillageAssistantVerifiesAnAlertOnItsPageAndThroughTheApi() throws Exception {
        var page = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/monitoring")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(reviewer));
        String dashboard = mvc.perform(page).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("受助人死亡").contains("by-township").contains("rule-chart");

        Alert alert = alerts.search(reviewer.scope(), "OPEN", "VEHICLE_OWNED", 10).get(0);
        DoudiUser assistant = users.find(TestUsers.create(administration, Role.VILLAGE_ASSISTANT,
                alert.regionCode())).orElseThrow();
        String list = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/alerts")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(assistant)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/alerts/" + alert.id()).doesNotContain(alert.idNumber());

        var visit = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/alerts/" + alert.id() + "/visits")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(assistant))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", String.valueOf(alert.version())).param("visitors", "王协理员\n赵主任")
                .param("notes", "车辆为亲属借用登记，实际不归本户使用");
        assertThat(mvc.perform(visit).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/alerts/" + alert.id());

        String body = "{\"version\": %d, \"outcome\": \"REFER\", \"note\": \"车辆权属需公安核实\", \"referredTo\": \"县公安局交警大队\"}"
                .formatted(alerts.find(alert.id(), reviewer.scope()).orElseThrow().version());
        String answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/alerts/" + alert.id() + "/outcome")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(assistant.username(), TestUsers.PASSWORD))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("\"status\":\"CLOSED\"").contains("县公安局交警大队");
    }

    @Test
    void includingALeadOpensAnApplicationAndKeepingItUnderWatchPutsTheHouseholdInTheMonitoredPopulation() {
        DoudiUser caseworker = users.find(TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, COUNTY)).orElseThrow();
        List<Alert> leads = alerts.search(reviewer.scope(), "OPEN", null, 100_000).stream()
                .filter(a -> a.householdId() != null && List.of("NEW_SEVERE_DISABILITY", "RELAPSE_RISK_NOT_COVERED",
                        "UNEMPLOYED_LOW_INCOME", "HOTLINE_HARDSHIP").contains(a.rule()))
                .filter(a -> households.programmeStatuses(a.householdId(), false).stream()
                        .noneMatch(s -> s.programme().equals("DIBAO") && !s.status().equals("TERMINATED")))
                .toList();
        assertThat(leads).hasSizeGreaterThanOrEqualTo(2);

        Alert include = leads.get(0);
        Alert seen = alerts.recordVisit(caseworker, include.id(), include.version(), AS_OF, List.of("王干事", "李协理员"),
                "家庭确有困难，符合申请条件");
        Alert included = alerts.decide(caseworker, include.id(), seen.version(), "INCLUDE", Programme.DIBAO,
                "协助申请低保", null);
        var application = cases.find(included.caseId(), caseworker.scope()).orElseThrow();
        assertThat(application.kind()).isEqualTo(CaseKind.APPLICATION);
        assertThat(application.channel()).isEqualTo("ALERT");
        assertThat(application.householdId()).isEqualTo(include.householdId());
        assertThat(included.status()).isEqualTo("VERIFIED");

        Alert watch = leads.stream().filter(a -> !a.householdId().equals(include.householdId())).findFirst().orElseThrow();
        Alert visited = alerts.recordVisit(caseworker, watch.id(), watch.version(), AS_OF, List.of("王干事"), "收入不稳定");
        assertThat(alerts.decide(caseworker, watch.id(), visited.version(), "MONITOR", null, "纳入动态监测", null).status())
                .isEqualTo("CLOSED");
        assertThat(households.programmeStatuses(watch.householdId(), false))
                .anyMatch(s -> !s.status().equals("TERMINATED") && !s.status().equals("SUSPENDED"));
    }
}
