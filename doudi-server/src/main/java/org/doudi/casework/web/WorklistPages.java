package org.doudi.casework.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.casework.CaseQueries;
import org.doudi.casework.CaseQueries.WorkItem;
import org.doudi.casework.CaseService;
import org.doudi.casework.ReviewPlanner;
import org.doudi.kernel.Refusal;
import org.doudi.policy.procedure.Stage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的待办: the signed-in user's worklist with its deadline marks, the villages with cases in public notice, the
 * county's random re-check draw, and a search of all cases in the user's region (read-only roles see only that).
 */
@Controller
class WorklistPages {

    static final int SEARCH_LIMIT = 200;

    private final CaseQueries cases;
    private final CaseService service;
    private final VillageNames villages;
    private final ReviewPlanner planner;

    WorklistPages(CaseQueries cases, CaseService service, VillageNames villages, ReviewPlanner planner) {
        this.planner = planner;
        this.cases = cases;
        this.service = service;
        this.villages = villages;
    }

    @GetMapping("/cases")
    String worklist(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String stage,
                    @RequestParam(required = false) String programme,
                    @RequestParam(defaultValue = "false") boolean staffRelative, Model model) {
        List<WorkItem> work = cases.worklist(me);
        String stageFilter = StepForm.blankToNull(stage);
        String programmeFilter = StepForm.blankToNull(programme);
        List<WorkItem> found = cases.search(me.scope(), stageFilter, programmeFilter, null, staffRelative, SEARCH_LIMIT);
        model.addAttribute("staffRelative", staffRelative);
        Map<String, Long> inNotice = cases.search(me.scope(), Stage.PUBLIC_NOTICE.name(), null, null, SEARCH_LIMIT).stream()
                .collect(Collectors.groupingBy(w -> w.file().regionCode(), TreeMap::new, Collectors.counting()));
        model.addAttribute("acts", !CaseService.officesOf(me.role()).isEmpty());
        model.addAttribute("work", work);
        model.addAttribute("found", found);
        model.addAttribute("stage", stageFilter);
        model.addAttribute("programme", programmeFilter);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("programmes", IntakePages.PROGRAMMES);
        model.addAttribute("inNotice", inNotice);
        Set<String> codes = new TreeSet<>(inNotice.keySet());
        Stream.of(work, found).flatMap(List::stream).forEach(w -> codes.add(w.file().regionCode()));
        model.addAttribute("villageNames", villages.of(codes));
        model.addAttribute("canDraw", me.role() == Role.COUNTY_REVIEWER && me.region().value().length() == 6);
        model.addAttribute("today", service.today());
        return "casework/worklist";
    }

    /** 《特困人员认定办法》第十六条: the county reviewer draws the re-check sample of his county. */
    @PostMapping("/cases/rechecks")
    @PreAuthorize("hasRole('COUNTY_REVIEWER')")
    String drawRecheck(@AuthenticationPrincipal DoudiUser me, Model model) {
        try {
            model.addAttribute("draw", service.drawRecheck(me, me.region().value()));
        } catch (Refusal e) {
            model.addAttribute("error", e.getMessage());
        }
        return worklist(me, null, null, false, model);
    }

    /** The reviews the rules schedule, opened now rather than at night (第三十一条). */
    @PostMapping("/cases/reviews/plan")
    @PreAuthorize("hasRole('COUNTY_REVIEWER')")
    String planReviews(@AuthenticationPrincipal DoudiUser me, Model model) {
        model.addAttribute("planned", planner.openDue(me.scope()));
        return worklist(me, null, null, false, model);
    }
}
