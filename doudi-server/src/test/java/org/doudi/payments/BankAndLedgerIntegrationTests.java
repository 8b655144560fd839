package org.doudi.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.kernel.Programme;
import org.doudi.payments.PayrollFixtures.Family;
import org.doudi.payroll.bank.BankFile;
import org.doudi.payroll.bank.BankPayment;
import org.doudi.registry.Households;
import org.doudi.registry.RegistryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bank side and the history: a released run's bank file and the bank's return (all or nothing), failed
 * payments reissued once, benefits the bank could not pay for three months (urban) flagged for a home visit, a
 * temporary-assistance instalment paid through the payroll, and the ledger review over past payments and over an
 * old ledger file. Villages of 长岭镇 that only these tests use.
 */
@SpringBootTest
class BankAndLedgerIntegrationTests {

    @Autowired
    PayrollFixtures fixtures;

    @Autowired
    PayrollRuns runs;
    @Autowired
    PaymentHolds holds;
    @Autowired
    PaymentQueries queries;
    @Autowired
    BankTransfers bank;
    @Autowired
    LedgerReview ledger;
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
    void theBankFileIsExportedOnceTheReturnAppliesAllOrNothingAndAFailureIsReissuedOnce() {
        String village = "340827106200";
        Family paid = fixtures.family(village, Programme.DIBAO, "600");
        Family failing = fixtures.family(village, Programme.DIBAO, "550");

        long january = released(village, YearMonth.of(2026, 1));
        BankFile file = bank.bankFile(reviewer, january);
        assertThat(file.count()).isEqualTo(2);
        assertThat(file.total()).isEqualByComparingTo("1150");
        assertThat(bank.bankFile(reviewer, january).checksum()).as("the same file on every export").isEqualTo(file.checksum());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        bank.write(reviewer, january, false, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("TOTAL,count=2,amount=1150.00", "CHECKSUM,sha256=" + file.checksum());

        BankPayment first = payment(file, paid);
        BankPayment second = payment(file, failing);
        BankTransfers.ReturnReport bad = bank.importReturn(reviewer, january, "return.csv", returnFile(
                row(first, "PAID", "", "2026-01-08"), "P999999-1-1," + second.account() + ",550.00,PAID,,2026-01-08"));
        assertThat(bad.applied()).isFalse();
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.code()).isEqualTo("UNKNOWN_REFERENCE");
        });
        assertThat(fixtures.lines(january, "RELEASED")).as("nothing applied").isEqualTo(2);

        byte[] good = returnFile(row(first, "PAID", "", "2026-01-08"), row(second, "FAILED", "账户冻结", ""));
        BankTransfers.ReturnReport report = bank.importReturn(reviewer, january, "return.csv", good);
        assertThat(report.applied()).isTrue();
        assertThat(report.paid()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(bank.importReturn(reviewer, january, "return.csv", good).alreadyImported()).isTrue();
        assertThat(queries.history(reviewer, failing.id())).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo("FAILED");
            assertThat(l.failureReason()).isEqualTo("账户冻结");
        });

        long february = released(village, YearMonth.of(2026, 2));
        assertThat(kinds(february, failing)).containsExactly("REGULAR 2026-02 550.00", "REISSUE 2026-01 550.00");
        BankFile feb = bank.bankFile(reviewer, february);
        bank.importReturn(reviewer, february, "r2.csv", returnFile(feb.payments().stream()
                .map(p -> p.householdId().equals(failing.no()) ? row(p, "FAILED", "账户冻结", "") : row(p, "PAID", "", "2026-02-08"))
                .toArray(String[]::new)));

        long march = runs.run(reviewer, village, YearMonth.of(2026, 3));
        assertThat(kinds(march, failing)).as("the failed reissue is not sent a third time")
                .containsExactly("REGULAR 2026-03 550.00", "REISSUE 2026-02 550.00");
    }

    @Test
    void benefitsTheBankCouldNotPayForThreeMonthsInTownRaiseAnAlertForAHomeVisit() {
        String village = "340827106201";
        Family town = fixtures.family(village, "URBAN", Programme.DIBAO, "500");
        Family country = fixtures.family(village, "RURAL", Programme.DIBAO, "500");
        List<String> flagged = List.of();
        for (int m = 4; m <= 6; m++) {
            long run = released(village, YearMonth.of(2026, m));
            BankFile file = bank.bankFile(reviewer, run);
            flagged = bank.importReturn(reviewer, run, "r" + m + ".csv", returnFile(file.payments().stream()
                    .map(p -> row(p, "FAILED", "账户长期未动户", "")).toArray(String[]::new))).flaggedHouseholds();
            if (m < 6) {
                assertThat(flagged).isEmpty();
            }
        }
        assertThat(flagged).containsExactly(town.no());
        assertThat(jdbc.sql("SELECT evidence FROM alert WHERE rule = 'BENEFIT_UNCOLLECTED' AND household_id = ? AND status = 'OPEN'")
                .param(town.id()).query(String.class).single()).contains("2026-04、2026-05、2026-06 连续 3 个月");
        assertThat(jdbc.sql("SELECT count(*) FROM alert WHERE household_id = ?").param(country.id()).query(Long.class).single())
                .as("rural: two quarters").isZero();
    }

    @Test
    void aTemporaryAssistanceInstalmentDueThisMonthIsPaidThroughThePayroll() {
        String village = "340827106202";
        Family family = fixtures.family(village, Programme.DIBAO, "400");
        long caseId = jdbc.sql("""
                INSERT INTO assistance_case (case_no, kind, programme, temporary_kind, household_id, region_code,
                                             residence_basis, channel, stage, applied_on, opened_by, outcome, amount)
                VALUES (?, 'APPLICATION', 'TEMPORARY', 'EXPENDITURE', ?, ?, 'REGISTERED', 'FAMILY', 'DECIDED', '2026-06-20',
                        'tester', 'APPROVED', 3000) RETURNING id
                """).params("LS-" + family.no(), family.id(), village).query(Long.class).single();
        jdbc.sql("INSERT INTO case_instalment (case_id, seq, due_on, amount, source) VALUES (?, 1, '2026-07-05', 1500, 'COUNTY'), (?, 2, '2026-09-05', 1500, 'COUNTY')")
                .params(caseId, caseId).update();

        long july = released(village, YearMonth.of(2026, 7));
        assertThat(kinds(july, family)).containsExactly("INSTALMENT 2026-07 1500.00", "REGULAR 2026-07 400.00");
        BankFile file = bank.bankFile(reviewer, july);
        assertThat(file.payments()).extracting(BankPayment::purpose).contains("临时救助金分期发放", "2026年7月低保金");
        bank.importReturn(reviewer, july, "r.csv", returnFile(file.payments().stream()
                .map(p -> row(p, "PAID", "", "2026-07-09")).toArray(String[]::new)));
        assertThat(jdbc.sql("SELECT paid_on FROM case_instalment WHERE case_id = ? ORDER BY seq").param(caseId)
                .query(LocalDate.class).list()).containsExactly(LocalDate.of(2026, 7, 9), null);

        long august = runs.run(reviewer, village, YearMonth.of(2026, 8));
        assertThat(kinds(august, family)).as("paid once; the next falls due in September").containsExactly("REGULAR 2026-08 400.00");
    }

    @Test
    void theLedgerReviewRunsTheRulesOverPastPaymentsAndAnOldLedgerFilePerTownship() {
        String village = "340827106203";
        Family shared1 = fixtures.family(village, Programme.DIBAO, "500", "6217000000000106203", null, "0");
        Family shared2 = fixtures.family(village, Programme.DIBAO, "500", "6217000000000106203", null, "0");
        Family clean = fixtures.family(village, Programme.DIBAO, "500");
        long run = runs.run(reviewer, village, YearMonth.of(2026, 8));
        for (PaymentQueries.Hold h : queries.holds(reviewer, run)) {
            holds.decide(reviewer, h.id(), PaymentHolds.RELEASE, "经核实为夫妻分户，同一账户");
        }
        holds.release(reviewer, run, queries.run(reviewer, run).version(), "八月");
        DoudiUser auditor = fixtures.user(Role.AUDITOR, "340827106");

        LedgerReview.Report history = ledger.review(auditor, YearMonth.of(2026, 8), YearMonth.of(2026, 8));
        assertThat(history.lines()).isEqualTo(3);
        assertThat(history.rows()).singleElement().satisfies(r -> {
            assertThat(r.township()).isEqualTo("340827106");
            assertThat(r.rule()).isEqualTo("SHARED_ACCOUNT");
            assertThat(r.households()).isEqualTo(2);
        });

        String old = "household_id,id_number,name,programme,month,amount,account,account_holder\n"
                + clean.no() + "," + clean.idNumber() + "," + clean.name() + ",DIBAO,2019-03,300.00," + clean.account() + "," + clean.name() + "\n"
                + clean.no() + "," + clean.idNumber() + "," + clean.name() + ",DIBAO,2019-04,300.00,6228480000000000001,王某\n"
                + "X-UNKNOWN,340827196001010011,无户人,DIBAO,2019-03,300.00,6228480000000000002,无户人\n"
                + clean.no() + "," + clean.idNumber() + "," + clean.name() + ",DIBAO,2019-13,abc,6228480000000000001,王某\n";
        LedgerReview.Report file = ledger.review(auditor, "2019台账.csv", old.getBytes(StandardCharsets.UTF_8));
        assertThat(file.lines()).isEqualTo(3);
        assertThat(file.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code())
                .containsExactly("5 month MONTH_INVALID", "5 amount AMOUNT_FORMAT");
        assertThat(file.items()).extracting(LedgerReview.Item::rule).contains("ACCOUNT_HOLDER_MISMATCH", "NOT_PAYABLE_STATUS");
        assertThat(file.items()).filteredOn(i -> i.rule().equals("ACCOUNT_HOLDER_MISMATCH"))
                .extracting(i -> i.month() + " " + i.householdNo()).containsExactly("2019-04 " + clean.no());
        assertThat(shared1.no()).isNotEqualTo(shared2.no());
    }

    private long released(String village, YearMonth month) {
        long id = runs.run(reviewer, village, month);
        for (PaymentQueries.Hold h : queries.holds(reviewer, id)) {
            if (h.status().equals("OPEN")) {
                holds.decide(reviewer, h.id(), PaymentHolds.RELEASE, "测试放行");
            }
        }
        holds.release(reviewer, id, queries.run(reviewer, id).version(), month + " 发放");
        return id;
    }

    private static BankPayment payment(BankFile file, Family f) {
        return file.payments().stream().filter(p -> p.householdId().equals(f.no())).findFirst().orElseThrow();
    }

    private static String row(BankPayment p, String result, String reason, String paidOn) {
        return p.reference() + "," + p.account() + "," + p.amount().toPlainString() + "," + result + "," + reason + "," + paidOn;
    }

    private static byte[] returnFile(String... rows) {
        return ("reference,account,amount,result,reason,paid_on\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<String> kinds(long runId, Family f) {
        return jdbc.sql("""
                SELECT kind || ' ' || to_char(period_month, 'YYYY-MM') || ' ' || amount FROM payment_line
                 WHERE run_id = ? AND household_id = ? ORDER BY kind, period_month
                """).params(runId, f.id()).query(String.class).list();
    }
}
