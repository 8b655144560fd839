package org.doudi.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.kernel.Programme;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.HouseholdSearch;
import org.doudi.registry.Households;
import org.doudi.registry.PersonDetail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Household search, the household page (members on a date, programmes, timeline) and the person page. */
@Controller
class HouseholdPages {

    private final Households households;
    private final AuditLog audit;
    private final Clock clock;

    HouseholdPages(Households households, AuditLog audit, Clock clock) {
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/households")
    String search(@AuthenticationPrincipal DoudiUser me,
                  @RequestParam(required = false) String name,
                  @RequestParam(required = false) String idNumber,
                  @RequestParam(required = false) String region,
                  @RequestParam(required = false) String programme,
                  @RequestParam(defaultValue = "0") int page,
                  Model model) {
        HouseholdSearch search = new HouseholdSearch(name, idNumber, region, programme, page);
        model.addAttribute("search", search);
        model.addAttribute("results", households.search(search, me.scope()));
        model.addAttribute("total", households.count(search, me.scope()));
        model.addAttribute("pageSize", HouseholdSearch.PAGE_SIZE);
        model.addAttribute("programmes", Programme.values());
        if (search.idNumber() != null || search.name() != null) {
            audit.record("SEARCH_HOUSEHOLDS", "QUERY", null, me.region().value(),
                    "姓名=" + nullToEmpty(search.name()) + " 身份证=" + nullToEmpty(search.idNumber()));
        }
        return "registry/households";
    }

    @GetMapping("/households/{id}")
    String household(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     Model model) {
        HouseholdDetail household = households.find(id, me.scope()).orElseThrow(HouseholdPages::notFound);
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        audit.record("READ_HOUSEHOLD", "HOUSEHOLD", household.householdNo(), household.regionCode(), null);
        model.addAttribute("household", household);
        model.addAttribute("asOf", date);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("members", households.membersOn(id, date));
        model.addAttribute("allMembers", households.allMembers(id));
        model.addAttribute("statuses", households.programmeStatuses(id, true));
        model.addAttribute("timeline", households.timeline(id));
        return "registry/household";
    }

    @GetMapping("/persons/{id}")
    String person(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        PersonDetail person = households.person(id, me.scope()).orElseThrow(HouseholdPages::notFound);
        audit.record("READ_PERSON", "PERSON", person.idNumber(), person.householdRegion(), person.name());
        model.addAttribute("person", person);
        model.addAttribute("today", LocalDate.now(clock));
        return "registry/person";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
