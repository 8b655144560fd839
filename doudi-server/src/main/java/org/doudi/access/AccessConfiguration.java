package org.doudi.access;

import java.time.Clock;
import org.doudi.divisions.DivisionDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users, tokens, the audit log and login attempts: needed by the web application and the batch commands. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessSettings.class)
class AccessConfiguration {

    @Bean
    Users users(JdbcClient jdbc) {
        return new Users(jdbc);
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new AuditLog(jdbc);
    }

    @Bean
    ApiTokens apiTokens(JdbcClient jdbc, Users users) {
        return new ApiTokens(jdbc, users);
    }

    @Bean
    LoginAttempts loginAttempts(Users users, AuditLog audit, AccessSettings settings, Clock clock) {
        return new LoginAttempts(users, audit, settings, clock);
    }

    @Bean
    UserAdministration userAdministration(Users users, DivisionDirectory divisions, PasswordEncoder passwordEncoder,
                                          AuditLog audit) {
        return new UserAdministration(users, divisions, passwordEncoder, audit);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
