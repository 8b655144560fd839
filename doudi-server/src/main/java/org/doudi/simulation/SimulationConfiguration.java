package org.doudi.simulation;

import javax.sql.DataSource;
import org.doudi.access.AuditLog;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.policy.Assessor;
import org.doudi.policy.whatif.WhatIf;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SimulationConfiguration {

    @Bean
    Simulations simulations(DataSource dataSource, Assessor assessor, DivisionDirectory divisions, AuditLog audit) {
        return new Simulations(new SimulationSubjects(dataSource), new WhatIf(assessor), divisions, audit);
    }
}
