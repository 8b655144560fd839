package org.doudi.divisions;

import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class DivisionConfiguration {

    @Bean
    DivisionDirectory divisionDirectory(JdbcClient jdbc) {
        return new DivisionDirectory(jdbc);
    }

    @Bean
    DivisionLoader divisionLoader(DataSource dataSource, JdbcClient jdbc) {
        return new DivisionLoader(dataSource, jdbc);
    }

    /** First start: the division table must be filled before anything validates a region. */
    @Bean
    @Order(10)
    ApplicationRunner loadDivisions(DivisionLoader loader) {
        return args -> loader.loadIfMissing();
    }
}
