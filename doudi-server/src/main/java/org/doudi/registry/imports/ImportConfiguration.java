package org.doudi.registry.imports;

import java.time.Clock;
import javax.sql.DataSource;
import org.doudi.access.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    ImportBatches importBatches(JdbcClient jdbc) {
        return new ImportBatches(jdbc);
    }

    @Bean
    RegistryImport registryImport(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
                                  ImportBatches batches, AuditLog audit, Clock clock) {
        return new RegistryImport(dataSource, jdbc, transactions, batches, audit, clock);
    }

    @Bean
    RegistryExport registryExport(DataSource dataSource, TransactionTemplate transactions, AuditLog audit) {
        return new RegistryExport(dataSource, transactions, audit);
    }
}
