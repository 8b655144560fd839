package org.doudi.payments.web;

import java.util.function.Supplier;
import org.doudi.payments.PaymentException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A payment refusal on a page: a run, hold or household out of reach is the 404 page, an action the role may not
 * take the 403 page; any other refusal goes back to the caller, who shows its Chinese reason on the page.
 */
final class Refusals {

    private Refusals() {
    }

    static <T> T visible(Supplier<T> action) {
        try {
            return action.get();
        } catch (PaymentException e) {
            switch (e.code()) {
                case "NOT_FOUND" -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                case "FORBIDDEN" -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
                default -> throw e;
            }
        }
    }

    static void visible(Runnable action) {
        visible(() -> {
            action.run();
            return null;
        });
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
