package org.doudi.registry.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.doudi.access.DoudiUser;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Employment;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.kernel.WorkCapacity;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.PersonDetail;
import org.doudi.registry.RegistryChanges.HouseholdChange;
import org.doudi.registry.RegistryChanges.NewMember;
import org.doudi.registry.RegistryChanges.PersonChange;
import org.doudi.registry.RegistryChanges.StatusChange;
import org.doudi.registry.RegistryException;
import org.doudi.registry.RegistryService;
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
 * The forms that change the register. Each carries the household version the user saw and a reason;
 * a refused change shows its reason on the same form with the user's input kept.
 */
@Controller
@PreAuthorize("hasAnyRole('TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER', 'COUNTY_REVIEWER', 'ADMIN')")
class RegisterEditPages {

    private final Households households;
    private final RegistryService registry;
    private final Clock clock;

    RegisterEditPages(Households households, RegistryService registry, Clock clock) {
        this.households = households;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/households/{id}/edit")
    String editHousehold(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        model.addAttribute("household", household(me, id));
        model.addAttribute("areas", Area.values());
        return "registry/form-household";
    }

    @PostMapping("/households/{id}/edit")
    String saveHousehold(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam int version,
                         @RequestParam(required = false) String address, @RequestParam Area area,
                         @RequestParam(defaultValue = "false") boolean staffRelative, @RequestParam String reason,
                         Model model) {
        return attempt(model, () -> editHousehold(me, id, model), id, () ->
                registry.changeHousehold(me, id, version, new HouseholdChange(address, area, staffRelative), reason));
    }

    @GetMapping("/households/{id}/members/new")
    String newMember(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        model.addAttribute("household", household(me, id));
        model.addAttribute("relations", Relation.values());
        model.addAttribute("areas", Area.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "registry/form-member";
    }

    @PostMapping("/households/{id}/members/new")
    String addMember(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam int version,
                     @RequestParam String idNumber, @RequestParam(required = false) String name,
                     @RequestParam Relation relation, @RequestParam(required = false) String registeredRegion,
                     @RequestParam(defaultValue = "RURAL") Area registeredArea,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam String reason, Model model) {
        return attempt(model, () -> newMember(me, id, model), id, () -> registry.addMember(me, id, version,
                new NewMember(idNumber, name, relation, registeredRegion, registeredArea, from), reason));
    }

    @GetMapping("/households/{id}/members/{membershipId}/end")
    String endMemberForm(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @PathVariable long membershipId,
                         Model model) {
        model.addAttribute("household", household(me, id));
        model.addAttribute("member", households.allMembers(id).stream()
                .filter(m -> m.membershipId() == membershipId && m.current()).findFirst()
                .orElseThrow(HouseholdPages::notFound));
        model.addAttribute("today", LocalDate.now(clock));
        return "registry/form-end";
    }

    @PostMapping("/households/{id}/members/{membershipId}/end")
    String endMember(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @PathVariable long membershipId,
                     @RequestParam int version, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam String reason, Model model) {
        return attempt(model, () -> endMemberForm(me, id, membershipId, model), id,
                () -> registry.endMembership(me, id, version, membershipId, to, reason));
    }

    @GetMapping("/households/{id}/status/new")
    String statusForm(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        model.addAttribute("household", household(me, id));
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "registry/form-status";
    }

    @PostMapping("/households/{id}/status/new")
    String setStatus(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam int version,
                     @RequestParam Programme programme, @RequestParam ProgrammeStatus status,
                     @RequestParam(required = false) BigDecimal monthlyAmount,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                     @RequestParam String reason, Model model) {
        return attempt(model, () -> statusForm(me, id, model), id, () -> registry.setProgrammeStatus(me, id, version,
                new StatusChange(programme, status, monthlyAmount, since), reason));
    }

    @GetMapping("/persons/{id}/edit")
    String personForm(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        PersonDetail person = households.person(id, me.scope()).orElseThrow(HouseholdPages::notFound);
        model.addAttribute("person", person);
        model.addAttribute("household", household(me, person.householdId()));
        model.addAttribute("areas", Area.values());
        model.addAttribute("kinds", DisabilityKind.values());
        model.addAttribute("workCapacities", WorkCapacity.values());
        model.addAttribute("selfCares", SelfCare.values());
        model.addAttribute("schoolings", Schooling.values());
        model.addAttribute("employments", Employment.values());
        return "registry/form-person";
    }

    @PostMapping("/persons/{id}/edit")
    String savePerson(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam long householdId,
                      @RequestParam int version, @RequestParam String name, @RequestParam(required = false) String phone,
                      @RequestParam(required = false) String habitualRegion, @RequestParam(required = false) Area habitualArea,
                      @RequestParam(required = false) DisabilityKind disabilityKind,
                      @RequestParam(required = false) Integer disabilityGrade,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate disabilityCertifiedOn,
                      @RequestParam(defaultValue = "false") boolean seriousIllness,
                      @RequestParam(required = false) WorkCapacity workCapacity,
                      @RequestParam(required = false) SelfCare selfCare,
                      @RequestParam(required = false) Schooling schooling,
                      @RequestParam(required = false) Employment employment,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate employedSince,
                      @RequestParam(required = false) String bankAccount,
                      @RequestParam(required = false) String accountHolder,
                      @RequestParam String reason, Model model) {
        PersonChange change = new PersonChange(name, phone, habitualRegion, habitualArea, disabilityKind, disabilityGrade,
                disabilityCertifiedOn, seriousIllness, workCapacity, selfCare, schooling, employment, employedSince, bankAccount,
                accountHolder);
        return attempt(model, () -> personForm(me, id, model), householdId,
                () -> registry.changePerson(me, householdId, version, id, change, reason));
    }

    private HouseholdDetail household(DoudiUser me, long id) {
        return households.find(id, me.scope()).orElseThrow(HouseholdPages::notFound);
    }

    /** Runs a change; on success back to the household page, on refusal the form again with the reason. */
    private static String attempt(Model model, Supplier<String> form, long householdId, Runnable change) {
        try {
            change.run();
            return "redirect:/households/" + householdId + "?saved";
        } catch (RegistryException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return form.get();
        }
    }

}
