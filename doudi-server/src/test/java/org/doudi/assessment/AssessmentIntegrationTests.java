package org.doudi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doudi.TestUsers;
import org.doudi.Villages;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contract's example request through the API and the command line: the contract's shape of answer, and
 * the same errors. (Under the 重庆 pack the spouse's new job earns an employment deduction, so the figures
 * differ from the contract's illustration; the policy cases pin the amounts.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentIntegrationTests {

    /** contracts/assessment.md, the example request as printed there. */
    static final String CONTRACT_EXAMPLE = """
            {
              "programme": "DIBAO",
              "asOf": "2025-03-01",
              "region": "500103",
              "area": "URBAN",
              "parameters": { "dibao.standard": 700 },
              "household": {
                "members": [
                  { "id": "m1", "idNumber": "11010519491231002X", "relation": "APPLICANT" },
                  { "id": "m2", "birthDate": "2012-05-01", "relation": "CHILD", "schooling": "COMPULSORY" },
                  { "id": "m3", "birthDate": "1980-02-01", "relation": "SPOUSE",
                    "disability": { "kind": "PHYSICAL", "grade": 2 }, "seriousIllness": false,
                    "selfCareItemsFailed": 0, "employedSince": "2025-01-01" }
                ],
                "incomes":  [ { "member": "m3", "type": "WAGE", "monthly": 1000 } ],
                "assets":   [ { "type": "DEPOSIT", "amount": 20000 }, { "type": "VEHICLE", "count": 1, "exempt": false } ],
                "expenses": [ { "type": "MEDICAL", "annual": 25000 } ],
                "annualIncome": 40000,
                "previousMonthlyBenefit": 1200,
                "monthsSinceIncomeAboveStandard": 0
              },
              "temporary": { "kind": "EMERGENCY", "requested": 2500, "priorGrantsThisYearForSameCause": 0 }
            }
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration administration;

    @Test
    void theContractExampleGetsTheContractsShapeOfAnswer() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);

        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(CONTRACT_EXAMPLE)
                        .with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme").value("DIBAO"))
                .andExpect(jsonPath("$.eligible").isBoolean())
                .andExpect(jsonPath("$.monthlyAmount").isNumber())
                .andExpect(jsonPath("$.figures.members").value(3))
                .andExpect(jsonPath("$.figures.perCapitaIncome").isNumber())
                .andExpect(jsonPath("$.figures.standard").value(700))
                .andExpect(jsonPath("$.figures.countedMonthlyIncome").exists())
                .andExpect(jsonPath("$.reasons[0].code").exists())
                .andExpect(jsonPath("$.reasons[0].text").exists())
                .andExpect(jsonPath("$.reasons[0].reference").exists())
                .andExpect(jsonPath("$.steps[0].name").exists())
                .andExpect(jsonPath("$.parametersUsed[?(@.name == 'dibao.standard')].source").value("request override"));
    }

    @Test
    void aBadIdNumberIs400WithTheErrorObjectNamingTheField() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);

        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                        .content(CONTRACT_EXAMPLE.replace("11010519491231002X", "110105194912310021"))
                        .with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("ID_NUMBER_CHECKSUM"))
                .andExpect(jsonPath("$.error.field").value("household.members[0].idNumber"))
                .andExpect(jsonPath("$.error.message").exists());
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                        .content(CONTRACT_EXAMPLE.replace("\"DIBAO\"", "\"WELFARE\""))
                        .with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("PROGRAMME_UNKNOWN"))
                .andExpect(jsonPath("$.error.field").value("programme"));
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("{not json")
                        .with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("JSON_INVALID"));
    }

    @Test
    void theCommandLineAnswersTheSameAndExitsTwoOnAnError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AssessCommand.run(List.of("-"), new ByteArrayInputStream(CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"perCapitaIncome\"").contains("\"members\" : 3")
                .contains("\"reasons\"").contains("\"parametersUsed\"").contains("request override");

        ByteArrayOutputStream error = new ByteArrayOutputStream();
        int refused = AssessCommand.run(List.of("-"), new ByteArrayInputStream(
                        CONTRACT_EXAMPLE.replace("\"monthly\": 1000", "\"monthly\": -1").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(error, true, StandardCharsets.UTF_8), System.err);
        assertThat(refused).isEqualTo(2);
        assertThat(error.toString(StandardCharsets.UTF_8)).contains("VALUE_NEGATIVE").contains("household.incomes[0].monthly");
    }
}
