package org.doudi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.doudi.RegistryFiles;
import org.doudi.TestClock;
import org.doudi.TestIds;
import org.doudi.TestUsers;
import org.doudi.Villages;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.kernel.DivisionCode;
import org.doudi.registry.Households;
import org.doudi.registry.PersonsFile;
import org.doudi.registry.imports.ImportOutcome;
import org.doudi.registry.imports.RegistryImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The casework API over real HTTP, as the village assistants' phone app and the departments' systems call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseApiIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration administration;
    @Autowired
    RegistryImport importer;
    @Autowired
    Households households;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    private long household;
    private String assistant;
    private String caseworker;
    private String approver;
    private String reviewer;

    /** A monitored one-person household in 乌昌村 with 100 元 a month, well below the Dibao standard. */
    @BeforeEach
    void aPoorHouseholdAndTheStaffOfGaoshi() {
        String no = TestIds.householdNo("C");
        RegionScope county = RegionScope.of(DivisionCode.parse(Villages.COUNTY));
        var report = importer.importStream("case-api.csv", new ByteArrayInputStream(RegistryFiles.withIncome()
                .member(no, TestIds.next(LocalDate.of(1962, 3, 3)), "程接口", "APPLICANT", Villages.WUCHANG, "",
                        "MONITORED", "0").with(PersonsFile.MONTHLY_INCOME, "100")
                .bytes()), "tester", county);
        assertThat(report.outcome()).isEqualTo(ImportOutcome.APPLIED);
        household = households.idOf(no, county).orElseThrow();
        assistant = TestUsers.create(administration, Role.VILLAGE_ASSISTANT, Villages.GAOSHI);
        caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.GAOSHI);
        approver = TestUsers.create(administration, Role.TOWNSHIP_APPROVER, Villages.GAOSHI);
        reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, Villages.COUNTY);
    }

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }

    @Test
    void aVillageAssistantAppliesAndRecordsAHomeVisitFromThePhone() {
        Answer opened = post(assistant, "/api/v1/cases", application());
        assertThat(opened.status()).isEqualTo(201);
        long id = opened.body().get("id").asLong();
        assertThat(opened.location()).endsWith("/api/v1/cases/" + id);
        assertThat(opened.body().get("stage").asString()).isEqualTo("SUBMITTED");
        assertThat(opened.body().get("caseNo").asString()).startsWith(LocalDate.now(clock).getYear() + "-" + Villages.GAOSHI);
        assertThat(worklist(caseworker)).contains(id);

        int version = step(caseworker, id, "ACCEPT", Map.of("version", opened.version())).version();
        version = step(caseworker, id, "FORM_TEAM", Map.of("version", version, "items", new String[] {"张调查", "李调查"})).version();

        Answer unsigned = post(assistant, "/api/v1/cases/" + id + "/visits", visit(version, false, "张调查", "李调查"));
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.error("code")).isEqualTo("FAMILY_SIGNATURE_MISSING");
        assertThat(unsigned.error("field")).isEqualTo("familySigned");
        Answer alone = post(assistant, "/api/v1/cases/" + id + "/visits", visit(version, true, "张调查"));
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.error("code")).isEqualTo("TEAM_TOO_SMALL");

        Answer visited = post(assistant, "/api/v1/cases/" + id + "/visits", visit(version, true, "张调查", "李调查"));
        assertThat(visited.status()).isEqualTo(200);
        assertThat(visited.body().get("homeVisits").asInt()).isEqualTo(1);
        assertThat(visited.body().get("visits").get(0).get("recordedBy").asString()).isEqualTo(assistant);
        assertThat(visited.body().get("events")).extracting(e -> e.get("step").asString())
                .containsExactly("OPEN", "ACCEPT", "FORM_TEAM", "RECORD_VISIT");
    }

    @Test
    void aDibaoCaseGoesThroughTheApiFromApplicationToDecision() {
        long id = post(assistant, "/api/v1/cases", application()).body().get("id").asLong();
        int version = get(caseworker, "/api/v1/cases/" + id).version();
        version = step(caseworker, id, "ACCEPT", Map.of("version", version)).version();
        version = step(caseworker, id, "FORM_TEAM", Map.of("version", version, "items", new String[] {"张调查", "李调查"})).version();
        version = step(assistant, id, "RECORD_VISIT", visit(version, true, "张调查", "李调查")).version();
        version = step(caseworker, id, "REQUEST_VERIFICATION", Map.of("version", version)).version();
        version = step(reviewer, id, "RECORD_VERIFICATION", Map.of("version", version, "note", "未发现存款、车辆、工商登记")).version();
        Answer proposed = step(approver, id, "PROPOSE", Map.of("version", version, "favourable", true,
                "note", "家庭人均收入低于当地低保标准，同意"));
        assertThat(proposed.body().get("stage").asString()).isEqualTo("PUBLIC_NOTICE");
        assertThat(proposed.body().get("assessment").isObject()).isTrue();
        assertThat(proposed.text()).containsOnlyOnce("\"assessment\"");
        version = proposed.version();

        Answer early = post(caseworker, "/api/v1/cases/" + id + "/steps/CLOSE_NOTICE", Map.of("version", version));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.error("code")).isEqualTo("NOTICE_NOT_OVER");

        TestClock.advance(Duration.ofDays(8));
        version = step(caseworker, id, "CLOSE_NOTICE", Map.of("version", version)).version();
        Answer forCounty = get(reviewer, "/api/v1/cases/" + id);
        assertThat(forCounty.body().get("stage").asString()).isEqualTo("CONFIRMING");
        assertThat(forCounty.body().get("availableSteps")).extracting(JsonNode::asString).contains("APPROVE", "REFUSE");
        assertThat(worklist(reviewer)).contains(id);

        Answer notYours = post(caseworker, "/api/v1/cases/" + id + "/steps/APPROVE", Map.of("version", version));
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.error("code")).isEqualTo("STEP_NOT_YOURS");
        Answer stale = post(reviewer, "/api/v1/cases/" + id + "/steps/APPROVE", Map.of("version", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error("code")).isEqualTo("CONCURRENT_CHANGE");

        Answer decided = step(reviewer, id, "APPROVE", Map.of("version", version));
        assertThat(decided.body().get("stage").asString()).isEqualTo("DECIDED");
        assertThat(decided.body().get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(decided.body().get("amount").decimalValue()).isPositive();
        assertThat(decided.body().get("paymentFrom").asString())
                .isEqualTo(LocalDate.now(clock).withDayOfMonth(1).plusMonths(1).toString());
        assertThat(get(caseworker, "/api/v1/cases?stage=DECIDED&householdId=" + household).body())
                .extracting(c -> c.get("id").asLong()).containsExactly(id);
    }

    @Test
    void aCaseworkerOfAnotherTownshipGetsNotFound() {
        long id = post(assistant, "/api/v1/cases", application()).body().get("id").asLong();
        String elsewhere = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.YANGWAN);

        Answer answer = get(elsewhere, "/api/v1/cases/" + id);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.error("code")).isEqualTo("NOT_FOUND");
        assertThat(get(elsewhere, "/api/v1/cases?householdId=" + household).body()).isEmpty();
    }

    @Test
    void reviewsOpenOnlyForEnrolledHouseholdsAndOnlyTheCountyDrawsTheRecheck() {
        Answer review = post(caseworker, "/api/v1/households/" + household + "/reviews",
                Map.of("programme", "DIBAO", "reason", "REPORTED_CHANGE", "note", "家庭成员就业"));
        assertThat(review.status()).isEqualTo(400);
        assertThat(review.error("code")).isEqualTo("NOT_ENROLLED");
        Answer draw = post(caseworker, "/api/v1/cases/rechecks?county=340827", Map.of());
        assertThat(draw.status()).isEqualTo(403);
        assertThat(draw.error("code")).isEqualTo("STEP_NOT_YOURS");
    }

    @Test
    void badRequestsAnswer400WithCodeFieldAndAChineseMessage() {
        Answer malformed = send(assistant, "POST", "/api/v1/cases", "{\"householdId\": 1,");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error("code")).isEqualTo("JSON_MALFORMED");
        assertThat(malformed.error("message")).contains("JSON");

        Answer wrongProgramme = post(assistant, "/api/v1/cases", Map.of("householdId", household, "programme", "DIBAOX"));
        assertThat(wrongProgramme.status()).isEqualTo(400);
        assertThat(wrongProgramme.error("code")).isEqualTo("VALUE_INVALID");
        assertThat(wrongProgramme.error("field")).isEqualTo("programme");

        long id = post(assistant, "/api/v1/cases", application()).body().get("id").asLong();
        Answer unknownStep = post(caseworker, "/api/v1/cases/" + id + "/steps/FLY", Map.of("version", 1));
        assertThat(unknownStep.status()).isEqualTo(400);
        assertThat(unknownStep.error("code")).isEqualTo("STEP_UNKNOWN");
        assertThat(unknownStep.error("field")).isEqualTo("step");
        Answer noVersion = post(caseworker, "/api/v1/cases/" + id + "/steps/ACCEPT", Map.of("note", "受理"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.error("field")).isEqualTo("version");
    }

    @Test
    void theOpenApiDocumentListsTheCaseworkEndpointsInChineseForSystemsAndForSignedInPeople() {
        Answer document = get(caseworker, "/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(json.readTree(signedIn(caseworker, "/v3/api-docs")).get("paths").has("/api/v1/cases")).isTrue();
        JsonNode paths = document.body().get("paths");
        assertThat(paths.has("/api/v1/cases/{id}/steps/{step}")).isTrue();
        assertThat(paths.get("/api/v1/cases/worklist").get("get").get("summary").asString()).startsWith("我的待办");
        assertThat(paths.has("/api/v1/households/{id}/reviews")).isTrue();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** A page behind the form login (Swagger UI reads the OpenAPI document with the person's session). */
    private String signedIn(String user, String path) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String login = exchange(browser, HttpRequest.newBuilder(uri("/login")).GET()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + user + "&password=" + TestUsers.PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        exchange(browser, HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        HttpResponse<String> page = exchange(browser, HttpRequest.newBuilder(uri(path)).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Map<String, Object> application() {
        return Map.of("householdId", household, "programme", "DIBAO", "channel", "VILLAGE_COMMITTEE",
                "promiseSigned", true, "authorisationSigned", true, "note", "协理员代为提交");
    }

    private static Map<String, Object> visit(int version, boolean familySigned, String... visitors) {
        return Map.of("version", version, "visitKind", "HOME", "visitors", visitors, "familySigned", familySigned,
                "note", "独居，无劳动能力，房屋简陋");
    }

    private java.util.List<Long> worklist(String user) {
        JsonNode items = get(user, "/api/v1/cases/worklist").body();
        return items.valueStream().map(i -> i.get("id").asLong()).toList();
    }

    private Answer step(String user, long id, String step, Map<String, Object> body) {
        Answer answer = post(user, "/api/v1/cases/" + id + "/steps/" + step, body);
        assertThat(answer.status()).as("%s: %s", step, answer.body()).isEqualTo(200);
        return answer;
    }

    private Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    private Answer post(String user, String path, Object body) {
        return send(user, "POST", path, json.writeValueAsString(body));
    }

    private Answer send(String user, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = exchange(HTTP, request);
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, JsonNode body, String location, String text) {
        int version() {
            return body.get("version").asInt();
        }

        String error(String key) {
            JsonNode value = body.get("error").get(key);
            return value == null ? null : value.asString();
        }
    }
}
