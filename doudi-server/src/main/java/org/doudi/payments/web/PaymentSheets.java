package org.doudi.payments.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.doudi.payments.PaymentQueries.Line;
import org.doudi.payments.PaymentQueries.MonthTotal;
import org.doudi.tabular.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The Excel exports of the payment pages, with the pages' column names and Chinese codes. */
@Component
class PaymentSheets {

    private static final List<String> LINE_COLUMNS = List.of("householdNo", "name", "idNumber", "programme", "period",
            "kind", "amount", "account", "holder", "status", "bankReference", "paidOn", "failureReason", "basis");
    private static final List<String> TOTAL_COLUMNS = List.of("month", "township", "programme", "lines", "sent",
            "paid", "failed", "withheld", "toRecover");

    private final MessageSource messages;

    PaymentSheets(MessageSource messages) {
        this.messages = messages;
    }

    /** Every line given, ID numbers and accounts masked as on the page. */
    void lines(List<Line> lines, OutputStream out) {
        try (TableWriter writer = TableWriter.xlsx(out, text("payroll.lines"))) {
            writer.writeRow(header("payroll.col.", LINE_COLUMNS));
            for (Line l : lines) {
                writer.writeRow(l.householdNo(), l.name(), l.idNumber(), text("programme." + l.programme()),
                        l.period().toString(), text("payroll.kind." + l.kind()), yuan(l.amount()), l.account(),
                        l.holder(), text("payroll.line.status." + l.status()), l.bankReference(),
                        l.paidOn() == null ? null : l.paidOn().toString(), l.failureReason(), l.basis());
            }
        }
    }

    void monthlyTotals(List<MonthTotal> totals, OutputStream out) {
        try (TableWriter writer = TableWriter.xlsx(out, text("payroll.totals.title"))) {
            writer.writeRow(header("payroll.totals.col.", TOTAL_COLUMNS));
            for (MonthTotal t : totals) {
                writer.writeRow(t.month().toString(), t.townshipName(), text("programme." + t.programme()),
                        String.valueOf(t.lines()), yuan(t.sent()), yuan(t.paid()), yuan(t.failed()),
                        yuan(t.withheld()), yuan(t.toRecover()));
            }
        }
    }

    /** The ledger review's findings, month by month. */
    void ledgerItems(List<org.doudi.payments.LedgerReview.Item> items, OutputStream out) {
        try (TableWriter writer = TableWriter.xlsx(out, text("ledger.items"))) {
            writer.writeRow(text("payroll.totals.col.month"), text("payroll.totals.col.township"), text("ledger.col.rule"),
                    text("payroll.col.householdNo"), text("payroll.col.idNumber"), text("ledger.col.amount"),
                    text("ledger.col.reason"));
            for (var i : items) {
                writer.writeRow(i.month().toString(), i.township(), text("payroll.rule." + i.rule()), i.householdNo(),
                        i.idNumber(), yuan(i.amount()), i.reason());
            }
        }
    }

    private List<String> header(String prefix, List<String> columns) {
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(text(prefix + c)));
        return header;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
