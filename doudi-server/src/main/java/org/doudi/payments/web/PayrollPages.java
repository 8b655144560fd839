package org.doudi.payments.web;

import static org.doudi.payments.web.Refusals.blankToNull;
import static org.doudi.payments.web.Refusals.visible;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.payments.PaymentException;
import org.doudi.payments.PaymentHolds;
import org.doudi.payments.PaymentQueries;
import org.doudi.payments.PayrollRuns;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发放管理 (the runs of the user's region and, for the county, the form that computes a month) and 发放审核 (a run
 * with its holds, each released with a reason or confirmed, and the release). A refusal is shown on the page with
 * what was typed still in the form.
 */
@Controller
@PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'ADMIN', 'AUDITOR', 'ANALYST', 'TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER')")
class PayrollPages {

    private final PayrollRuns runs;
    private final PaymentHolds holds;
    private final PaymentQueries queries;
    private final RunPage runPage;
    private final DivisionDirectory divisions;
    private final MessageSource messages;
    private final Clock clock;

    PayrollPages(PayrollRuns runs, PaymentHolds holds, PaymentQueries queries, RunPage runPage,
                 DivisionDirectory divisions, MessageSource messages, Clock clock) {
        this.runs = runs;
        this.holds = holds;
        this.queries = queries;
        this.runPage = runPage;
        this.divisions = divisions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/payroll")
    String list(@AuthenticationPrincipal DoudiUser me, Model model) {
        model.addAttribute("runs", queries.runs(me));
        boolean mayRun = PayrollRuns.RUNNERS.contains(me.role());
        model.addAttribute("mayRun", mayRun);
        if (mayRun) {
            List<DivisionDirectory.Entry> regions = new ArrayList<>();
            divisions.find(me.region()).ifPresent(regions::add);
            regions.addAll(divisions.children(me.region()));
            model.addAttribute("regions", regions);
            model.addAttribute("formRegion", model.containsAttribute("formRegion") ? model.getAttribute("formRegion")
                    : me.region().value());
            model.addAttribute("formMonth", model.containsAttribute("formMonth") ? model.getAttribute("formMonth")
                    : defaultMonth().toString());
        }
        return "payroll/runs";
    }

    private YearMonth defaultMonth() {
        return PayrollRuns.monthToPrepare(LocalDate.now(clock));
    }

    @PostMapping("/payroll/runs")
    String compute(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String region,
                   @RequestParam(required = false) String month, Model model) {
        try {
            YearMonth period = parseMonth(month);
            long id = visible(() -> runs.run(me, blankToNull(region), period));
            return "redirect:/payroll/" + id;
        } catch (PaymentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("formRegion", region);
            model.addAttribute("formMonth", month);
            return list(me, model);
        }
    }

    private YearMonth parseMonth(String month) {
        if (blankToNull(month) == null) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new PaymentException("MONTH_INVALID", "month",
                    messages.getMessage("payroll.error.month", new Object[] {month}, LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/payroll/{id}")
    String run(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
               @RequestParam(required = false) String status, Model model) {
        return runPage.show(me, id, status, model);
    }

    @PostMapping("/payroll/{id}/holds/{findingId}")
    String decide(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @PathVariable long findingId,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                  Model model, RedirectAttributes redirect) {
        try {
            visible(() -> holds.decide(me, findingId, decision, note));
            redirect.addFlashAttribute("message", PaymentHolds.CONFIRM.equals(decision) ? "payroll.saved.CONFIRM"
                    : "payroll.saved.RELEASE");
            return "redirect:/payroll/" + id + "#holds";
        } catch (PaymentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorHold", findingId);
            model.addAttribute("holdNote", note);
            return runPage.show(me, id, null, model);
        }
    }

    @PostMapping("/payroll/{id}/release")
    String release(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                   @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String note,
                   Model model, RedirectAttributes redirect) {
        try {
            visible(() -> holds.release(me, id, version, note));
            redirect.addFlashAttribute("message", "payroll.saved.released");
            return "redirect:/payroll/" + id;
        } catch (PaymentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("releaseNote", note);
            return runPage.show(me, id, null, model);
        }
    }
}
