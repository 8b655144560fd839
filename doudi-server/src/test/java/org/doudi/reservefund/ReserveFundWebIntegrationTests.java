package org.doudi.reservefund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.doudi.TestUsers;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The reserve-fund API and pages: roles, region, error objects, the ledger page and its Excel export. */
@SpringBootTest
@AutoConfigureMockMvc
class ReserveFundWebIntegrationTests {

    private static final String ZHANGHU = ReserveFundIntegrationTests.ZHANGHU;
    private static final String SAIKOU = ReserveFundIntegrationTests.SAIKOU;
    private static final String COUNTY = ReserveFundIntegrationTests.COUNTY;

    @Autowired
    MockMvc mvc;
    @Autowired
    ReserveFunds funds;
    @Autowired
    UserAdministration administration;
    @Autowired
    Users users;

    @Test
    void aReviewerAllocatesAndCountsThroughTheApiAndReadsTheLedger() throws Exception {
        String reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, COUNTY);

        mvc.perform(post("/api/v1/reserve-funds/" + ZHANGHU + "/top-ups").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 2000.00, \"reference\": \"望民〔2026〕30号\", \"purpose\": \"接口拨付\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("TOP_UP"))
                .andExpect(jsonPath("$.amount").value(2000.0))
                .andExpect(jsonPath("$.reference").value("望民〔2026〕30号"));
        BigDecimal balance = funds.balance(account(reviewer), ZHANGHU);
        mvc.perform(post("/api/v1/reserve-funds/" + ZHANGHU + "/reconciliations").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"countedBalance\": " + balance.add(BigDecimal.TEN) + ", \"note\": \"接口盘点\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.difference").value(10.0));

        mvc.perform(get("/api/v1/reserve-funds/" + ZHANGHU + "/entries").with(httpBasic(reviewer, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townshipName").value(containsString("漳湖镇")))
                .andExpect(jsonPath("$.entries[-1].purpose").value("接口盘点"))
                .andExpect(jsonPath("$.entries[-2].purpose").value("接口拨付"));
        mvc.perform(get("/api/v1/reserve-funds").with(httpBasic(reviewer, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.townshipCode == '" + ZHANGHU + "')].lastDifference").value(10.0))
                .andExpect(jsonPath("$.length()").value(14)); // 望江县's townships, with a fund or not yet
        mvc.perform(get("/v3/api-docs").with(user(account(reviewer))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reserve-funds/{township}/top-ups'].post.summary").value(containsString("拨付")))
                .andExpect(jsonPath("$.paths['/api/v1/reserve-funds/{township}/reconciliations'].post").exists());
    }

    @Test
    void aCaseworkerGetsNotFoundForAnotherTownshipAndForbiddenForAnAllocation() throws Exception {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, ZHANGHU);

        mvc.perform(get("/api/v1/reserve-funds/" + SAIKOU + "/entries").with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
        mvc.perform(get("/api/v1/reserve-funds/" + ZHANGHU + "/entries").with(httpBasic(caseworker, TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/reserve-funds/" + ZHANGHU + "/top-ups").with(httpBasic(caseworker, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 10, \"reference\": \"x\", \"purpose\": \"y\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error.code").value("FORBIDDEN"));
        mvc.perform(get("/reserve-funds/" + SAIKOU).with(user(account(caseworker))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBadAmountIsRefusedWithItsCodeAndField() throws Exception {
        String reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, COUNTY);

        for (String amount : List.of("-5", "12.345", "0")) {
            mvc.perform(post("/api/v1/reserve-funds/" + ZHANGHU + "/top-ups").with(httpBasic(reviewer, TestUsers.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"amount\": " + amount + ", \"reference\": \"望民〔2026〕31号\", \"purpose\": \"补充\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error.code").value("AMOUNT_INVALID"))
                    .andExpect(jsonPath("$.error.field").value("amount"));
        }
        mvc.perform(post("/api/v1/reserve-funds/" + ZHANGHU + "/top-ups").with(httpBasic(reviewer, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("VALUE_INVALID"))
                .andExpect(jsonPath("$.error.field").value("amount"));
        mvc.perform(post("/reserve-funds/" + ZHANGHU + "/top-ups").with(user(account(reviewer))).with(csrf())
                        .param("amount", "1.005").param("reference", "望民〔2026〕31号").param("purpose", "补充"))
                .andExpect(redirectedUrl("/reserve-funds/" + ZHANGHU))
                .andExpect(flash().attribute("error", containsString("两位小数")));
    }

    @Test
    void aReviewerSeesTheLedgerWithItsFormsAndExportsIt() throws Exception {
        String reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, COUNTY);
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, ZHANGHU);

        mvc.perform(post("/reserve-funds/" + ZHANGHU + "/top-ups").with(user(account(reviewer))).with(csrf())
                        .param("amount", "800").param("reference", "望民〔2026〕32号").param("purpose", "页面拨付"))
                .andExpect(redirectedUrl("/reserve-funds/" + ZHANGHU))
                .andExpect(flash().attribute("message", "reserveFund.saved.TOP_UP"));
        Entry spending = funds.spend(account(caseworker), ZHANGHU, 9300, "吴十", new BigDecimal("120.00"), "页面支出");

        mvc.perform(get("/reserve-funds/" + ZHANGHU).with(user(account(reviewer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ledger\"")))
                .andExpect(content().string(containsString("页面拨付")))
                .andExpect(content().string(containsString("id=\"entry-" + spending.id() + "\"")))
                .andExpect(content().string(containsString("id=\"top-up\"")))
                .andExpect(content().string(containsString("id=\"reconcile\"")))
                .andExpect(content().string(containsString("/entries/" + spending.id() + "/returns")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/reserve-funds/" + ZHANGHU).with(user(account(caseworker))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"top-up\""))))
                .andExpect(content().string(containsString("/entries/" + spending.id() + "/returns")));
        mvc.perform(get("/reserve-funds").with(user(account(reviewer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fund-" + ZHANGHU + "\"")))
                .andExpect(content().string(containsString("id=\"fund-" + SAIKOU + "\"")))
                .andExpect(content().string(containsString("id=\"funds-total\"")));

        byte[] workbook = mvc.perform(get("/reserve-funds/" + ZHANGHU + "/ledger.xlsx").with(user(account(reviewer))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (TableReader reader = TableReader.open("ledger.xlsx", new ByteArrayInputStream(workbook))) {
            List<TableRow> rows = reader.stream().toList();
            assertThat(rows).extracting(r -> r.get("类型")).contains("期初余额", "拨付", "支出", "期末余额");
            assertThat(rows).filteredOn(r -> "页面支出".equals(r.get("用途或说明"))).singleElement()
                    .satisfies(r -> assertThat(r.get("支出（元）")).isEqualTo("120.00"));
        }
    }

    @Test
    void aVillageAssistantSeesHisTownshipsBalanceButNotTheLedger() throws Exception {
        String assistant = TestUsers.create(administration, Role.VILLAGE_ASSISTANT, "340827102001");

        mvc.perform(get("/reserve-funds").with(user(account(assistant))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fund-balance\"")))
                .andExpect(content().string(not(containsString("id=\"funds\""))));
        mvc.perform(get("/reserve-funds/" + ZHANGHU).with(user(account(assistant))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reserve-funds/" + ZHANGHU).with(httpBasic(assistant, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townshipCode").value(ZHANGHU));
        mvc.perform(get("/api/v1/reserve-funds").with(httpBasic(assistant, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private DoudiUser account(String username) {
        return users.find(username).orElseThrow();
    }
}
