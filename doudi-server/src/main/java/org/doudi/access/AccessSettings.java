package org.doudi.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockDuration how long a locked account stays locked (an admin can unlock it sooner)
 */
@ConfigurationProperties("doudi.access")
public record AccessSettings(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration) {
}
