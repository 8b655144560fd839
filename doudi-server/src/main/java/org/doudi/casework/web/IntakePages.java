package org.doudi.casework.web;

import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.casework.CaseService;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Refusal;
import org.doudi.policy.AssessmentRequest.TemporaryKind;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** 受理申请: the application form for one household; a refused application shows why, with the input kept. */
@Controller
@PreAuthorize("hasAnyRole('VILLAGE_ASSISTANT', 'TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER')")
class IntakePages {

    /** The programmes applied for through casework, in the order of the form. */
    static final List<Programme> PROGRAMMES = List.of(Programme.DIBAO, Programme.MARGINAL, Programme.RIGID_EXPENDITURE,
            Programme.EXTREME_POVERTY, Programme.TEMPORARY, Programme.UNSUPPORTED_CHILD);
    static final List<String> CHANNELS = List.of("FAMILY", "ENTRUSTED", "VILLAGE_COMMITTEE");
    static final List<String> BASES = List.of("REGISTERED", "HABITUAL", "EMERGENCY_LOCATION");

    private final CaseService service;
    private final Households households;

    IntakePages(CaseService service, Households households) {
        this.service = service;
        this.households = households;
    }

    @GetMapping("/cases/new")
    String form(@AuthenticationPrincipal DoudiUser me, @RequestParam long household, Model model) {
        HouseholdDetail detail = households.find(household, me.scope()).orElseThrow(IntakePages::notFound);
        model.addAttribute("household", detail);
        model.addAttribute("members", households.membersOn(household, service.today()));
        model.addAttribute("programmes", PROGRAMMES);
        model.addAttribute("temporaryKinds", TemporaryKind.values());
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("bases", BASES);
        return "casework/intake";
    }

    @PostMapping("/cases")
    String open(@AuthenticationPrincipal DoudiUser me, IntakeForm form, Model model) {
        if (form.household() == null) {
            throw notFound();
        }
        try {
            return "redirect:/cases/" + service.open(me, form.toIntake()).id() + "?opened";
        } catch (Refusal e) {
            if ("NOT_FOUND".equals(e.code())) {
                throw notFound();
            }
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return form(me, form.household(), model);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
