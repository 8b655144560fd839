package org.doudi.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.doudi.RegistryFiles;
import org.doudi.TestIds;
import org.doudi.TestUsers;
import org.doudi.Villages;
import org.doudi.kernel.DivisionCode;
import org.doudi.registry.Households;
import org.doudi.registry.imports.RegistryImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Region scope, roles, lockout, masking and the audit log, through the API as systems see it. */
@SpringBootTest
@AutoConfigureMockMvc
class AccessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration administration;
    @Autowired
    RegistryImport importer;
    @Autowired
    Households households;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    private long huayangHousehold;
    private long yangwanHousehold;
    private String huayangApplicant;

    @BeforeEach
    void twoHouseholdsInTwoTownships() {
        String huayang = TestIds.householdNo("A");
        String yangwan = TestIds.householdNo("A");
        huayangApplicant = TestIds.next(LocalDate.of(1957, 5, 5));
        importer.importStream("access.csv", new ByteArrayInputStream(RegistryFiles.contractColumns()
                .member(huayang, huayangApplicant, "华阳户主", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "500")
                .member(yangwan, TestIds.next(LocalDate.of(1958, 6, 6)), "杨湾户主", "APPLICANT", Villages.YANGZHA, "DIBAO", "ACTIVE", "500")
                .bytes()), "tester", RegionScope.of(DivisionCode.parse(Villages.COUNTY)));
        RegionScope county = RegionScope.of(DivisionCode.parse(Villages.COUNTY));
        huayangHousehold = households.idOf(huayang, county).orElseThrow();
        yangwanHousehold = households.idOf(yangwan, county).orElseThrow();
    }

    @Test
    void aTownshipUserAskingForAnotherTownshipsHouseholdGetsNotFound() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);

        mvc.perform(get("/api/v1/households/" + huayangHousehold).with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].name").value("华阳户主"));
        mvc.perform(get("/api/v1/households/" + yangwanHousehold).with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
    }

    @Test
    void aCountyUserSeesBothTownships() throws Exception {
        String reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, Villages.COUNTY);

        mvc.perform(get("/api/v1/households/" + yangwanHousehold).with(httpBasic(reviewer, TestUsers.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void searchResultsAndHouseholdMembersShowMaskedIdNumbers() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);
        String masked = huayangApplicant.substring(0, 6) + "**********" + huayangApplicant.substring(16);

        mvc.perform(get("/api/v1/households").param("idNumber", huayangApplicant).with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.households[0].applicantIdNumberMasked").value(masked));
        mvc.perform(get("/api/v1/households/" + huayangHousehold).with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(jsonPath("$.members[0].idNumber").value(masked));
    }

    @Test
    void readingAPersonInFullIsLoggedWithUserSubjectAndAddress() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);
        long personId = households.membersOn(huayangHousehold, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(0).personId();

        mvc.perform(get("/api/v1/persons/" + personId).with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(huayangApplicant));

        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE username = ? AND action = 'READ_PERSON' AND subject_id = ?
                   AND client_address IS NOT NULL
                """).params(caseworker, huayangApplicant).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAuditorFindsTheReadAndACaseworkerMayNotSearchTheLog() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);
        String auditor = TestUsers.create(administration, Role.AUDITOR, Villages.COUNTY);
        long personId = households.membersOn(huayangHousehold, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(0).personId();
        mvc.perform(get("/api/v1/persons/" + personId).with(httpBasic(caseworker, TestUsers.PASSWORD)));

        mvc.perform(get("/api/v1/audit-events").param("username", caseworker).param("action", "READ_PERSON")
                        .with(httpBasic(auditor, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].subjectId").value(huayangApplicant));
        mvc.perform(get("/api/v1/audit-events").with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error.code").value("FORBIDDEN"));
    }

    @Test
    void aVillageAssistantMayNotImport() throws Exception {
        String assistant = TestUsers.create(administration, Role.VILLAGE_ASSISTANT, Villages.YONGZHENG);
        MockMultipartFile file = new MockMultipartFile("file", "p.csv", "text/csv",
                RegistryFiles.contractColumns().bytes());

        mvc.perform(multipart("/api/v1/imports").file(file).with(httpBasic(assistant, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anApiImportAnswersWithTheReportOfBadRows() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);
        MockMultipartFile file = new MockMultipartFile("file", "p.csv", "text/csv", RegistryFiles.contractColumns()
                .member(TestIds.householdNo("A"), TestIds.next(LocalDate.of(1970, 1, 1)), "甲", "APPLICANT",
                        Villages.YONGZHENG, "DIBAO", "ACTIVE", "abc")
                .bytes());

        mvc.perform(multipart("/api/v1/imports").file(file).with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("monthly_amount"))
                .andExpect(jsonPath("$.problems[0].code").value("AMOUNT_FORMAT"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401InJson() throws Exception {
        mvc.perform(get("/api/v1/households"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error.code").value("UNAUTHORIZED"));
    }

    @Test
    void aBearerTokenAuthenticatesAsItsUserAndARevokedOneDoesNot() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);
        long userId = users.find(caseworker).orElseThrow().id();
        String token = tokens.issue(userId, "mobile app");

        mvc.perform(get("/api/v1/households/" + huayangHousehold).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/households/" + yangwanHousehold).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());

        tokens.of(userId).forEach(t -> tokens.revoke(t.id()));
        mvc.perform(get("/api/v1/households/" + huayangHousehold).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/households").with(httpBasic(caseworker, "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/households").with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE username = ? AND action = 'ACCOUNT_LOCKED'")
                .param(caseworker).query(Integer.class).single()).isEqualTo(1);

        administration.unlock(null, users.find(caseworker).orElseThrow().id());
        mvc.perform(get("/api/v1/households").with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void passwordsAreStoredHashed() {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);

        assertThat(users.find(caseworker).orElseThrow().passwordHash()).startsWith("{bcrypt}$2")
                .doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void divisionsCanBeLookedUpListedAndSearched() throws Exception {
        String analyst = TestUsers.create(administration, Role.ANALYST, "3408");

        mvc.perform(get("/api/v1/divisions/340827").with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andExpect(jsonPath("$.name").value("望江县"))
                .andExpect(jsonPath("$.fullName").value("安徽省安庆市望江县"));
        mvc.perform(get("/api/v1/divisions/340827/children").with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andExpect(jsonPath("$[?(@.code == '340827100')].name").value("华阳镇"));
        mvc.perform(get("/api/v1/divisions").param("q", "华阳镇").param("within", "3408")
                        .with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andExpect(jsonPath("$[0].code").value("340827100"));
        mvc.perform(get("/api/v1/divisions/999999").with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
