package org.doudi.payments.web;

import static org.doudi.payments.web.Refusals.blankToNull;
import static org.doudi.payments.web.Refusals.visible;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.doudi.access.DoudiUser;
import org.doudi.payments.CustodyRegister;
import org.doudi.payments.PaymentException;
import org.doudi.registry.Households;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 代管协议备案: the card-custody agreements of the user's region, the form that files one (a household by its number
 * or id) and the form that ends one with its reason. Auditors read the register; the offices that keep it write.
 */
@Controller
@PreAuthorize("hasAnyRole('TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER', 'COUNTY_REVIEWER', 'ADMIN', 'AUDITOR')")
class CustodyPages {

    /** What the filing form sends, kept as typed so that a refused form comes back whole. */
    record CustodyForm(String household, String agreementNo, String custodianName, String custodianIdNumber,
                       String relation, String account, String filedOn, String expiresOn) {
    }

    private final CustodyRegister custody;
    private final Households households;
    private final MessageSource messages;
    private final Clock clock;

    CustodyPages(CustodyRegister custody, Households households, MessageSource messages, Clock clock) {
        this.custody = custody;
        this.households = households;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/custody")
    String list(@AuthenticationPrincipal DoudiUser me, Model model) {
        model.addAttribute("agreements", custody.list(me, null));
        model.addAttribute("mayFile", CustodyRegister.KEEPERS.contains(me.role()));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CustodyForm(null, null, null, null, null, null,
                    LocalDate.now(clock).toString(), null));
        }
        return "payroll/custody";
    }

    @PostMapping("/custody")
    String file(@AuthenticationPrincipal DoudiUser me, @ModelAttribute("form") CustodyForm form, Model model,
                RedirectAttributes redirect) {
        try {
            CustodyRegister.Agreement filed = custody.file(me, new CustodyRegister.NewAgreement(form.agreementNo(),
                    householdId(me, form.household()), form.custodianName(), form.custodianIdNumber(), form.relation(),
                    form.account(), date(form.filedOn(), "filedOn"), date(form.expiresOn(), "expiresOn")));
            redirect.addFlashAttribute("message", "custody.saved.filed");
            redirect.addFlashAttribute("savedNo", filed.agreementNo());
            return "redirect:/custody";
        } catch (PaymentException e) {
            if ("FORBIDDEN".equals(e.code())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return list(me, model);
        }
    }

    @PostMapping("/custody/{id}/end")
    String end(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
               @RequestParam(required = false) String endedOn, @RequestParam(required = false) String reason,
               Model model, RedirectAttributes redirect) {
        try {
            visible(() -> custody.end(me, id, date(endedOn, "endedOn"), reason));
            redirect.addFlashAttribute("message", "custody.saved.ended");
            return "redirect:/custody";
        } catch (PaymentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorAgreement", id);
            model.addAttribute("endReason", reason);
            return list(me, model);
        }
    }

    /** A household number of the user's region, or failing that a household id; the register checks the region. */
    private long householdId(DoudiUser me, String household) {
        String text = blankToNull(household);
        if (text == null) {
            throw refusal("HOUSEHOLD_MISSING", "household", "custody.error.householdMissing", "");
        }
        return households.idOf(text, me.scope()).orElseGet(() -> {
            if (text.matches("[0-9]{1,18}")) {
                return Long.parseLong(text);
            }
            throw refusal("NOT_FOUND", "household", "custody.error.household", text);
        });
    }

    private LocalDate date(String text, String field) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw refusal("DATE_INVALID", field, "custody.error.date", value);
        }
    }

    private PaymentException refusal(String code, String field, String key, String value) {
        return new PaymentException(code, field, messages.getMessage(key, new Object[] {value},
                LocaleContextHolder.getLocale()));
    }
}
