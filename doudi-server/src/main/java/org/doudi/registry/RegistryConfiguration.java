package org.doudi.registry;

import org.doudi.access.AuditLog;
import org.doudi.divisions.DivisionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    Households households(JdbcClient jdbc) {
        return new Households(jdbc);
    }

    @Bean
    Timeline timeline(JdbcClient jdbc, JsonMapper json) {
        return new Timeline(jdbc, json);
    }

    @Bean
    RegistryService registryService(JdbcClient jdbc, Households households, Timeline timeline, AuditLog audit,
                                    DivisionDirectory divisions) {
        return new RegistryService(jdbc, households, timeline, audit, divisions);
    }
}
