package org.doudi.access;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Counts failed logins (form or API), locks the account after too many, and logs every failure. */
class LoginAttempts {

    private final Users users;
    private final AuditLog audit;
    private final AccessSettings settings;
    private final Clock clock;

    LoginAttempts(Users users, AuditLog audit, AccessSettings settings, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            int failures = users.recordFailure(username, settings.maxFailedLogins(),
                    clock.instant().plus(settings.lockDuration()));
            if (failures >= settings.maxFailedLogins()) {
                audit.recordAs(username, "ACCOUNT_LOCKED", "USER", username, null, "连续登录失败 " + failures + " 次");
            }
        }
        audit.recordAs(username, "LOGIN_FAILED", "USER", username, null, event.getException().getClass().getSimpleName());
    }
}
