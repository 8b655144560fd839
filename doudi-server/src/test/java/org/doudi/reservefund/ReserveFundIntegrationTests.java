package org.doudi.reservefund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.doudi.TestUsers;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reserve-fund ledger on the real database: allocations, spending, returns and reconciliation with their
 * balances, refusals that write nothing, and two spends racing for a balance that covers one.
 */
@SpringBootTest
class ReserveFundIntegrationTests {

    /** 漳湖镇 and 赛口镇: only the reserve-fund tests use them, but they share them, so balances are compared before and after. */
    static final String ZHANGHU = "340827102";
    static final String SAIKOU = "340827103";
    static final String COUNTY = "340827";

    @Autowired
    ReserveFunds funds;
    @Autowired
    UserAdministration administration;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAllocationThenASpendingThenTwoCountsLeaveTheBalancesAndEntriesOfTheLedger() {
        DoudiUser reviewer = user(Role.COUNTY_REVIEWER, COUNTY);
        DoudiUser caseworker = user(Role.TOWNSHIP_CASEWORKER, ZHANGHU);
        BigDecimal start = bookBalance(ZHANGHU);
        TownshipFund before = row(funds.summary(reviewer, null), ZHANGHU);
        long lastId = lastEntryId();

        Entry topUp = funds.topUp(reviewer, ZHANGHU, new BigDecimal("1000"), "望民〔2026〕12号", "第一批备用金");
        Entry spending = funds.spend(caseworker, ZHANGHU, 9001, "张三", new BigDecimal("300.50"), "火灾先行救助");
        Entry matched = funds.reconcile(reviewer, ZHANGHU, start.add(new BigDecimal("699.50")), null);
        Entry short100 = funds.reconcile(reviewer, ZHANGHU, start.add(new BigDecimal("600")), "月末盘点");

        assertThat(topUp.balanceAfter()).isEqualByComparingTo(start.add(new BigDecimal("1000")));
        assertThat(topUp.amount()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(topUp.reference()).isEqualTo("望民〔2026〕12号");
        assertThat(spending.balanceAfter()).isEqualByComparingTo(start.add(new BigDecimal("699.50")));
        assertThat(spending.caseId()).isEqualTo(9001L);
        assertThat(spending.actor()).isEqualTo(caseworker.username());
        assertThat(matched.difference()).isEqualByComparingTo("0");
        assertThat(matched.mismatch()).isFalse();
        assertThat(short100.difference()).isEqualByComparingTo("-99.50");
        assertThat(short100.mismatch()).isTrue();
        assertThat(short100.balanceAfter()).as("a count does not change the book").isEqualByComparingTo(spending.balanceAfter());
        assertThat(funds.balance(caseworker, ZHANGHU)).isEqualByComparingTo(start.add(new BigDecimal("699.50")));

        List<Entry> mine = funds.entries(reviewer, ZHANGHU, null, null).stream().filter(e -> e.id() > lastId).toList();
        assertThat(mine).extracting(Entry::kind).containsExactly(EntryKind.TOP_UP, EntryKind.SPENDING,
                EntryKind.RECONCILIATION, EntryKind.RECONCILIATION);
        assertThat(mine).extracting(Entry::purpose).containsExactly("第一批备用金", "火灾先行救助", "账实核对：账实相符", "月末盘点");
        assertThat(sumOfSignedAmounts(ZHANGHU)).as("the balance is the sum of the ledger").isEqualByComparingTo(bookBalance(ZHANGHU));

        TownshipFund after = row(funds.summary(reviewer, null), ZHANGHU);
        assertThat(after.balance()).isEqualByComparingTo(start.add(new BigDecimal("699.50")));
        assertThat(after.topUps().subtract(before.topUps())).isEqualByComparingTo("1000");
        assertThat(after.spending().subtract(before.spending())).isEqualByComparingTo("300.50");
        assertThat(after.lastDifference()).isEqualByComparingTo("-99.50");
        assertThat(after.reconciliationStatus()).isEqualTo(TownshipFund.ReconciliationStatus.MISMATCHED);
        assertThat(audited(reviewer, "RESERVE_FUND_TOP_UP")).isEqualTo(1);
        assertThat(audited(caseworker, "RESERVE_FUND_SPENDING")).isEqualTo(1);
        assertThat(audited(reviewer, "RESERVE_FUND_RECONCILIATION")).isEqualTo(2);
        assertThat(audited(reviewer, "READ_RESERVE_FUND_LEDGER")).isEqualTo(1);
        assertThat(audited(reviewer, "READ_RESERVE_FUNDS")).isEqualTo(2);
    }

    @Test
    void aSpendingLargerThanTheBalanceIsRefusedAndWritesNothing() {
        DoudiUser reviewer = user(Role.COUNTY_REVIEWER, COUNTY);
        DoudiUser approver = user(Role.TOWNSHIP_APPROVER, ZHANGHU);
        funds.topUp(reviewer, ZHANGHU, new BigDecimal("50"), "望民〔2026〕13号", "补充备用金");
        BigDecimal balance = bookBalance(ZHANGHU);
        long lastId = lastEntryId();
        long events = auditEvents();

        assertThatThrownBy(() -> funds.spend(approver, ZHANGHU, 9002, "李四", balance.add(new BigDecimal("0.01")), "先行救助"))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> {
                    assertThat(e.code()).isEqualTo("RESERVE_FUND_INSUFFICIENT");
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.getMessage()).contains("余额不足", "当前余额 " + Amounts.format(balance),
                            "本次支出 " + Amounts.format(balance.add(new BigDecimal("0.01"))));
                });

