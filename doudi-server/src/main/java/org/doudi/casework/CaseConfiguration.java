package org.doudi.casework;

import java.time.Clock;
import org.doudi.access.AuditLog;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.policy.Assessor;
import org.doudi.registry.Households;
import org.doudi.reservefund.ReserveFunds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CaseConfiguration {

    @Bean
    ReviewPlanner reviewPlanner(JdbcClient jdbc, CaseService cases, Assessor assessor, Clock clock) {
        return new ReviewPlanner(jdbc, cases, assessor.policy(), clock);
    }

    @Bean
    CaseService caseService(JdbcClient jdbc, Households households, Assessor assessor, AuditLog audit, JsonMapper json,
                            Clock clock, ReserveFunds reserveFunds) {
        return new CaseService(jdbc, households, new CaseAssessments(jdbc, assessor), assessor.policy(),
                assessor.calendar(), audit, json, clock, reserveFunds);
    }

    @Bean
    CaseDocumentData caseDocumentData(JdbcClient jdbc, DivisionDirectory divisions, JsonMapper json, Assessor assessor) {
        return new CaseDocumentData(jdbc, divisions, json, assessor.policy(), assessor.calendar());
    }

    @Bean
    CaseQueries caseQueries(JdbcClient jdbc, AuditLog audit, Assessor assessor, Clock clock) {
        return new CaseQueries(jdbc, audit, assessor.calendar(), clock);
    }
}
