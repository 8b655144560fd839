package org.doudi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.payments.PayrollFixtures.Family;
import org.doudi.registry.RegistryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly payroll on the real database: a month run twice pays nothing twice (and the database refuses a second
 * regular line), a run killed half-way leaves nothing half-written and the next attempt completes it, later
 * decisions become arrears and recovery, every audit rule holds only its own lines, and the reviewer's decisions
 * lead to release. Each test has its own village of 鸦滩镇 and its own months.
 */
@SpringBootTest
class PayrollIntegrationTests {

    @Autowired
    PayrollFixtures fixtures;

    @Autowired
    PayrollRuns runs;
    @Autowired
    PaymentHolds holds;
    @Autowired
    PaymentQueries queries;
    @Autowired
    CustodyRegister custody;
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
    void aMonthRunTwicePaysNothingTwiceAndTheDatabaseRefusesASecondRegularLine() {
        String village = "340827105200";
        YearMonth month = YearMonth.of(2026, 1);
        Family dibao = fixtures.family(village, Programme.DIBAO, "600");
        fixtures.family(village, Programme.EXTREME_POVERTY, "1000");
        fixtures.family(village, Programme.OLD_AGE_ALLOWANCE, "50");

        long first = runs.run(reviewer, village, month);
        long second = runs.run(reviewer, village, month);

        assertThat(second).isEqualTo(first);
        PaymentQueries.Run run = queries.run(reviewer, first);
        assertThat(run.status()).isEqualTo("AUDITED");
        assertThat(run.lines()).isEqualTo(3);
        assertThat(run.payable()).isEqualByComparingTo("1650");
        assertThat(jdbc.sql("SELECT count(*) FROM payment_line WHERE household_id = ?").param(dibao.id())
                .query(Long.class).single()).isEqualTo(1);

        long other = jdbc.sql("INSERT INTO payroll_run (region_code, month, status, started_by) VALUES ('340827105201', ?, 'COMPUTING', 't') RETURNING id")
                .param(month.atDay(1)).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO payment_line (run_id, household_id, programme, period_month, kind, amount, id_number, name,
                                          region_code, basis, status)
                VALUES (?, ?, 'DIBAO', ?, 'REGULAR', 600, ?, 'x', ?, 'a second payment', 'PENDING')
                """).params(other, dibao.id(), month.atDay(1), dibao.idNumber(), village).update())
                .isInstanceOf(DuplicateKeyException.class);

        assertThatThrownBy(() -> runs.run(reviewer, "340827105", month)).isInstanceOfSatisfying(PaymentException.class,
                e -> assertThat(e.code()).isEqualTo("PAYROLL_OVERLAP"));

        holds.release(reviewer, first, run.version(), "一月发放");
        assertThatThrownBy(() -> runs.run(reviewer, village, month)).isInstanceOfSatisfying(PaymentException.class,
                e -> assertThat(e.code()).isEqualTo("PAYROLL_RELEASED"));
        assertThat(fixtures.lines(first, "RELEASED")).isEqualTo(3);
    }

    @Test
    void aRunKilledHalfWayLeavesNoLinesAndTheNextAttemptCompletesIt() {
        String village = "340827105202";
        YearMonth month = YearMonth.of(2026, 1);
        for (int i = 0; i < 3; i++) {
            fixtures.family(village, Programme.DIBAO, "500");
        }

        assertThatThrownBy(() -> runs.run(reviewer, village, month, written ->
                // the database session of the run dies after its lines are written, before the audit
                jdbc.sql("SELECT pg_terminate_backend(pg_backend_pid())").query().singleValue()))
                .isInstanceOfAny(DataAccessException.class, org.springframework.transaction.TransactionException.class);

        long runId = jdbc.sql("SELECT id FROM payroll_run WHERE region_code = ? AND month = ?")
                .params(village, month.atDay(1)).query(Long.class).single();
        assertThat(fixtures.runStatus(runId)).isEqualTo("COMPUTING");
        assertThat(jdbc.sql("SELECT count(*) FROM payment_line WHERE run_id = ?").param(runId).query(Long.class).single())
                .isZero();

        assertThat(runs.run(reviewer, village, month)).isEqualTo(runId);
        assertThat(fixtures.runStatus(runId)).isEqualTo("AUDITED");
        assertThat(fixtures.lines(runId, "PENDING")).isEqualTo(3);
    }

    @Test
    void aLaterDecisionBecomesArrearsThenRecoveryAndTheComparisonSaysWhy() {
        String village = "340827105203";
        Family family = fixtures.family(village, Programme.DIBAO, "600");
        DoudiUser caseworker = fixtures.user(Role.TOWNSHIP_CASEWORKER, PayrollFixtures.YATAN);

        long february = releasedRun(village, YearMonth.of(2026, 2));
        assertThat(amounts(february)).containsExactly("REGULAR 2026-02 600.00");

        fixtures.decide(caseworker, family, Programme.DIBAO, ProgrammeStatus.ACTIVE, "700", LocalDate.of(2026, 2, 1));
        long march = runs.run(reviewer, village, YearMonth.of(2026, 3));
        assertThat(amounts(march)).containsExactly("ARREARS 2026-02 100.00", "REGULAR 2026-03 700.00");
        assertThat(queries.diff(reviewer, march)).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo("CHANGED");
            assertThat(c.before()).isEqualByComparingTo("600");
            assertThat(c.after()).isEqualByComparingTo("700");
            assertThat(c.reason()).contains("测试决定：DIBAO ACTIVE 700");
        });
        holds.release(reviewer, march, queries.run(reviewer, march).version(), "三月");

        fixtures.decide(caseworker, family, Programme.DIBAO, ProgrammeStatus.ACTIVE, "500", LocalDate.of(2026, 2, 1));
        long april = releasedRun(village, YearMonth.of(2026, 4));
        assertThat(amounts(april)).containsExactly("RECOVERY 2026-02 -200.00", "RECOVERY 2026-03 -200.00",
                "REGULAR 2026-04 500.00");
        assertThat(fixtures.lines(april, "TO_RECOVER")).isEqualTo(2);
        assertThat(queries.run(reviewer, april).recovery()).isEqualByComparingTo("-400");

        fixtures.decide(caseworker, family, Programme.DIBAO, ProgrammeStatus.TERMINATED, "0", LocalDate.of(2026, 5, 1));
        long may = runs.run(reviewer, village, YearMonth.of(2026, 5));
        assertThat(amounts(may)).isEmpty();
        assertThat(queries.diff(reviewer, may)).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo("ENDED");
            assertThat(c.before()).isEqualByComparingTo("500");
            assertThat(c.reason()).contains("TERMINATED");
        });
        assertThat(queries.history(reviewer, family.id())).extracting(l -> l.kind() + " " + l.period())
                .containsExactly("REGULAR 2026-04", "RECOVERY 2026-03", "REGULAR 2026-03", "RECOVERY 2026-02",
                        "ARREARS 2026-02", "REGULAR 2026-02");
    }

    @Test
    void everyAuditRuleHoldsOnlyItsOwnLinesAndTheReviewerDecidesEachBeforeRelease() {
        String village = "340827105204";
        YearMonth june = YearMonth.of(2026, 6);
        DoudiUser caseworker = fixtures.user(Role.TOWNSHIP_CASEWORKER, PayrollFixtures.YATAN);
        Family clean = fixtures.family(village, Programme.DIBAO, "600");
        Family dead = fixtures.family(village, Programme.DIBAO, "600");
        Family mismatch = fixtures.family(village, Programme.DIBAO, "600", null, "王代领", "0");
        Family custodied = fixtures.family(village, Programme.DIBAO, "600", null, "李代管", "0");
        Family sharedA = fixtures.family(village, Programme.EXTREME_POVERTY, "1000", "6217000000000000777", null, "0");
        Family sharedB = fixtures.family(village, Programme.EXTREME_POVERTY, "1000", "6217000000000000777", null, "0");
        Family frequent = fixtures.family(village, Programme.DIBAO, "600");
        Family duplicate = fixtures.family(village, Programme.DIBAO, "600");
        Family aboveRecomputed = fixtures.family(village, Programme.DIBAO, "700", null, null, "400");
        Family aboveMaximum = fixtures.family(village, Programme.EXTREME_POVERTY, "9000");
        Family staffRelative = fixtures.family(village, Programme.DIBAO, "600");
        Family noAccount = fixtures.family(village, Programme.DIBAO, "600", "", "", "0");
        Family suspended = fixtures.family(village, Programme.DIBAO, "600");
        for (Programme p : List.of(Programme.DISABILITY_LIVING, Programme.DISABILITY_CARE, Programme.OLD_AGE_ALLOWANCE)) {
            fixtures.decide(caseworker, frequent, p, ProgrammeStatus.ACTIVE, "50", LocalDate.of(2026, 1, 1));
        }
        custody.file(caseworker, new CustodyRegister.NewAgreement("代管-" + custodied.no(), custodied.id(), "李代管", null,
                "村委会委员（受助人生活不能自理）", custodied.account(), LocalDate.of(2026, 1, 5), null));
        fixtures.feed("deaths", "id_number,name,death_date,source\n" + dead.idNumber() + "," + dead.name() + ",2026-04-10,殡葬系统\n");
        fixtures.feed("staff", "staff_id_number,staff_name,role,region,relative_id_number,relative_name,relation\n"
                + "340827197001010011,赵干部,村委会主任," + village + "," + staffRelative.idNumber() + "," + staffRelative.name() + ",兄弟\n");
        fixtures.feed("persons_neighbour", "household_id,id_number,name,relation,birth_date,region,area,programme,status,"
                + "monthly_amount,enrolled_since,bank_account,account_holder,disability_kind,disability_grade,staff_relative\n"
                + "W-1," + duplicate.idNumber() + "," + duplicate.name() + ",APPLICANT," + org.doudi.TestIds.birthDate(duplicate.idNumber())
                + ",340828100001,URBAN,DIBAO,ACTIVE,"
                + "500,2024-01-01,6228000000000001,某人,,,N\n");
        // May: paid, and the suspended family's payment comes back failed from the bank
        long may = runs.run(reviewer, village, YearMonth.of(2026, 5));
        holdsDecided(may, PaymentHolds.RELEASE);
        holds.release(reviewer, may, queries.run(reviewer, may).version(), "五月");
        jdbc.sql("UPDATE payment_line SET status = 'FAILED', failure_reason = '账户已销户' WHERE run_id = ? AND household_id = ?")
                .params(may, suspended.id()).update();
        fixtures.decide(caseworker, suspended, Programme.DIBAO, ProgrammeStatus.SUSPENDED, "0", LocalDate.of(2026, 6, 1));

        long runId = runs.run(reviewer, village, june);

        Map<String, List<String>> heldByRule = queries.holds(reviewer, runId).stream().collect(Collectors.groupingBy(
                PaymentQueries.Hold::rule, java.util.TreeMap::new,
                Collectors.mapping(PaymentQueries.Hold::householdNo, Collectors.toList())));
        assertThat(heldByRule).containsEntry("PAID_AFTER_DEATH", List.of(dead.no()))
                .containsEntry("ACCOUNT_HOLDER_MISMATCH", List.of(mismatch.no()))
                .containsEntry("SHARED_ACCOUNT", List.of(sharedA.no(), sharedB.no()))
                .containsEntry("FREQUENT_OR_LARGE", List.of(frequent.no(), aboveMaximum.no()))
                .containsEntry("DUPLICATE_ENROLMENT", List.of(duplicate.no()))
                .containsEntry("ABOVE_RECOMPUTED", List.of(aboveRecomputed.no()))
                .containsEntry("ABOVE_STATUTORY_MAXIMUM", List.of(aboveMaximum.no()))
                .containsEntry("NOT_PAYABLE_STATUS", List.of(suspended.no()))
                .containsEntry("STAFF_RELATIVE_UNREGISTERED", List.of(staffRelative.no()))
                .containsEntry("ACCOUNT_MISSING", List.of(noAccount.no()));
        assertThat(heldByRule.values().stream().flatMap(List::stream)).doesNotContain(clean.no(), custodied.no());
        assertThat(lineStatus(runId, clean)).containsExactly("PENDING");
        assertThat(lineStatus(runId, frequent)).containsExactly("HELD", "HELD", "HELD", "HELD");
        assertThat(lineStatus(runId, suspended)).as("only the reissue of May, no June line").containsExactly("HELD");

        assertThatThrownBy(() -> holds.release(reviewer, runId, queries.run(reviewer, runId).version(), "六月"))
                .isInstanceOfSatisfying(PaymentException.class, e -> assertThat(e.code()).isEqualTo("HOLDS_UNDECIDED"));
        assertThatThrownBy(() -> holds.decide(reviewer, holdOf(runId, "ABOVE_RECOMPUTED"), PaymentHolds.RELEASE, ""))
                .isInstanceOfSatisfying(PaymentException.class, e -> assertThat(e.field()).isEqualTo("note"));
        holds.decide(reviewer, holdOf(runId, "ABOVE_RECOMPUTED"), PaymentHolds.RELEASE, "刚性支出扣减后金额经县局核定无误");
        holds.decide(reviewer, holdOf(runId, "PAID_AFTER_DEATH"), PaymentHolds.CONFIRM, "已核实死亡，停发并启动复核");
        assertThat(lineStatus(runId, aboveRecomputed)).containsExactly("PENDING");
        assertThat(lineStatus(runId, dead)).containsExactly("WITHHELD");
        holdsDecided(runId, PaymentHolds.CONFIRM);
        holds.release(reviewer, runId, queries.run(reviewer, runId).version(), "六月发放");
        assertThat(lineStatus(runId, clean)).containsExactly("RELEASED");
        assertThat(lineStatus(runId, aboveRecomputed)).containsExactly("RELEASED");
        assertThat(lineStatus(runId, dead)).containsExactly("WITHHELD");

        long july = runs.run(reviewer, village, YearMonth.of(2026, 7));
        assertThat(jdbc.sql("SELECT count(*) FROM payment_line WHERE run_id = ? AND household_id = ? AND kind = 'ARREARS'")
                .params(july, dead.id()).query(Long.class).single()).as("a confirmed hold is settled: no arrears").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE username = ? AND action IN ('PAYMENT_HOLD_RELEASED', 'PAYMENT_HOLD_CONFIRMED')")
                .param(reviewer.username()).query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    /** Runs, releases every hold and the run: a month paid. */
    private long releasedRun(String village, YearMonth month) {
        long id = runs.run(reviewer, village, month);
        holdsDecided(id, PaymentHolds.RELEASE);
        holds.release(reviewer, id, queries.run(reviewer, id).version(), month + " 发放");
        return id;
    }

    private void holdsDecided(long runId, String decision) {
        for (PaymentQueries.Hold h : queries.holds(reviewer, runId)) {
            if (h.status().equals("OPEN") && !h.rule().equals(PayrollRuns.MONITORING_HOLD)) {
                holds.decide(reviewer, h.id(), decision, "测试处理");
            }
        }
    }

    private long holdOf(long runId, String rule) {
        return queries.holds(reviewer, runId).stream().filter(h -> h.rule().equals(rule)).findFirst().orElseThrow().id();
    }

    private List<String> lineStatus(long runId, Family f) {
        return jdbc.sql("SELECT status FROM payment_line WHERE run_id = ? AND household_id = ? ORDER BY programme, id")
                .params(runId, f.id()).query(String.class).list();
    }

    private List<String> amounts(long runId) {
        return jdbc.sql("""
                SELECT kind || ' ' || to_char(period_month, 'YYYY-MM') || ' ' || amount FROM payment_line WHERE run_id = ?
                 ORDER BY period_month, kind
                """).param(runId).query(String.class).list();
    }

    @SuppressWarnings("unused")
    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }
}
