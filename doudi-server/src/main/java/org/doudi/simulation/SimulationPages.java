package org.doudi.simulation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.kernel.Refusal;
import org.doudi.policy.whatif.ParameterChange;
import org.doudi.policy.whatif.WhatIf;
import org.doudi.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The what-if page for analysts: change parameters, see who gains, loses, enters and leaves, and the cost. */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COUNTY_REVIEWER', 'ADMIN')")
class SimulationPages {

    static final int SHOWN_HOUSEHOLDS = 200;

    private final Simulations simulations;
    private final Clock clock;

    SimulationPages(Simulations simulations, Clock clock) {
        this.simulations = simulations;
        this.clock = clock;
    }

    @GetMapping("/simulations")
    String page(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String region,
                @RequestParam(required = false) String changes,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Model model) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("region", region == null ? me.region().value() : region);
        model.addAttribute("changes", changes == null ? "dibao.standard=+5%" : changes);
        model.addAttribute("asOf", date);
        if (changes != null && !changes.isBlank()) {
            try {
                WhatIf.Report report = simulations.run(me.scope().narrowedTo(region), parse(changes), date, me.getUsername());
                model.addAttribute("report", report);
                model.addAttribute("names", simulations.townshipNames(report));
                model.addAttribute("shown", SHOWN_HOUSEHOLDS);
            } catch (Refusal e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "simulation/simulations";
    }

    @GetMapping("/simulations/report.xlsx")
    void excel(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String region,
               @RequestParam String changes,
               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
               HttpServletResponse response) throws IOException {
        RegionScope scope = me.scope().narrowedTo(region);
        WhatIf.Report report = simulations.run(scope, parse(changes), asOf, me.getUsername());
        Downloads.attachment(response, "政策模拟-" + scope + "-" + asOf + ".xlsx", true);
        simulations.writeExcel(report, simulations.townshipNames(report), response.getOutputStream());
    }

    /** One change per line or separated by commas or semicolons. */
    static List<ParameterChange> parse(String changes) {
        return Arrays.stream(changes.split("[\\n,;，；]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ParameterChange::parse).toList();
    }
}
