package org.doudi.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "审计日志")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit-events")
    @Operation(summary = "查询审计日志 / search the audit log (newest first, at most 1000)")
    List<AuditLog.Event> search(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String username,
                                @RequestParam(required = false) String action, @RequestParam(required = false) String subject,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return audit.search(new AuditLog.Query(username, action, subject, from, to), me.scope(), 1000);
    }
}
