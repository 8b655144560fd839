package org.doudi.payments.web;

import static org.doudi.payments.web.Refusals.visible;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.function.Function;
import org.doudi.access.DoudiUser;
import org.doudi.payments.CustodyRegister;
import org.doudi.payments.PaymentQueries;
import org.doudi.registry.Households;
import org.doudi.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What was paid: a run's lines in Excel, 月度发放统计 (money per month, township and programme over a year) and
 * 发放记录, a household's payments and custody agreements, open to everyone who can see the household.
 */
@Controller
class PaymentRecordPages {

    private static final String READERS =
            "hasAnyRole('COUNTY_REVIEWER', 'ADMIN', 'AUDITOR', 'ANALYST', 'TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER')";

    private final PaymentQueries queries;
    private final CustodyRegister custody;
    private final Households households;
    private final PaymentSheets sheets;
    private final MessageSource messages;
    private final Clock clock;

    PaymentRecordPages(PaymentQueries queries, CustodyRegister custody, Households households, PaymentSheets sheets,
                       MessageSource messages, Clock clock) {
        this.queries = queries;
        this.custody = custody;
        this.households = households;
        this.sheets = sheets;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/payroll/{id}/lines.xlsx")
    @PreAuthorize(READERS)
    void lines(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        PaymentQueries.Run run = visible(() -> queries.run(me, id));
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        sheets.lines(queries.lines(me, id, null, null, Integer.MAX_VALUE), workbook);
        Downloads.attachment(response, text("payroll.lines.fileName", run.regionName(), run.month().toString()) + ".xlsx",
                true);
        workbook.writeTo(response.getOutputStream());
    }

    @GetMapping("/payroll/totals")
    @PreAuthorize(READERS)
    String totals(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        List<PaymentQueries.MonthTotal> totals = queries.monthlyTotals(me, y);
        // as text: a number would be formatted 2,026 by the message
        model.addAttribute("year", String.valueOf(y));
        model.addAttribute("totals", totals);
        model.addAttribute("sum", new PaymentQueries.MonthTotal(null, null, null, null,
                totals.stream().mapToLong(PaymentQueries.MonthTotal::lines).sum(),
                sum(totals, PaymentQueries.MonthTotal::sent), sum(totals, PaymentQueries.MonthTotal::paid),
                sum(totals, PaymentQueries.MonthTotal::failed), sum(totals, PaymentQueries.MonthTotal::withheld),
                sum(totals, PaymentQueries.MonthTotal::toRecover)));
        return "payroll/totals";
    }

    @GetMapping("/payroll/totals.xlsx")
    @PreAuthorize(READERS)
    void totalsExcel(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) Integer year,
                     HttpServletResponse response) throws IOException {
        int y = year(year);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        sheets.monthlyTotals(queries.monthlyTotals(me, y), workbook);
        Downloads.attachment(response, text("payroll.totals.fileName", String.valueOf(y)) + ".xlsx", true);
        workbook.writeTo(response.getOutputStream());
    }

    private int year(Integer year) {
        int y = year == null ? Year.now(clock).getValue() : year;
        if (y < 2000 || y > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return y;
    }

    private static BigDecimal sum(List<PaymentQueries.MonthTotal> totals,
                                  Function<PaymentQueries.MonthTotal, BigDecimal> amount) {
        return totals.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @GetMapping("/households/{id}/payments")
    String household(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        List<PaymentQueries.Line> history = visible(() -> queries.history(me, id));
        model.addAttribute("household", households.find(id, me.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("payments", history);
        model.addAttribute("agreements", custody.list(me, id));
        return "payroll/household";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
