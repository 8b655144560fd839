package org.doudi.monitoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Refusal;
import org.doudi.monitoring.Alert;
import org.doudi.monitoring.Alerts;
import org.doudi.monitoring.FeedStore;
import org.doudi.monitoring.MonitoringDashboard;
import org.doudi.monitoring.MonitoringRuns;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 预警核查 (the alert worklist, an alert with its evidence and the verification forms) and 监测预警 (the dashboard
 * with the feeds received, the upload form and the run button).
 */
@Controller
class AlertPages {

    static final List<Programme> PROGRAMMES = List.of(Programme.DIBAO, Programme.MARGINAL, Programme.EXTREME_POVERTY,
            Programme.RIGID_EXPENDITURE, Programme.TEMPORARY, Programme.UNSUPPORTED_CHILD);

    private final Alerts alerts;
    private final FeedStore feeds;
    private final MonitoringRuns runs;
    private final MonitoringDashboard dashboard;
    private final org.doudi.divisions.DivisionDirectory divisions;
    private final java.time.Clock clock;

    AlertPages(Alerts alerts, FeedStore feeds, MonitoringRuns runs, MonitoringDashboard dashboard,
               org.doudi.divisions.DivisionDirectory divisions, java.time.Clock clock) {
        this.divisions = divisions;
        this.clock = clock;
        this.alerts = alerts;
        this.feeds = feeds;
        this.runs = runs;
        this.dashboard = dashboard;
    }

    @GetMapping("/alerts")
    String worklist(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String rule, Model model) {
        model.addAttribute("work", alerts.worklist(me));
        model.addAttribute("found", alerts.search(me.scope(), blankToNull(status), blankToNull(rule), 200));
        model.addAttribute("status", blankToNull(status));
        model.addAttribute("rule", blankToNull(rule));
        return "monitoring/alerts";
    }

    @GetMapping("/alerts/{id}")
    String alert(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        Alert alert = alerts.find(id, me.scope()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("alert", alert);
        model.addAttribute("visits", alerts.visits(id));
        model.addAttribute("regionName", divisions.fullName(alert.regionCode()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("outcomes", List.of("INCLUDE", "ADJUST", "STOP", "REFER", "MONITOR", "DISMISS"));
        model.addAttribute("programmes", PROGRAMMES);
        model.addAttribute("acts", me.role() == Role.VILLAGE_ASSISTANT || me.role() == Role.TOWNSHIP_CASEWORKER
                || me.role() == Role.TOWNSHIP_APPROVER || me.role() == Role.COUNTY_REVIEWER);
        return "monitoring/alert";
    }

    @PostMapping("/alerts/{id}/visits")
    String visit(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
                 @RequestParam(required = false) String visitors, @RequestParam(required = false) String notes,
                 Model model) {
        return attempt(me, id, model, () -> alerts.recordVisit(me, id, version, visitedOn, lines(visitors), notes));
    }

    @PostMapping("/alerts/{id}/outcome")
    String outcome(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam int version,
                   @RequestParam(required = false) String outcome, @RequestParam(required = false) Programme programme,
                   @RequestParam(required = false) String note, @RequestParam(required = false) String referredTo,
                   Model model) {
        return attempt(me, id, model, () -> alerts.decide(me, id, version, outcome, programme, note, referredTo));
    }

    private String attempt(DoudiUser me, long id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/alerts/" + id;
        } catch (Refusal e) {
            if ("NOT_FOUND".equals(e.code())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            model.addAttribute("error", e.getMessage());
            return alert(me, id, model);
        }
    }

    @GetMapping("/monitoring")
    @PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'ANALYST', 'AUDITOR', 'ADMIN')")
    String dashboard(@AuthenticationPrincipal DoudiUser me, Model model) {
        model.addAttribute("figures", dashboard.figures(me.scope()));
        model.addAttribute("arrivals", feeds.arrivals(50));
        model.addAttribute("feedNames", FeedStore.FEEDS.keySet().stream().sorted().toList());
        model.addAttribute("manages", me.role() == Role.COUNTY_REVIEWER || me.role() == Role.ADMIN);
        model.addAttribute("today", LocalDate.now(clock));
        return "monitoring/dashboard";
    }

    @PostMapping("/monitoring/feeds")
    @PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'ADMIN')")
    String upload(@AuthenticationPrincipal DoudiUser me, @RequestParam String feed, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            FeedStore.Arrival arrival = feeds.receive(feed, file.getOriginalFilename() == null ? feed + ".csv"
                    : file.getOriginalFilename(), in, "UPLOAD", me.username(), me.region().value());
            redirect.addFlashAttribute("received", arrival);
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/monitoring";
    }

    @PostMapping("/monitoring/runs")
    @PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'ADMIN')")
    String run(@AuthenticationPrincipal DoudiUser me,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
               RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("report", runs.run(me.username(), "MANUAL", me.scope(),
                    asOf == null ? LocalDate.now(clock) : asOf));
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/monitoring";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
