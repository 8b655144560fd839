package org.doudi.reservefund.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Supplier;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.DivisionLevel;
import org.doudi.reservefund.FundAction;
import org.doudi.reservefund.Ledger;
import org.doudi.reservefund.ReserveFundException;
import org.doudi.reservefund.ReserveFunds;
import org.doudi.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reserve-fund pages: the townships of the user's region with their funds, and a township's ledger with
 * the forms the user's role allows (county allocation, reconciliation, return of a spending). A village
 * assistant sees his township's balance only.
 */
@Controller
class ReserveFundPages {

    private final ReserveFunds funds;
    private final DivisionDirectory divisions;
    private final Clock clock;

    ReserveFundPages(ReserveFunds funds, DivisionDirectory divisions, Clock clock) {
        this.funds = funds;
        this.divisions = divisions;
        this.clock = clock;
    }

    @GetMapping("/reserve-funds")
    String summary(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String region, Model model) {
        // as text: a number would be formatted 2,026 by the message
        model.addAttribute("year", String.valueOf(Year.now(clock).getValue()));
        if (FundAction.READ_LEDGER.allowedTo(me.role())) {
            model.addAttribute("funds", funds.summary(me, DivisionCode.tryParse(region).map(RegionScope::of).orElse(null)));
        } else {
            String township = me.region().at(DivisionLevel.TOWNSHIP).map(DivisionCode::value)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
            model.addAttribute("township", township);
            model.addAttribute("townshipName", divisions.fullName(township));
            model.addAttribute("balance", visible(() -> funds.balance(me, township)));
        }
        return "reservefund/funds";
    }

    @GetMapping("/reserve-funds/{township}")
    String ledger(@AuthenticationPrincipal DoudiUser me, @PathVariable String township,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Model model) {
        Ledger ledger;
        try {
            ledger = visible(() -> funds.ledger(me, township, from, to));
        } catch (ReserveFundException e) {
            model.addAttribute("error", e.getMessage());
            ledger = visible(() -> funds.ledger(me, township, null, null));
        }
        model.addAttribute("ledger", ledger);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("mayTopUp", FundAction.TOP_UP.allowedTo(me.role()));
        model.addAttribute("mayReconcile", FundAction.RECONCILE.allowedTo(me.role()));
        model.addAttribute("mayReturn", FundAction.RETURN.allowedTo(me.role()));
        return "reservefund/ledger";
    }

    @GetMapping("/reserve-funds/{township}/ledger.xlsx")
    void excel(@AuthenticationPrincipal DoudiUser me, @PathVariable String township,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               HttpServletResponse response) throws IOException {
        // written to memory first, so that a refusal is still an error page and not half a file
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        visible(() -> {
            funds.exportLedger(me, township, from, to, workbook);
            return null;
        });
        Downloads.attachment(response, "备用金台账-" + divisions.fullName(township) + "-" + LocalDate.now(clock) + ".xlsx", true);
        workbook.writeTo(response.getOutputStream());
    }

    @PostMapping("/reserve-funds/{township}/top-ups")
    String topUp(@AuthenticationPrincipal DoudiUser me, @PathVariable String township, @RequestParam String amount,
                 @RequestParam(required = false) String reference, @RequestParam(required = false) String purpose,
                 RedirectAttributes redirect) {
        return attempt(township, "TOP_UP", redirect, () -> funds.topUp(me, township,
                ReserveFunds.parseAmount(amount, "amount"), reference, purpose));
    }

    @PostMapping("/reserve-funds/{township}/reconciliations")
    String reconcile(@AuthenticationPrincipal DoudiUser me, @PathVariable String township,
                     @RequestParam String countedBalance, @RequestParam(required = false) String note,
                     RedirectAttributes redirect) {
        return attempt(township, "RECONCILIATION", redirect, () -> funds.reconcile(me, township,
                ReserveFunds.parseAmount(countedBalance, "countedBalance"), note));
    }

    @PostMapping("/reserve-funds/{township}/entries/{id}/returns")
    String returnSpending(@AuthenticationPrincipal DoudiUser me, @PathVariable String township, @PathVariable long id,
                          @RequestParam String amount, @RequestParam(required = false) String reason,
                          RedirectAttributes redirect) {
        return attempt(township, "RETURN", redirect, () -> funds.returnSpending(me, township, id,
                ReserveFunds.parseAmount(amount, "amount"), reason));
    }

    /** Back to the ledger: with the saved message, or with the refusal's reason (404 and 403 as error pages). */
    private static String attempt(String township, String kind, RedirectAttributes redirect, Supplier<?> change) {
        String ledger = "redirect:/reserve-funds/" + DivisionCode.tryParse(township)
                .filter(c -> c.level() == DivisionLevel.TOWNSHIP).map(DivisionCode::value)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            visible(change);
            redirect.addFlashAttribute("message", "reserveFund.saved." + kind);
        } catch (ReserveFundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("errorForm", kind);
        }
        return ledger;
    }

    /** Runs a read or change; a township out of reach is the 404 page, an action the role may not take the 403. */
    private static <T> T visible(Supplier<T> action) {
        try {
            return action.get();
        } catch (ReserveFundException e) {
            switch (e.code()) {
                case "NOT_FOUND" -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                case "FORBIDDEN" -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
                default -> throw e;
            }
        }
    }
}
