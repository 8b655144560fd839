package org.doudi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.kernel.Programme;
import org.doudi.payments.PayrollFixtures.Family;
import org.doudi.registry.Households;
import org.doudi.registry.RegistryService;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The payment pages through the web layer: a reviewer computes a month, decides its holds (a reason is required,
 * the release is refused while one is open), releases, downloads the bank file and uploads the bank's return
 * (a malformed one changes nothing); the household's payment history is there for its township and a 404 for
 * another; a custody agreement with a field missing is refused with the reason. Villages 340827105206–105208.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PayrollPagesIntegrationTests {

    @Autowired
    PayrollFixtures fixtures;

    @Autowired
    MockMvc mvc;
    @Autowired
    PaymentQueries queries;
    @Autowired
    PayrollRuns runs;
    @Autowired
    PaymentHolds holds;
    @Autowired
    Households households;
    @Autowired
    RegistryService registry;
    @Autowired
    JdbcClient jdbc;

    private DoudiUser reviewer;

    @BeforeEach
    void setUp() {
        reviewer = fixtures.user(Role.COUNTY_REVIEWER, PayrollFixtures.COUNTY);
    }

    @Test
    void aReviewerComputesDecidesReleasesAndReconcilesTheBankReturnOnThePages() throws Exception {
        String village = "340827105206";
        Family clean = fixtures.family(village, Programme.DIBAO, "600");
        Family mismatch = fixtures.family(village, Programme.DIBAO, "600", null, "王代领", "0");
        Family noAccount = fixtures.family(village, Programme.DIBAO, "600", "", "", "0");

        mvc.perform(get("/payroll").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"compute\""), containsString("name=\"_csrf\""))));
        mvc.perform(post("/payroll/runs").with(user(reviewer)).with(csrf()).param("region", village).param("month", "2026-13"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("格式不对"), containsString("value=\"2026-13\""),
                        containsString("value=\"" + village + "\""))));

        String runPath = mvc.perform(post("/payroll/runs").with(user(reviewer)).with(csrf())
                        .param("region", village).param("month", "2026-08"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(runPath).matches("/payroll/[0-9]+");
        long runId = Long.parseLong(runPath.substring("/payroll/".length()));
        mvc.perform(get(runPath).with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("收款账户户名与受助人不符"), containsString("缺少收款账户"),
                        containsString("/households/" + mismatch.id()), containsString("id=\"release-form\""),
                        containsString("待审核放款"), containsString(clean.no()))));
        Map<String, Long> holdIds = queries.holds(reviewer, runId).stream()
                .collect(Collectors.toMap(PaymentQueries.Hold::rule, PaymentQueries.Hold::id));
        assertThat(holdIds).containsOnlyKeys("ACCOUNT_HOLDER_MISMATCH", "ACCOUNT_MISSING");

        // a hold is released only with a reason; the run only when no hold is left open
        mvc.perform(post(runPath + "/holds/" + holdIds.get("ACCOUNT_HOLDER_MISMATCH")).with(user(reviewer)).with(csrf())
                        .param("decision", "RELEASE").param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写放行或确认暂扣的理由")));
        mvc.perform(post(runPath + "/holds/" + holdIds.get("ACCOUNT_HOLDER_MISMATCH")).with(user(reviewer)).with(csrf())
                        .param("decision", "RELEASE").param("note", "户名为监护人王代领，经村委会核实无误"))
                .andExpect(redirectedUrl(runPath + "#holds"))
                .andExpect(flash().attribute("message", "payroll.saved.RELEASE"));
        int version = queries.run(reviewer, runId).version();
        mvc.perform(post(runPath + "/release").with(user(reviewer)).with(csrf())
                        .param("version", String.valueOf(version)).param("note", "八月低保金"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("还有 1 条暂扣未处理"), containsString("value=\"八月低保金\""))));
        assertThat(fixtures.runStatus(runId)).isEqualTo("AUDITED");
        mvc.perform(post(runPath + "/holds/" + holdIds.get("ACCOUNT_MISSING")).with(user(reviewer)).with(csrf())
                        .param("decision", "CONFIRM").param("note", "未提供收款账户，本月暂扣"))
                .andExpect(redirectedUrl(runPath + "#holds"));
        mvc.perform(post(runPath + "/release").with(user(reviewer)).with(csrf())
                        .param("version", String.valueOf(version)).param("note", "八月低保金"))
                .andExpect(redirectedUrl(runPath))
                .andExpect(flash().attribute("message", "payroll.saved.released"));
        assertThat(fixtures.runStatus(runId)).isEqualTo("RELEASED");
        assertThat(fixtures.lines(runId, "RELEASED")).isEqualTo(2);
        assertThat(fixtures.lines(runId, "WITHHELD")).isEqualTo(1);
        mvc.perform(get(runPath).with(user(reviewer)))
                .andExpect(content().string(allOf(containsString("id=\"bank-file-csv\""), containsString("id=\"bank-return-form\""),
                        not(containsString("id=\"release-form\"")))));

        // the bank file
        String csv = mvc.perform(get(runPath + "/bank-file.csv").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("TOTAL,count=2,amount=1200.00").containsPattern("CHECKSUM,sha256=[0-9a-f]{64}");
        Map<String, String[]> payments = Arrays.stream(csv.split("\n")).filter(l -> l.matches("[0-9]+,.*"))
                .map(l -> l.split(",")).collect(Collectors.toMap(c -> c[6], Function.identity()));
        String[] paid = payments.get(clean.no());
        String[] failed = payments.get(mismatch.no());
        assertThat(payments).doesNotContainKey(noAccount.no());
        mvc.perform(get(runPath + "/bank-file.xlsx").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        // a malformed return: its problem with line and column, nothing applied
        String header = "reference,account,amount,result,reason,paid_on\n";
        String bad = header + paid[1] + "," + paid[2] + ",600.00,成功,,2026-08-06\n"
                + failed[1] + "," + failed[2] + ",650.00,失败,账户已冻结,\n";
        mvc.perform(multipart(runPath + "/bank-return").file(new MockMultipartFile("file", "回盘-错误.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(user(reviewer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"return-refused\""), containsString("id=\"return-problems\""),
                        containsString("<td class=\"num\">3</td>"), containsString("AMOUNT_MISMATCH"),
                        containsString("650.00"))));
        assertThat(fixtures.lines(runId, "PAID")).isZero();
        assertThat(fixtures.lines(runId, "FAILED")).isZero();

        // the corrected return: one paid, one failed
        byte[] good = (header + paid[1] + "," + paid[2] + ",600.00,成功,,2026-08-06\n"
                + failed[1] + "," + failed[2] + ",600.00,失败,账户已冻结,\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(runPath + "/bank-return").file(new MockMultipartFile("file", "回盘.csv", "text/csv", good))
                        .with(user(reviewer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("支付成功 1 笔，失败 1 笔，尚未回盘 0 笔")));
        assertThat(fixtures.lines(runId, "PAID")).isEqualTo(1);
        assertThat(fixtures.lines(runId, "FAILED")).isEqualTo(1);
        mvc.perform(multipart(runPath + "/bank-return").file(new MockMultipartFile("file", "回盘.csv", "text/csv", good))
                        .with(user(reviewer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已导入过")));

        // the lines in Excel, masked as on the page
        byte[] workbook = mvc.perform(get(runPath + "/lines.xlsx").with(user(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (TableReader reader = TableReader.open("lines.xlsx", new ByteArrayInputStream(workbook))) {
            List<TableRow> rows = reader.stream().toList();
            assertThat(rows).extracting(r -> r.get("户编号")).containsExactlyInAnyOrder(clean.no(), mismatch.no(), noAccount.no());
            assertThat(rows).extracting(r -> r.get("状态")).containsExactlyInAnyOrder("已支付", "支付失败", "暂扣不发");
            assertThat(rows).extracting(r -> r.get("身份证号码")).noneMatch(id -> id.equals(clean.idNumber()));
        }
        mvc.perform(get("/payroll/totals").param("year", "2026").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2026-08"), containsString("鸦滩镇"))));
        mvc.perform(get("/payroll/totals.xlsx").param("year", "2026").with(user(reviewer)))
                .andExpect(status().isOk());

        // the household's payments: its township sees them, another township does not find the household
        DoudiUser yatan = fixtures.user(Role.TOWNSHIP_CASEWORKER, PayrollFixtures.YATAN);
        DoudiUser huayang = fixtures.user(Role.TOWNSHIP_CASEWORKER, "340827100");
        DoudiUser assistant = fixtures.user(Role.VILLAGE_ASSISTANT, village);
        mvc.perform(get("/households/" + mismatch.id()).with(user(assistant)))
                .andExpect(content().string(containsString("/households/" + mismatch.id() + "/payments")));
        mvc.perform(get("/households/" + mismatch.id() + "/payments").with(user(yatan)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("账户已冻结"), containsString("支付失败"),
                        containsString(failed[1]), containsString("2026-08"))));
        mvc.perform(get("/households/" + mismatch.id() + "/payments").with(user(huayang)))
                .andExpect(status().isNotFound());
        mvc.perform(get(runPath).with(user(huayang)))
                .andExpect(status().isNotFound());
        mvc.perform(get(runPath).with(user(yatan)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"bank-return-form\""))));
        mvc.perform(get(runPath + "/bank-file.csv").with(user(yatan)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAuditorReviewsTheLedgerOfPastPaymentsAndAnOldLedgerFileOnThePage() throws Exception {
        String village = "340827105208";
        Family a = fixtures.family(village, Programme.DIBAO, "500", "6217000000000105208", null, "0");
        Family b = fixtures.family(village, Programme.DIBAO, "500", "6217000000000105208", null, "0");
        runs.run(reviewer, village, java.time.YearMonth.of(2026, 5));
        long runId = jdbc.sql("SELECT id FROM payroll_run WHERE region_code = ? AND month = '2026-05-01'").param(village)
                .query(Long.class).single();
        for (PaymentQueries.Hold h : queries.holds(reviewer, runId)) {
            holds.decide(reviewer, h.id(), PaymentHolds.RELEASE, "夫妻分户，共用账户");
        }
        holds.release(reviewer, runId, queries.run(reviewer, runId).version(), "五月");
        DoudiUser auditor = fixtures.user(Role.AUDITOR, village);

        mvc.perform(get("/payroll/ledger-review").with(user(auditor)).param("from", "2026-05").param("to", "2026-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ledger-rows\""), containsString("多户共用收款账户"),
                        containsString(a.no()), containsString(b.no()), containsString("ledger-review.xlsx?from=2026-05"))));
        mvc.perform(get("/payroll/ledger-review.xlsx").with(user(auditor)).param("from", "2026-05").param("to", "2026-05"))
                .andExpect(status().isOk());
        String old = "household_id,id_number,name,programme,month,amount,account,account_holder\n"
                + a.no() + "," + a.idNumber() + "," + a.name() + ",DIBAO,2019-3,500,6217000000000105208," + a.name() + "\n";
        mvc.perform(multipart("/payroll/ledger-review").file(new org.springframework.mock.web.MockMultipartFile("file",
                        "2019.csv", "text/csv", old.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(user(auditor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ledger-problems\""), containsString("发放月份应为 YYYY-MM"))));
        mvc.perform(get("/payroll/ledger-review").with(user(fixtures.user(Role.TOWNSHIP_CASEWORKER, PayrollFixtures.YATAN))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCustodyAgreementWithAFieldMissingIsRefusedWithTheReasonAndTheFormKept() throws Exception {
        Family family = fixtures.family("340827105207", Programme.EXTREME_POVERTY, "1000", null, "李代管", "0");
        DoudiUser caseworker = fixtures.user(Role.TOWNSHIP_CASEWORKER, PayrollFixtures.YATAN);
        DoudiUser auditor = fixtures.user(Role.AUDITOR, PayrollFixtures.COUNTY);
        String agreementNo = "代管-" + family.no();

        mvc.perform(post("/custody").with(user(caseworker)).with(csrf())
                        .param("household", family.no()).param("agreementNo", agreementNo).param("custodianName", "")
                        .param("relation", "村委会委员").param("account", family.account())
                        .param("filedOn", LocalDate.of(2026, 3, 2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写代管人姓名"), containsString("value=\"" + agreementNo + "\""),
                        containsString("value=\"村委会委员\""))));
        mvc.perform(post("/custody").with(user(caseworker)).with(csrf())
                        .param("household", "P-0000000").param("agreementNo", agreementNo).param("custodianName", "李代管")
                        .param("relation", "村委会委员").param("account", family.account()).param("filedOn", "2026-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不存在或不在您的管辖范围内")));
        mvc.perform(post("/custody").with(user(caseworker)).with(csrf())
                        .param("household", family.no()).param("agreementNo", agreementNo).param("custodianName", "李代管")
                        .param("relation", "村委会委员").param("account", family.account()).param("filedOn", "2026-03-02"))
                .andExpect(redirectedUrl("/custody"))
                .andExpect(flash().attribute("message", "custody.saved.filed"));

        mvc.perform(get("/custody").with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(agreementNo), not(containsString("id=\"custody-form\"")))));
        mvc.perform(get("/households/" + family.id() + "/payments").with(user(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(agreementNo), containsString("李代管"))));
        long id = jdbc.sql("SELECT id FROM custody_agreement WHERE agreement_no = ?").param(agreementNo)
                .query(Long.class).single();
        mvc.perform(post("/custody/" + id + "/end").with(user(caseworker)).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写终止原因")));
        mvc.perform(post("/custody/" + id + "/end").with(user(caseworker)).with(csrf())
                        .param("endedOn", "2026-06-30").param("reason", "受助人已入住敬老院"))
                .andExpect(redirectedUrl("/custody"));
        mvc.perform(get("/custody").with(user(caseworker)))
                .andExpect(content().string(allOf(containsString("受助人已入住敬老院"), containsString("已失效"))));
    }
}
