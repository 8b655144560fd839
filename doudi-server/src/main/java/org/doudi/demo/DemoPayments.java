package org.doudi.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.doudi.access.DoudiUser;
import org.doudi.access.Users;
import org.doudi.payments.BankTransfers;
import org.doudi.payments.PaymentHolds;
import org.doudi.payments.PaymentQueries;
import org.doudi.payments.PayrollRuns;
import org.doudi.payroll.bank.BankFile;
import org.doudi.payroll.bank.BankPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payroll of the month before the one to prepare now ({@link PayrollRuns#monthToPrepare}) of the demo county, paid as the county reviewer would: computed and audited, each hold
 * decided (a death or a monitoring hold confirmed, the others released with the note that this is demonstration
 * data), released, exported, and a bank return applied in which three payments failed. So the first run a new user
 * makes, for this month, has a month to compare with, reissues to send, and its own holds to decide.
 */
class DemoPayments {

    private static final Logger log = LoggerFactory.getLogger(DemoPayments.class);
    private static final Set<String> CONFIRMED = Set.of("PAID_AFTER_DEATH", "MONITORING_HOLD");

    private final PayrollRuns runs;
    private final PaymentHolds holds;
    private final PaymentQueries queries;
    private final BankTransfers bank;
    private final Users users;
    private final Clock clock;

    DemoPayments(PayrollRuns runs, PaymentHolds holds, PaymentQueries queries, BankTransfers bank, Users users,
                 Clock clock) {
        this.runs = runs;
        this.holds = holds;
        this.queries = queries;
        this.bank = bank;
        this.users = users;
        this.clock = clock;
    }

    void payLastMonth(String county) {
        DoudiUser reviewer = users.find("reviewer").orElseThrow();
        YearMonth month = PayrollRuns.monthToPrepare(java.time.LocalDate.now(clock)).minusMonths(1);
        long runId = runs.run(reviewer, county, month);
        for (PaymentQueries.Hold hold : queries.holds(reviewer, runId)) {
            if (hold.status().equals("OPEN")) {
                boolean confirm = CONFIRMED.contains(hold.rule());
                holds.decide(reviewer, hold.id(), confirm ? PaymentHolds.CONFIRM : PaymentHolds.RELEASE,
                        confirm ? "演示数据：核实后暂停发放" : "演示数据：上月已核实后放行");
            }
        }
        holds.release(reviewer, runId, queries.run(reviewer, runId).version(), "演示数据：上月发放");
        BankFile file = bank.bankFile(reviewer, runId);
        List<BankPayment> payments = file.payments();
        StringBuilder csv = new StringBuilder("reference,account,amount,result,reason,paid_on\n");
        String paidOn = month.atDay(10).toString();
        for (int i = 0; i < payments.size(); i++) {
            BankPayment p = payments.get(i);
            boolean failed = i % Math.max(2, payments.size() / 3) == 1; // three payments fail
            csv.append(p.reference()).append(',').append(p.account()).append(',').append(p.amount().toPlainString())
                    .append(failed ? ",FAILED,账户已冻结," : ",PAID,," + paidOn).append('\n');
        }
        BankTransfers.ReturnReport report = bank.importReturn(reviewer, runId, "演示回盘-" + month + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        log.info("演示数据：{} 发放名册已放款并导入银行回盘（成功 {} 笔，失败 {} 笔）", month, report.paid(), report.failed());
    }
}
