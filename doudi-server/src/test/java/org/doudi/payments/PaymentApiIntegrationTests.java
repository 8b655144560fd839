package org.doudi.payments;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.doudi.TestUsers;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.kernel.Programme;
import org.doudi.payments.PayrollFixtures.Family;
import org.doudi.registry.Households;
import org.doudi.registry.RegistryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The payments API as a county system would call it: compute a month, decide the holds, release, fetch the bank
 * file, send back a return; every refusal is the error object with its code and field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentApiIntegrationTests {

    @Autowired
    PayrollFixtures fixtures;

    @Autowired
    MockMvc mvc;
    @Autowired
    Households households;
    @Autowired
    RegistryService registry;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountySystemRunsAMonthDecidesItsHoldsReleasesAndExchangesFilesWithTheBank() throws Exception {
        String village = "340827106204";
        Family family = fixtures.family(village, Programme.DIBAO, "600");
        Family mismatch = fixtures.family(village, Programme.DIBAO, "600", null, "张代领", "0");
        String reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, PayrollFixtures.COUNTY);
        String village2 = TestUsers.create(administration, Role.VILLAGE_ASSISTANT, village);
        String elsewhere = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, "340827105");

        mvc.perform(post("/api/v1/payroll/runs").with(httpBasic(village2, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"region\": \"" + village + "\", \"month\": \"2026-09\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error.code").value("FORBIDDEN"));
        mvc.perform(post("/api/v1/payroll/runs").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"region\": \"" + village + "\", \"month\": \"2026/09\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.code").value("MONTH_INVALID"))
                .andExpect(jsonPath("$.error.field").value("month"));

        String body = mvc.perform(post("/api/v1/payroll/runs").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"region\": \"" + village + "\", \"month\": \"2026-09\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.status").value("AUDITED"))
                .andExpect(jsonPath("$.run.lines").value(2))
                .andExpect(jsonPath("$.holds[0].rule").value("ACCOUNT_HOLDER_MISMATCH"))
                .andExpect(jsonPath("$.holds[0].householdNo").value(mismatch.no()))
                .andExpect(jsonPath("$.holds[0].idNumber").value(containsString("**********")))
                .andReturn().getResponse().getContentAsString();
        long runId = ((Number) JsonPath.read(body, "$.run.id")).longValue();
        int version = JsonPath.read(body, "$.run.version");
        long holdId = ((Number) JsonPath.read(body, "$.holds[0].id")).longValue();

        mvc.perform(post("/api/v1/payroll/runs/" + runId + "/release").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + ", \"note\": \"九月\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error.code").value("HOLDS_UNDECIDED"));
        mvc.perform(post("/api/v1/payroll/holds/" + holdId + "/decision").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"RELEASE\", \"note\": \"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.code").value("NOTE_MISSING"))
                .andExpect(jsonPath("$.error.field").value("note"));
        mvc.perform(post("/api/v1/payroll/holds/" + holdId + "/decision").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"RELEASE\", \"note\": \"代领人为其女，已补办代管协议\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/payroll/runs/" + runId + "/release").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + (version - 1) + ", \"note\": \"九月\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error.code").value("CONCURRENT_CHANGE"));
        mvc.perform(post("/api/v1/payroll/runs/" + runId + "/release").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + ", \"note\": \"九月\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.run.status").value("RELEASED"));

        String csv = mvc.perform(get("/api/v1/payroll/runs/" + runId + "/bank-file").with(httpBasic(reviewer, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).contains("TOTAL,count=2,amount=1200.00", "CHECKSUM,sha256=");

        mvc.perform(multipart("/api/v1/payroll/runs/" + runId + "/bank-return")
                        .file(new MockMultipartFile("file", "return.csv", "text/csv", "reference,account\nX,1\n".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(reviewer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.problems[0].code").value("COLUMN_MISSING"));

        mvc.perform(get("/api/v1/households/" + family.id() + "/payments").with(httpBasic(reviewer, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("RELEASED"))
                .andExpect(jsonPath("$[0].bankReference").value(containsString("P202609-")));
        mvc.perform(get("/api/v1/households/" + family.id() + "/payments").with(httpBasic(elsewhere, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
        mvc.perform(get("/v3/api-docs").with(httpBasic(reviewer, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/payroll/runs/{id}/bank-return")));
    }
}
