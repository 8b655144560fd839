package org.doudi.casework.web;

import java.time.LocalDate;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.casework.CaseQueries;
import org.doudi.casework.CaseService;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Refusal;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A household's cases, loaded into the household page (so the register's pages need not know casework), and the
 * review a caseworker, approver or reviewer opens from there.
 */
@Controller
class HouseholdCasesPages {

    static final int SHOWN_CASES = 50;
    static final List<Programme> REVIEWED = List.of(Programme.DIBAO, Programme.MARGINAL, Programme.RIGID_EXPENDITURE,
            Programme.EXTREME_POVERTY, Programme.UNSUPPORTED_CHILD);
    static final List<String> REASONS = List.of("PERIODIC", "REPORTED_CHANGE", "DEATH", "AGEING_OUT", "TERMINATION");

    private final CaseQueries cases;
    private final CaseService service;
    private final Households households;

    HouseholdCasesPages(CaseQueries cases, CaseService service, Households households) {
        this.cases = cases;
        this.service = service;
        this.households = households;
    }

    @GetMapping("/households/{id}/cases")
    String householdCases(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        prepare(me, id, model);
        return "casework/household-cases :: cases";
    }

    @PostMapping("/cases/reviews")
    @PreAuthorize("hasAnyRole('TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER', 'COUNTY_REVIEWER')")
    String openReview(@AuthenticationPrincipal DoudiUser me, @RequestParam long household,
                      @RequestParam Programme programme, @RequestParam String reason,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                      @RequestParam(required = false) String note, Model model) {
        try {
            return "redirect:/cases/" + service.openReview(me, household, programme, reason, dueOn,
                    StepForm.blankToNull(note)).id() + "?opened";
        } catch (Refusal e) {
            if ("NOT_FOUND".equals(e.code())) {
                throw IntakePages.notFound();
            }
            model.addAttribute("error", e.getMessage());
            prepare(me, household, model);
            return "casework/review";
        }
    }

    private void prepare(DoudiUser me, long id, Model model) {
        HouseholdDetail household = households.find(id, me.scope()).orElseThrow(IntakePages::notFound);
        model.addAttribute("household", household);
        model.addAttribute("cases", cases.search(me.scope(), null, null, id, SHOWN_CASES));
        model.addAttribute("canReview", me.role().maintainsRegister() && !CaseService.officesOf(me.role()).isEmpty());
        model.addAttribute("reviewProgrammes", REVIEWED);
        model.addAttribute("reviewReasons", REASONS);
        model.addAttribute("today", service.today());
    }
}
