package org.doudi.access.web;

import java.time.LocalDate;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Auditors search the log of reads and changes within their region. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditPages {

    static final int LIMIT = 500;
    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String search(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String action, @RequestParam(required = false) String subject,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Model model) {
        AuditLog.Query query = new AuditLog.Query(username, action, subject, from, to);
        model.addAttribute("query", query);
        model.addAttribute("events", audit.search(query, me.scope(), LIMIT));
        model.addAttribute("limit", LIMIT);
        return "access/audit";
    }
}
