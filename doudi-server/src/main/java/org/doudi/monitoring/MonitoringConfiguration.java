package org.doudi.monitoring;

import java.time.Clock;
import org.doudi.access.AuditLog;
import org.doudi.casework.CaseService;
import org.doudi.policy.Assessor;
import org.doudi.registry.Households;
import org.doudi.registry.RegistryService;
import org.doudi.registry.imports.RegistryExport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    MonitoringDashboard monitoringDashboard(JdbcClient jdbc, Clock clock) {
        return new MonitoringDashboard(jdbc, clock);
    }

    @Bean
    FeedInbox feedInbox(FeedStore feeds, MonitoringSettings settings) {
        return new FeedInbox(feeds, settings);
    }

    @Bean
    FeedStore feedStore(JdbcClient jdbc, MonitoringSettings settings, AuditLog audit) {
        return new FeedStore(jdbc, settings, audit);
    }

    @Bean
    Alerts alerts(JdbcClient jdbc, CaseService cases, RegistryService registry, Households households, Assessor assessor,
                  MonitoringSettings settings, AuditLog audit, Clock clock) {
        return new Alerts(jdbc, cases, registry, households, assessor.calendar(), settings, audit, clock);
    }

    @Bean
    MonitoringRuns monitoringRuns(JdbcClient jdbc, FeedStore feeds, RegistryExport export, Assessor assessor,
                                  Alerts alerts, TransactionTemplate transactions, AuditLog audit, JsonMapper json,
                                  Clock clock) {
        return new MonitoringRuns(jdbc, feeds, export, new Monitor(assessor.policy()), alerts, transactions, audit,
                json, clock);
    }
}
