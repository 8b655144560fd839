package org.doudi.demo;

import java.time.Clock;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.casework.CaseService;
import org.doudi.monitoring.FeedStore;
import org.doudi.monitoring.MonitoringRuns;
import org.doudi.reservefund.ReserveFunds;
import org.doudi.database.DatabaseInfo;
import org.doudi.registry.imports.RegistryImport;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    @Bean
    DemoData demoData(DemoSettings settings, Users users, UserAdministration administration, RegistryImport importer,
                      JdbcClient jdbc, Clock clock, CaseService cases, ReserveFunds reserveFunds, FeedStore feeds,
                      MonitoringRuns runs, org.doudi.payments.PayrollRuns payrolls, org.doudi.payments.PaymentHolds holds,
                      org.doudi.payments.PaymentQueries payments, org.doudi.payments.BankTransfers bank) {
        DemoPayments demoPayments = new DemoPayments(payrolls, holds, payments, bank, users, clock);
        return new DemoData(settings, users, administration, importer, jdbc, clock,
                new DemoCases(cases, reserveFunds, users, jdbc, importer), dir -> {
                    demoMonitoring(dir, feeds, runs, clock);
                    try {
                        demoPayments.payLastMonth(DemoData.COUNTY.value());
                    } catch (org.doudi.kernel.Refusal e) {
                        org.slf4j.LoggerFactory.getLogger(DemoConfiguration.class).warn("演示发放未完成：{}", e.getMessage());
                    }
                });
    }

    /** The demo county's department feeds received as the county would, and the first comparison run. */
    private static void demoMonitoring(java.nio.file.Path dir, FeedStore feeds, MonitoringRuns runs, Clock clock) {
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                var feed = FeedStore.feedOf(name);
                if (feed.isPresent()) {
                    try (var in = java.nio.file.Files.newInputStream(file)) {
                        feeds.receive(feed.get(), name, in, "UPLOAD", "system:demo", DemoData.COUNTY.value());
                    } catch (org.doudi.kernel.Refusal e) {
                        org.slf4j.LoggerFactory.getLogger(DemoConfiguration.class).warn("演示部门数据 {} 未接收：{}", name, e.getMessage());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        runs.run("system:demo", "MANUAL", org.doudi.access.RegionScope.of(DemoData.COUNTY), java.time.LocalDate.now(clock));
    }

    @Bean
    @Order(20)
    ApplicationRunner loadDemoData(DemoData demo) {
        return args -> demo.loadOnFirstStart();
    }

    /** Says where to go and how to log in, once the web server is up. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> startupBanner(DemoData demo, DatabaseInfo database) {
        return event -> {
            String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
            if (port == null) {
                return;
            }
            StringBuilder text = new StringBuilder("\n==============================================================\n")
                    .append(" 兜底 Doudi 已就绪 / ready:  http://localhost:").append(port).append("/\n")
                    .append(" 数据库 / database:  ").append(database.describe()).append('\n');
            if (demo.loaded()) {
                text.append(" 演示账号（密码均为 ").append(demo.password()).append("）/ demo logins:\n");
                for (DemoData.DemoUser user : demo.demoUsers()) {
                    text.append(String.format("   %-11s %-20s %s%n", user.username(), user.role(), user.region()));
                }
            }
            text.append("==============================================================");
            System.out.println(text);
        };
    }
}
