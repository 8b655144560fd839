package org.doudi.web;

import org.doudi.access.DoudiUser;
import org.doudi.registry.Households;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what is in the user's region. */
@Controller
class HomeController {

    private final Households households;

    HomeController(Households households) {
        this.households = households;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal DoudiUser me, Model model) {
        model.addAttribute("stats", households.statistics(me.scope()));
        return "home";
    }
}
