package org.doudi.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    Households households(JdbcClient jdbc) {
        return new Households(jdbc);
    }
}
