package org.doudi.demo;

import java.time.Clock;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.casework.CaseService;
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
                      JdbcClient jdbc, Clock clock, CaseService cases, ReserveFunds reserveFunds) {
        return new DemoData(settings, users, administration, importer, jdbc, clock,
                new DemoCases(cases, reserveFunds, users, jdbc));
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
