package org.doudi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.doudi.Chromium;
import org.doudi.RegistryFiles;
import org.doudi.TestClock;
import org.doudi.TestIds;
import org.doudi.TestUsers;
import org.doudi.Villages;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.casework.CaseService;
import org.doudi.casework.StepInput;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.procedure.Step;
import org.doudi.registry.Households;
import org.doudi.registry.PersonsFile;
import org.doudi.registry.imports.RegistryImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Dibao application from intake to decision in Debian's Chromium, each office in its own login: the village
 * assistant applies from the household page, the township accepts and investigates, the county verifies, the
 * township proposes, the notice runs its seven days, the county confirms. Screenshots go to
 * {@code target/screenshots/casework-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseworkBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration administration;
    @Autowired
    Users users;
    @Autowired
    RegistryImport importer;
    @Autowired
    Households households;
    @Autowired
    CaseService service;

    @BeforeAll
    static void startChromium() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aDibaoApplicationGoesFromTheVillageToTheCountysApprovalInTheBrowser() throws IOException {
        String village = TestUsers.create(administration, Role.VILLAGE_ASSISTANT, Villages.GAOSHI);
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.GAOSHI);
        String approver = TestUsers.create(administration, Role.TOWNSHIP_APPROVER, Villages.GAOSHI);
        String reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, Villages.COUNTY);
        String no = TestIds.householdNo("CW");
        RegionScope county = RegionScope.of(DivisionCode.parse(Villages.COUNTY));
        importer.importStream("casework.csv", new ByteArrayInputStream(RegistryFiles.withIncome()
                .member(no, TestIds.next(LocalDate.of(1950, 3, 3)), "童老汉", "APPLICANT", Villages.TONGLING, "",
                        "MONITORED", "0").with(PersonsFile.MONTHLY_INCOME, "100")
                .bytes()), "tester", county);
        long household = households.idOf(no, county).orElseThrow();

        // the village assistant applies from the household page
        login(village);
        open("/households/" + household);
        waitFor(By.id("household-cases"));
        browser.findElement(By.id("new-case")).click();
        waitFor(By.id("intake"));
        browser.findElement(By.id("promiseSigned")).click();
        browser.findElement(By.id("authorisationSigned")).click();
        screenshot("casework-1-intake");
        browser.findElement(By.id("submit-intake")).click();
        waitFor(By.id("case-no"));
        String caseNo = text("case-no");
        String url = browser.getCurrentUrl();
        String casePath = url.substring(url.indexOf("/cases/")).replaceAll("\\?.*", "");
        assertThat(text("stage")).isEqualTo("待受理");
        assertThat(text("header")).contains("童老汉").contains("本人申请").contains("童岭");

        // the township accepts, forms the team, records a home visit and asks for verification
        login(caseworker);
        open(casePath);
        take(Step.ACCEPT);
        assertThat(text("stage")).isEqualTo("调查核对");
        open("/cases");
        assertThat(text("worklist")).as("the caseworker's worklist holds the accepted case at its next task")
                .contains(caseNo).contains("组成调查小组");
        screenshot("casework-2-caseworker-worklist");
        open(casePath);
        fill(Step.FORM_TEAM, "textarea[name=items]", "张干事");
        take(Step.FORM_TEAM);
        assertThat(text("form-error")).as("a refusal is shown on the page").contains("不少于2人");
        fill(Step.FORM_TEAM, "textarea[name=items]", "张干事\n李干事");
        take(Step.FORM_TEAM);
        assertThat(text("facts")).contains("张干事、李干事");

        // someone else records a neighbour visit while the caseworker has the page open: his form is stale
        DoudiUser assistant = users.find(village).orElseThrow();
        long caseId = Long.parseLong(casePath.substring(casePath.lastIndexOf('/') + 1));
        int seen = Integer.parseInt(browser.findElement(By.cssSelector("#step-RECORD_VISIT input[name=version]"))
                .getAttribute("value"));
        service.act(assistant, caseId, Step.RECORD_VISIT, new StepInput(seen, "邻居反映老人独居，无固定收入", null,
                "NEIGHBOUR", null, List.of("王协理员", "赵主任"), false, null, null, null, null, null, null));
        fillVisit("入户查看，老人独居，居住条件差");
        take(Step.RECORD_VISIT);
        assertThat(text("form-error")).contains("该案件已被他人办理");
        assertThat(text("visits")).contains("邻里访问").doesNotContain("入户查看");
        screenshot("casework-3-conflict");
        open(casePath);
        fillVisit("入户查看，老人独居，居住条件差");
        take(Step.RECORD_VISIT);
        assertThat(text("visits")).contains("入户调查").contains("张干事、李干事").contains("入户查看");
        fill(Step.RECORD_FINDINGS, "input[name=deposits]", "3000");
        fill(Step.RECORD_FINDINGS, "input[name=medical]", "1200");
        take(Step.RECORD_FINDINGS);
        assertThat(text("findings")).contains("货币财产").contains("3000").contains("医疗").contains("1200");
        take(Step.REQUEST_VERIFICATION);
        assertThat(text("due")).contains("启动信息核对");

        // the county sees it in his worklist and records the verification result
        login(reviewer);
        open("/cases");
        assertThat(text("worklist")).contains(caseNo).contains("启动信息核对");
        open(casePath);
        fill(Step.RECORD_VERIFICATION, "textarea[name=note]", "未发现车辆、房产、工商登记，收入与申报一致");
        take(Step.RECORD_VERIFICATION);
        assertThat(text("facts")).contains("已取得核对结果");

        // the township's favourable opinion: the engine's amount, then the public notice
        login(approver);
        open(casePath);
        fill(Step.PROPOSE, "textarea[name=note]", "经调查核对，家庭收入低于当地低保标准，同意纳入");
        take(Step.PROPOSE);
        assertThat(text("stage")).isEqualTo("公示");
        assertThat(text("amount")).matches("[0-9,]+\\.[0-9]{2}");
        String amount = text("amount");
        assertThat(browser.findElement(By.id("reasons")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("explanation-steps")).getText()).isNotBlank();
        screenshot("casework-4-public-notice");
        open("/cases");
        assertThat(browser.findElement(By.id("public-notices")).getText()).contains("童岭");

        // the notice runs its seven days; the township sends the file to the county
        TestClock.advance(Duration.ofDays(8));
        login(caseworker);
        open(casePath);
        take(Step.CLOSE_NOTICE);
        assertThat(text("stage")).isEqualTo("审核确认");

        // the county confirms
        login(reviewer);
        open("/cases");
        assertThat(text("worklist")).as("the reviewer's worklist holds the case at confirmation")
                .contains(caseNo).contains("审核确认");
        screenshot("casework-5-reviewer-worklist");
        open(casePath);
        take(Step.APPROVE);
        assertThat(text("stage")).isEqualTo("已审批");
        assertThat(text("amount")).isEqualTo(amount);
        LocalDate from = service.today().withDayOfMonth(1).plusMonths(1);
        assertThat(text("outcome")).contains("审核确认同意")
                .contains("自" + from.getYear() + "年" + from.getMonthValue() + "月起发放");
        assertThat(browser.findElement(By.id("print-notice")).getAttribute("href")).endsWith(casePath + "/documents/notice");
        assertThat(text("timeline")).contains("受理").contains("组成调查小组").contains("提出初审意见").contains("公示结束");
        screenshot("casework-6-decided");

        // the notice of decision, printed from the case: the family's name, the amount and the month it starts
        browser.findElement(By.id("print-notice")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains(caseNo));
        String notice = browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", "");
        assertThat(notice).contains("告知书").contains(amount.replace(",", ""))
                .contains(from.getYear() + "年" + from.getMonthValue() + "月起发放").contains("行政复议");
        screenshot("casework-6b-notice");

        open("/households/" + household);
        waitFor(By.id("cases"));
        assertThat(text("programmes")).contains("最低生活保障").contains("在保");
        assertThat(text("cases")).contains(caseNo).contains("已审批");
        screenshot("casework-7-household");
    }

    private void login(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login")).click();
        waitFor(By.id("database"));
    }

    private void fill(Step step, String field, String value) {
        var input = browser.findElement(By.cssSelector("#step-" + step.name() + " " + field));
        input.clear();
        input.sendKeys(value);
    }

    private void fillVisit(String findings) {
        fill(Step.RECORD_VISIT, "textarea[name=visitors]", "张干事\n李干事");
        fill(Step.RECORD_VISIT, "textarea[name=note]", findings);
        browser.findElement(By.cssSelector("#step-RECORD_VISIT input[name=familySigned]")).click();
    }

    /** Submits a step's form and waits for the case page to come back. */
    private void take(Step step) {
        var button = browser.findElement(By.cssSelector("#step-" + step.name() + " button[type=submit]"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
        waitFor(By.id("case-no"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
