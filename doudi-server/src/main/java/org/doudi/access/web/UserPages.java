package org.doudi.access.web;

import org.doudi.access.ApiTokens;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.UserAdministration.InvalidUserException;
import org.doudi.access.Users;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage the users of their region: create, change role or region, unlock, reset, tokens. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    private final Users users;
    private final UserAdministration administration;
    private final ApiTokens tokens;

    UserPages(Users users, UserAdministration administration, ApiTokens tokens) {
        this.users = users;
        this.administration = administration;
        this.tokens = tokens;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal DoudiUser me, Model model) {
        model.addAttribute("users", users.within(me.scope()));
        model.addAttribute("roles", Role.values());
        return "access/users";
    }

    @PostMapping("/admin/users")
    String create(@AuthenticationPrincipal DoudiUser me, @RequestParam String username, @RequestParam String displayName,
                  @RequestParam Role role, @RequestParam String region, @RequestParam String password,
                  RedirectAttributes redirect) {
        try {
            administration.create(me, username, displayName, role, region, password);
            redirect.addFlashAttribute("message", "users.created");
        } catch (InvalidUserException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}")
    String update(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam String displayName,
                  @RequestParam Role role, @RequestParam String region,
                  @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        return attempt(redirect, () -> administration.update(me, id, displayName, role, region, enabled));
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, RedirectAttributes redirect) {
        return attempt(redirect, () -> administration.unlock(me, id));
    }

    @PostMapping("/admin/users/{id}/password")
    String password(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam String password,
                    RedirectAttributes redirect) {
        return attempt(redirect, () -> administration.resetPassword(me, id, password));
    }

    @PostMapping("/admin/users/{id}/tokens")
    String issueToken(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestParam String label,
                      RedirectAttributes redirect) {
        try {
            DoudiUser user = administration.manageable(me, id);
            redirect.addFlashAttribute("token", tokens.issue(user.id(), label.isBlank() ? "api" : label.strip()));
            redirect.addFlashAttribute("tokenUser", user.username());
        } catch (InvalidUserException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    private static String attempt(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", "common.saved");
        } catch (InvalidUserException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }
}
