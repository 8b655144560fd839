package org.doudi;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar doudi.jar [command] [options]}: one jar for the server and the batch commands.
 *
 * <ul>
 *   <li>{@code serve} (default) — the web application and API;</li>
 *   <li>{@code import FILE} / {@code export FILE} — the household register in the persons.csv layout;</li>
 *   <li>{@code generate ...} — synthetic registry and department feeds for tests and demonstrations;</li>
 *   <li>{@code monitor ...} — the built-in monitoring rules over a registry export and department feeds, offline;</li>
 *   <li>{@code payroll ...} — the monthly payroll and its audit before release over a registry export and feeds, offline.</li>
 * </ul>
 */
public final class Doudi {

    private Doudi() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 || args[0].startsWith("--") ? "serve" : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
        int exit = switch (command) {
            case "serve" -> serve(rest);
            case "import", "export", "simulate" -> runWithDatabase(command, rest);
            case "generate" -> org.doudi.synthetic.GenerateCommand.run(List.of(rest), System.out, System.err);
            case "assess" -> org.doudi.assessment.AssessCommand.run(List.of(rest), System.in, System.out, System.err);
            case "monitor" -> org.doudi.monitoring.MonitorCommand.run(List.of(rest), System.out, System.err);
            case "payroll" -> org.doudi.payroll.PayrollCommand.run(List.of(rest), System.out, System.err);
            case "help", "-h" -> usage(0);
            default -> usage(2);
        };
        if (exit != 0 || !command.equals("serve")) {
            System.exit(exit);
        }
    }

    private static int serve(String[] args) {
        SpringApplication.run(DoudiApplication.class, args);
        return 0;
    }

    /** Starts the application without the web server, runs one command against the database, and stops. */
    private static int runWithDatabase(String command, String[] args) {
        SpringApplication application = new SpringApplication(DoudiApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("cli");
        try (ConfigurableApplicationContext context = application.run()) {
            return context.getBean(CommandLine.class).run(command, List.of(args));
        }
    }

    private static int usage(int exit) {
        (exit == 0 ? System.out : System.err).println("""
                用法 / usage: java -jar doudi.jar [command] [options]
                  serve                       启动网页和接口（默认）/ run the web application (default)
                  assess FILE|-              评估一户家庭（contracts/assessment.md）/ assess a household
                  import FILE                 导入户籍登记文件 persons.csv / .xlsx / import the household register
                  export FILE [--region CODE] 导出户籍登记（.csv 或 .xlsx）/ export the register
                  simulate --region CODE --set dibao.standard=+5% [--set ...] [--as-of DATE] [--out FILE.xlsx]
                                              政策模拟测算 / what-if: re-assess the region under changed parameters
                  generate --county CODE --households N --seed S --out DIR [--as-of YYYY-MM-DD]
                                              生成模拟数据 / write a synthetic registry and department feeds
                  monitor --registry DIR --feeds DIR --as-of YYYY-MM-DD --out findings.csv
                                              监测预警（离线）/ run the monitoring rules on exported files
                  payroll --registry DIR --feeds DIR --month YYYY-MM --out DIR
                                              月度发放名单和发放前稽核（离线）/ monthly payroll and its audit, offline
                数据库 / database: 默认使用内置 PostgreSQL（./doudi-data）；设置 DOUDI_DB_URL、DOUDI_DB_USER、
                DOUDI_DB_PASSWORD 则使用外部服务器 / set DOUDI_DB_URL to use an external PostgreSQL server.
                """);
        return exit;
    }
}
