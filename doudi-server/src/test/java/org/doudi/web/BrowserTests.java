package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.doudi.Chromium;
import org.doudi.RegistryFiles;
import org.doudi.TestIds;
import org.doudi.TestUsers;
import org.doudi.Villages;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.kernel.DivisionCode;
import org.doudi.registry.imports.RegistryImport;
import org.junit.jupiter.api.AfterAll;
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
 * The pages in Debian's Chromium, as a township caseworker uses them: log in, search, open a household
 * and a person, upload a file with a bad row and read the report. Screenshots go to
 * {@code target/screenshots/}. Needs {@code chromium} and {@code chromium-driver} (bin/test installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration administration;
    @Autowired
    RegistryImport importer;
    @Autowired
    org.doudi.registry.Households households;

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
    void aCaseworkerSearchesOpensAHouseholdAndUploadsAFileWithABadRow() throws IOException {
        String caseworker = TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG);
        String no = TestIds.householdNo("B");
        String applicantId = TestIds.next(LocalDate.of(1952, 8, 8));
        importer.importStream("browser.csv", new ByteArrayInputStream(RegistryFiles.contractColumns()
                .member(no, applicantId, "柏老汉", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "520")
                .member(no, TestIds.next(LocalDate.of(1955, 1, 1)), "柏大娘", "SPOUSE", Villages.YONGZHENG, "DIBAO", "ACTIVE", "520")
                .bytes()), "tester", RegionScope.of(DivisionCode.parse(Villages.COUNTY)));

        open("/login");
        browser.findElement(By.id("username")).sendKeys(caseworker);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login")).click();
        waitFor(By.id("household-count"));
        assertThat(browser.findElement(By.id("database")).getText()).contains("PostgreSQL");
        screenshot("1-home");

        open("/households");
        browser.findElement(By.id("q-name")).sendKeys("柏老汉");
        browser.findElement(By.id("search")).click();
        waitFor(By.id("results"));
        String masked = applicantId.substring(0, 6) + "**********" + applicantId.substring(16);
        assertThat(browser.findElement(By.id("results")).getText()).contains(no).contains(masked)
                .doesNotContain(applicantId);
        screenshot("2-search");

        browser.findElement(By.linkText(no)).click();
        waitFor(By.id("members"));
        assertThat(browser.findElement(By.id("members")).getText()).contains("柏老汉").contains("柏大娘")
                .contains("申请人").doesNotContain(applicantId);
        assertThat(browser.findElement(By.id("programmes")).getText()).contains("最低生活保障").contains("在保");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("建档");
        screenshot("3-household");

        browser.findElement(By.linkText("柏老汉")).click();
        waitFor(By.id("id-number"));
        assertThat(browser.findElement(By.id("id-number")).getText()).isEqualTo(applicantId);

        String elsewhere = TestIds.householdNo("B");
        importer.importStream("elsewhere.csv", new ByteArrayInputStream(RegistryFiles.contractColumns()
                .member(elsewhere, TestIds.next(LocalDate.of(1950, 4, 4)), "外乡人", "APPLICANT", Villages.YANGZHA, "DIBAO", "ACTIVE", "500")
                .bytes()), "tester", RegionScope.of(DivisionCode.parse(Villages.COUNTY)));
        long elsewhereId = households.idOf(elsewhere, RegionScope.of(DivisionCode.parse(Villages.COUNTY))).orElseThrow();
        open("/households/" + elsewhereId);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .as("another township's household is a page that says it is not there, not raw JSON")
                .contains("不存在").doesNotContain("外乡人");

        Path bad = Files.createTempFile("bad-", ".csv");
        Files.write(bad, RegistryFiles.contractColumns()
                .member(TestIds.householdNo("B"), TestIds.next(LocalDate.of(1960, 2, 2)), "好人", "APPLICANT",
                        Villages.YONGZHENG, "DIBAO", "ACTIVE", "300")
                .member(TestIds.householdNo("B"), TestIds.next(LocalDate.of(1961, 3, 3)), "错行", "APPLICANT",
                        Villages.YONGZHENG, "DIBAO", "ACTIVE", "300").with("birth_date", "1961-02-30")
                .bytes());
        open("/imports");
        browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        waitFor(By.id("problems"));
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("未导入");
        assertThat(browser.findElement(By.id("problems")).getText()).contains("3").contains("birth_date")
                .contains("DATE_INVALID");
        assertThat(browser.findElement(By.id("errors-csv")).getAttribute("href")).endsWith("/errors.csv");
        screenshot("4-import-report");
        Files.delete(bad);
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
