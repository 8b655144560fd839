package org.doudi.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import org.doudi.Chromium;
import org.doudi.TestUsers;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.kernel.Programme;
import org.doudi.payments.PayrollFixtures.Family;
import org.doudi.payroll.bank.BankFile;
import org.doudi.payroll.bank.BankPayment;
import org.doudi.registry.Households;
import org.doudi.registry.RegistryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month's payroll in Debian's Chromium: the county reviewer opens 发放管理, computes September for a village,
 * is refused the release while a hold is open, releases the hold with a reason, releases the run, sees the bank
 * file's links and uploads the bank's return; the failed payment is on the household's record. Screenshots go to
 * {@code target/screenshots/payroll-*.png}. Village 340827105209.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayrollBrowserTests {

    @Autowired
    PayrollFixtures fixtures;

    private static final String VILLAGE = "340827105209";
    private static final YearMonth MONTH = YearMonth.of(2026, 9);

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    BankTransfers transfers;
    @Autowired
    Households households;
    @Autowired
    RegistryService registry;
    @Autowired
    UserAdministration administration;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void aReviewerComputesReleasesAndReconcilesAMonthInTheBrowser() throws IOException {
        String reviewer = TestUsers.create(administration, Role.COUNTY_REVIEWER, PayrollFixtures.COUNTY);
        Family dibao = fixtures.family(VILLAGE, Programme.DIBAO, "620");
        Family extreme = fixtures.family(VILLAGE, Programme.EXTREME_POVERTY, "1050");
        Family mismatch = fixtures.family(VILLAGE, Programme.DIBAO, "580", null, "王代领", "0");

        // 发放管理: the month computed for the village
        login(reviewer);
        browser.findElement(By.id("nav-payroll")).click();
        waitFor(By.id("compute"));
        WebElement region = browser.findElement(By.id("compute-region"));
        region.clear();
        region.sendKeys(VILLAGE);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("compute-month")), MONTH.toString());
        screenshot("payroll-1-runs");
        submit(By.id("compute-submit"));
        waitFor(By.id("run-header"));
        String runPath = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/payroll/"));
        long runId = Long.parseLong(runPath.substring("/payroll/".length()));
        assertThat(text("run-status")).isEqualTo("待审核放款");
        assertThat(text("run-lines")).isEqualTo("3");
        assertThat(text("holds")).contains("收款账户户名与受助人不符").contains(mismatch.no()).contains("待处理");
        assertThat(text("lines")).contains(dibao.no()).contains(extreme.no()).contains("暂扣待处理");
        screenshot("payroll-2-run");

        // the release is refused while the hold is open; the hold is released with a reason, then the run
        browser.findElement(By.cssSelector("#release-form input[name=note]")).sendKeys("九月低保金、特困供养金");
        submit(By.id("release-submit"));
        assertThat(text("form-error")).contains("还有 1 条暂扣未处理");
        assertThat(browser.findElement(By.cssSelector("#release-form input[name=note]")).getAttribute("value"))
                .as("what was typed is kept").isEqualTo("九月低保金、特困供养金");
        screenshot("payroll-3-refused");
        browser.findElement(By.cssSelector("#holds form.hold-form input[name=note]")).sendKeys("户名为其监护人，经村委会入户核实");
        submit(By.cssSelector("#holds form.hold-form button[value=RELEASE]"));
        assertThat(text("message")).isEqualTo("已放行");
        assertThat(text("holds")).contains("已放行").contains("户名为其监护人");
        submit(By.id("release-submit"));
        assertThat(text("run-status")).isEqualTo("已放款");
        assertThat(text("released-by")).contains(reviewer);
        assertThat(browser.findElement(By.id("bank-file-csv")).getAttribute("href")).endsWith(runPath + "/bank-file.csv");
        assertThat(browser.findElement(By.id("bank-file-xlsx")).getAttribute("href")).endsWith(runPath + "/bank-file.xlsx");
        screenshot("payroll-4-released");

        // the bank pays two and returns one: its return file uploaded on the run page
        DoudiUser me = users.find(reviewer).orElseThrow();
        BankFile file = transfers.bankFile(me, runId);
        assertThat(file.count()).isEqualTo(3);
        StringBuilder answer = new StringBuilder("reference,account,amount,result,reason,paid_on\n");
        for (BankPayment p : file.payments()) {
            boolean failed = p.householdId().equals(mismatch.no());
            answer.append(p.reference()).append(',').append(p.account()).append(',').append(p.amount().toPlainString())
                    .append(failed ? ",失败,户名与账户不符," : ",成功,,2026-09-08").append('\n');
        }
        Path returned = Files.createTempFile("bank-return-", ".csv");
        Files.writeString(returned, answer, StandardCharsets.UTF_8);
        browser.findElement(By.id("bank-return-file")).sendKeys(returned.toAbsolutePath().toString());
        submit(By.id("bank-return-submit"));
        waitFor(By.id("return-report"));
        assertThat(text("return-applied")).contains("支付成功 2 笔，失败 1 笔，尚未回盘 0 笔");
        assertThat(text("lines")).contains("已支付").contains("支付失败").contains("户名与账户不符");
        screenshot("payroll-5-return");
        Files.delete(returned);

        // the failed payment on the household's record, reached from the household page
        open("/households/" + mismatch.id());
        submit(By.id("household-payments"));
        waitFor(By.id("payments"));
        assertThat(text("payments")).contains(MONTH.toString()).contains("支付失败").contains("户名与账户不符");
        screenshot("payroll-6-household");

        open("/payroll/totals?year=" + MONTH.getYear());
        assertThat(text("monthly-totals")).contains(MONTH.toString()).contains("鸦滩镇");
        screenshot("payroll-7-totals");
    }

    private void login(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login")).click();
        waitFor(By.id("database"));
    }

    /** Clicks and waits for the next page. */
    private void submit(By locator) {
        WebElement button = browser.findElement(locator);
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
        waitFor(By.id("database"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitFor(By.id("database"));
    }

    private static void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