        assertThat(bookBalance(ZHANGHU)).isEqualByComparingTo(balance);
        assertThat(lastEntryId()).isEqualTo(lastId);
        assertThat(auditEvents()).isEqualTo(events);
    }

    @Test
    void ofTwoSpendsRacingForABalanceThatCoversOneExactlyOneSucceeds() throws Exception {
        DoudiUser reviewer = user(Role.COUNTY_REVIEWER, COUNTY);
        DoudiUser first = user(Role.TOWNSHIP_CASEWORKER, SAIKOU);
        DoudiUser second = user(Role.TOWNSHIP_APPROVER, SAIKOU);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                BigDecimal start = bookBalance(SAIKOU);
                funds.topUp(reviewer, SAIKOU, new BigDecimal("100"), "望民〔2026〕20号", "补充备用金");
                // each spend fits the balance, both together do not
                BigDecimal amount = start.add(new BigDecimal("60"));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Object>> results = new ArrayList<>();
                for (DoudiUser user : List.of(first, second)) {
                    results.add(pool.submit(() -> {
                        go.await();
                        try {
                            return funds.spend(user, SAIKOU, 9100, "王五", amount, "先行救助");
                        } catch (ReserveFundException e) {
                            return e;
                        }
                    }));
                }
                go.countDown();
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> result : results) {
                    outcomes.add(result.get(30, TimeUnit.SECONDS));
                }

                assertThat(outcomes).filteredOn(Entry.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ReserveFundException.class::isInstance).singleElement()
                        .satisfies(e -> {
                            assertThat(((ReserveFundException) e).code()).isEqualTo(ReserveFundException.INSUFFICIENT);
                            assertThat(((ReserveFundException) e).getMessage()).contains("当前余额 40.00");
                        });
                assertThat(bookBalance(SAIKOU)).isEqualByComparingTo("40.00");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM reserve_fund_entry WHERE balance_after < 0").query(Integer.class).single()).isZero();
        assertThat(sumOfSignedAmounts(SAIKOU)).isEqualByComparingTo(bookBalance(SAIKOU));
    }

    @Test
    void aCaseworkerCannotTouchAnotherTownshipsFundAndOnlyTheCountyAllocates() {
        DoudiUser reviewer = user(Role.COUNTY_REVIEWER, COUNTY);
        DoudiUser zhanghuCaseworker = user(Role.TOWNSHIP_CASEWORKER, ZHANGHU);
        funds.topUp(reviewer, SAIKOU, new BigDecimal("100"), "望民〔2026〕21号", "补充备用金");

        assertThatThrownBy(() -> funds.spend(zhanghuCaseworker, SAIKOU, 9003, "赵六", new BigDecimal("10"), "先行救助"))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> funds.entries(zhanghuCaseworker, SAIKOU, null, null))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> funds.topUp(zhanghuCaseworker, ZHANGHU, new BigDecimal("10"), "x", "y"))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> funds.spend(user(Role.AUDITOR, COUNTY), ZHANGHU, 9003, "赵六", new BigDecimal("10"), "先行救助"))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        assertThat(funds.summary(zhanghuCaseworker, null)).extracting(TownshipFund::townshipCode).containsExactly(ZHANGHU);
        assertThat(funds.summary(zhanghuCaseworker, new RegionScope(COUNTY))).extracting(TownshipFund::townshipCode)
                .as("a wider region than the user's is not widened to").containsExactly(ZHANGHU);
    }

    @Test
    void aVillageAssistantReadsHisTownshipsBalanceAndNothingElse() {
        DoudiUser assistant = user(Role.VILLAGE_ASSISTANT, "340827102001");

        assertThat(funds.balance(assistant, ZHANGHU)).isEqualByComparingTo(bookBalance(ZHANGHU));
        assertThatThrownBy(() -> funds.balance(assistant, SAIKOU))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> funds.entries(assistant, ZHANGHU, null, null))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> funds.summary(assistant, null))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void amountsMustBePositiveWithAtMostTwoDecimals() {
        DoudiUser reviewer = user(Role.COUNTY_REVIEWER, COUNTY);
        DoudiUser caseworker = user(Role.TOWNSHIP_CASEWORKER, ZHANGHU);
        long lastId = lastEntryId();

        for (String bad : List.of("-5", "0", "12.345")) {
            assertThatThrownBy(() -> funds.topUp(reviewer, ZHANGHU, new BigDecimal(bad), "望民〔2026〕22号", "补充"))
                    .as(bad).isInstanceOfSatisfying(ReserveFundException.class, e -> {
                        assertThat(e.code()).isEqualTo("AMOUNT_INVALID");
                        assertThat(e.field()).isEqualTo("amount");
                    });
            assertThatThrownBy(() -> funds.spend(caseworker, ZHANGHU, 9004, "钱七", new BigDecimal(bad), "先行救助"))
                    .as(bad).isInstanceOfSatisfying(ReserveFundException.class,
                            e -> assertThat(e.code()).isEqualTo("AMOUNT_INVALID"));
        }
        assertThatThrownBy(() -> funds.reconcile(reviewer, ZHANGHU, new BigDecimal("-0.01"), null))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.field()).isEqualTo("countedBalance"));
        assertThatThrownBy(() -> funds.topUp(reviewer, ZHANGHU, null, "望民〔2026〕22号", "补充"))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("AMOUNT_INVALID"));
        assertThat(funds.topUp(reviewer, ZHANGHU, new BigDecimal("12.340"), "望民〔2026〕22号", "补充").amount())
                .as("trailing zeros are not decimals").isEqualTo(new BigDecimal("12.34"));
        assertThat(lastEntryId()).isEqualTo(lastId + 1);
    }

    @Test
    void aReturnGivesBackNoMoreThanWasSpent() {
        DoudiUser reviewer = user(Role.COUNTY_REVIEWER, COUNTY);
        DoudiUser caseworker = user(Role.TOWNSHIP_CASEWORKER, ZHANGHU);
        funds.topUp(reviewer, ZHANGHU, new BigDecimal("500"), "望民〔2026〕23号", "补充备用金");
        Entry spending = funds.spend(caseworker, ZHANGHU, 9005, "孙八", new BigDecimal("200"), "先行救助");

        Entry part = funds.returnSpending(caseworker, ZHANGHU, spending.id(), new BigDecimal("150"), "重复发放，收回");
        assertThatThrownBy(() -> funds.returnSpending(caseworker, ZHANGHU, spending.id(), new BigDecimal("50.01"), "再退"))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("RETURN_EXCEEDS_SPENDING"));
        assertThatThrownBy(() -> funds.returnSpending(caseworker, ZHANGHU, part.id(), new BigDecimal("1"), "退回的退回"))
                .isInstanceOfSatisfying(ReserveFundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));

        assertThat(part.kind()).isEqualTo(EntryKind.RETURN);
        assertThat(part.caseId()).isEqualTo(9005L);
        assertThat(part.returnsEntryId()).isEqualTo(spending.id());
        assertThat(part.balanceAfter()).isEqualByComparingTo(spending.balanceAfter().add(new BigDecimal("150")));
        assertThat(funds.entries(reviewer, ZHANGHU, null, null)).filteredOn(e -> e.id() == spending.id()).singleElement()
                .satisfies(e -> assertThat(e.returnable()).isEqualByComparingTo("50"));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM reserve_fund_entry WHERE id = ?").param(part.id()).update())
                .as("the ledger is append-only").hasMessageContaining("append-only");
    }

    private DoudiUser user(Role role, String region) {
        return users.find(TestUsers.create(administration, role, region)).orElseThrow();
    }

    private BigDecimal bookBalance(String township) {
        return jdbc.sql("SELECT coalesce((SELECT balance FROM reserve_fund WHERE township_code = ?), 0)").param(township)
                .query(BigDecimal.class).single();
    }

    private BigDecimal sumOfSignedAmounts(String township) {
        return jdbc.sql("""
                SELECT coalesce(sum(CASE kind WHEN 'SPENDING' THEN -amount WHEN 'RECONCILIATION' THEN 0 ELSE amount END), 0)
                  FROM reserve_fund_entry WHERE township_code = ?
                """).param(township).query(BigDecimal.class).single();
    }

    private long lastEntryId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM reserve_fund_entry").query(Long.class).single();
    }

    private long auditEvents() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    private int audited(DoudiUser user, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE username = ? AND action = ?")
                .params(user.username(), action).query(Integer.class).single();
    }

    private static TownshipFund row(List<TownshipFund> funds, String township) {
        return funds.stream().filter(f -> f.townshipCode().equals(township)).findFirst().orElseThrow();
    }
}
