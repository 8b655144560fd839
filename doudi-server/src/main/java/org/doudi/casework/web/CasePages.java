package org.doudi.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.doudi.access.DoudiUser;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseQueries;
import org.doudi.casework.CaseService;
import org.doudi.kernel.Refusal;
import org.doudi.policy.procedure.Stage;
import org.doudi.policy.procedure.Step;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case page: header, what is due, the facts with the engine's explanation, visits, instalments, timeline,
 * print links, and one small form per step the user may take now. A refused step shows its reason on the page.
 */
@Controller
class CasePages {

    private static final Set<Stage> NOTICE_STAGES = Set.of(Stage.DECIDED, Stage.REFUSED);

    private final CaseQueries cases;
    private final CaseService service;
    private final Households households;
    private final VillageNames villages;
    private final JsonMapper json;

    CasePages(CaseQueries cases, CaseService service, Households households, VillageNames villages, JsonMapper json) {
        this.cases = cases;
        this.service = service;
        this.households = households;
        this.villages = villages;
        this.json = json;
    }

    @GetMapping("/cases/{id}")
    String page(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        CaseFile file = cases.find(id, me.scope()).orElseThrow(IntakePages::notFound);
        LocalDate today = service.today();
        List<Member> members = households.membersOn(file.householdId(), today);
        model.addAttribute("file", file);
        model.addAttribute("today", today);
        model.addAttribute("overdue", file.overdue(today));
        model.addAttribute("applicant", members.stream().filter(m -> "APPLICANT".equals(m.relation())).findFirst()
                .or(() -> members.stream().findFirst()).map(Member::name).orElse(""));
        model.addAttribute("subject", file.subjectPersonId() == null ? null : members.stream()
                .filter(m -> m.personId() == file.subjectPersonId()).map(Member::name).findFirst().orElse(null));
        model.addAttribute("village", villages.name(file.regionCode()));
        model.addAttribute("explanation", CaseExplanation.of(file.assessment(), json));
        model.addAttribute("visits", cases.visits(id));
        model.addAttribute("instalments", cases.instalments(id));
        model.addAttribute("events", cases.events(id));
        model.addAttribute("steps", service.availableSteps(me, file));
        model.addAttribute("noticePrintable", NOTICE_STAGES.contains(file.stage()));
        model.addAttribute("approvalFormPrintable", file.favourable() != null || file.stage() == Stage.CONFIRMING
                || NOTICE_STAGES.contains(file.stage()));
        model.addAttribute("visitKinds", List.of("HOME", "NEIGHBOUR", "LETTER", "REMOTE"));
        model.addAttribute("reviewOutcomes", List.of("SUSPEND", "TERMINATE"));
        model.addAttribute("findingFields", StepForm.FINDINGS);
        model.addAttribute("findings", findings(file));
        return "casework/case";
    }

    /** The recorded findings by form field, for the facts panel; null before the step was taken. */
    private java.util.Map<String, String> findings(CaseFile file) {
        if (file.assets() == null && file.expenses() == null) {
            return null;
        }
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        if (file.assets() != null) {
            json.readTree(file.assets()).forEach(a -> shown.put(switch (a.path("type").asString("")) {
                case "DEPOSIT" -> "deposits";
                case "VEHICLE" -> "vehicles";
                default -> "houses";
            }, a.hasNonNull("amount") ? a.get("amount").asString() : a.path("count").asString()));
        }
        if (file.expenses() != null) {
            json.readTree(file.expenses()).forEach(e -> shown.put(e.path("type").asString("").toLowerCase(),
                    e.path("annual").asString()));
        }
        return shown;
    }

    @PostMapping("/cases/{id}/steps/{step}")
    String act(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @PathVariable Step step, StepForm form,
               Model model) {
        try {
            service.act(me, id, step, form.toInput());
            return "redirect:/cases/" + id + "?done=" + step.name();
        } catch (Refusal e) {
            if ("NOT_FOUND".equals(e.code())) {
                throw IntakePages.notFound();
            }
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorCode", e.code());
            model.addAttribute("failedStep", step);
            return page(me, id, model);
        }
    }
}
