package org.doudi.payments.web;

import static org.doudi.payments.web.Refusals.visible;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.doudi.access.DoudiUser;
import org.doudi.payments.LedgerReview;
import org.doudi.payments.PaymentException;
import org.doudi.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * 发放台账梳理: the audit rules over past payments of the user's region (months of released runs) or over an old
 * ledger file, the findings per township and rule, the list of findings and its Excel export.
 */
@Controller
@PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'AUDITOR', 'ANALYST', 'ADMIN')")
class LedgerReviewPages {

    private static final int SHOWN = 500;

    private final LedgerReview review;
    private final PaymentSheets sheets;
    private final MessageSource messages;
    private final Clock clock;

    LedgerReviewPages(LedgerReview review, PaymentSheets sheets, MessageSource messages, Clock clock) {
        this.review = review;
        this.sheets = sheets;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/payroll/ledger-review")
    String history(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        YearMonth now = YearMonth.now(clock);
        model.addAttribute("from", from == null ? now.minusMonths(11).toString() : from);
        model.addAttribute("to", to == null ? now.toString() : to);
        if (from != null && to != null) {
            try {
                YearMonth start = month(from);
                YearMonth end = month(to);
                show(model, visible(() -> review.review(me, start, end)));
                model.addAttribute("excelFrom", start.toString());
                model.addAttribute("excelTo", end.toString());
            } catch (PaymentException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "payroll/ledger-review";
    }

    @PostMapping("/payroll/ledger-review")
    String file(@AuthenticationPrincipal DoudiUser me, @RequestParam(name = "file", required = false) MultipartFile file,
                Model model) throws IOException {
        YearMonth now = YearMonth.now(clock);
        model.addAttribute("from", now.minusMonths(11).toString());
        model.addAttribute("to", now.toString());
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.getMessage("payroll.return.noFile", null, LocaleContextHolder.getLocale()));
        } else {
            byte[] content = file.getBytes();
            String name = file.getOriginalFilename() == null ? "ledger.csv" : file.getOriginalFilename();
            show(model, visible(() -> review.review(me, name, content)));
        }
        return "payroll/ledger-review";
    }

    @GetMapping("/payroll/ledger-review.xlsx")
    void excel(@AuthenticationPrincipal DoudiUser me, @RequestParam String from, @RequestParam String to,
               HttpServletResponse response) throws IOException {
        YearMonth start = month(from);
        YearMonth end = month(to);
        LedgerReview.Report report = visible(() -> review.review(me, start, end));
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        sheets.ledgerItems(report.items(), workbook);
        Downloads.attachment(response, messages.getMessage("ledger.fileName", new Object[] {start.toString(),
                end.toString()}, LocaleContextHolder.getLocale()) + ".xlsx", true);
        workbook.writeTo(response.getOutputStream());
    }

    private static void show(Model model, LedgerReview.Report report) {
        model.addAttribute("report", report);
        model.addAttribute("items", report.items().subList(0, Math.min(SHOWN, report.items().size())));
    }

    private YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    messages.getMessage("ledger.error.month", null, LocaleContextHolder.getLocale()));
        }
    }
}
