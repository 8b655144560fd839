package org.doudi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.kernel.DivisionCode;
import org.doudi.registry.imports.ImportOutcome;
import org.doudi.registry.imports.ImportReport;
import org.doudi.registry.imports.RegistryImport;
import org.doudi.synthetic.Generator;
import org.doudi.synthetic.GeneratorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the first start (no users yet): with demonstration data, generates 望江县 (340827, the county of
 * seed document 001) with {@code doudi generate}, imports it through the ordinary importer, and creates
 * one user per role; without, creates one administrator with a random password printed once.
 */
public class DemoData {

    public static final DivisionCode COUNTY = DivisionCode.parse("340827");
    public static final DivisionCode TOWNSHIP = DivisionCode.parse("340827100");
    private static final long SEED = 2026;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** A demonstration account as printed at start-up. */
    public record DemoUser(String username, Role role, String region) {
    }

    private final DemoSettings settings;
    private final Users users;
    private final UserAdministration administration;
    private final RegistryImport importer;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoCases cases;
    private final java.util.function.Consumer<Path> monitoring;

    /** @param monitoring receives the generated department feeds, runs the first comparison and pays last month */
    DemoData(DemoSettings settings, Users users, UserAdministration administration, RegistryImport importer,
             JdbcClient jdbc, Clock clock, DemoCases cases, java.util.function.Consumer<Path> monitoring) {
        this.cases = cases;
        this.monitoring = monitoring;
        this.settings = settings;
        this.users = users;
        this.administration = administration;
        this.importer = importer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void loadOnFirstStart() {
        if (users.any()) {
            return;
        }
        if (!settings.enabled()) {
            createFirstAdministrator();
            return;
        }
        long started = System.nanoTime();
        Path feeds = importDemoCounty();
        for (DemoUser user : demoUsers()) {
            administration.create(null, user.username(), displayName(user.role()), user.role(), user.region(),
                    settings.password());
        }
        cases.create(demoUsers().get(0).region());
        monitoring.accept(feeds);
        deleteQuietly(feeds);
        jdbc.sql("INSERT INTO reference_data (name, edition, rows) VALUES ('demo', ?, ?)")
                .params(COUNTY.value(), settings.households()).update();
        log.info("已载入演示数据：望江县 {} 户及各角色演示账号（{} 秒）", settings.households(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Generates and imports the county; returns the folder with its department feeds (deleted by the caller). */
    private Path importDemoCounty() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("doudi-demo-");
            Generator.generate(GeneratorSettings.of(COUNTY, settings.households(), SEED, dir)
                    .withAsOf(LocalDate.now(clock)), null);
            ImportReport report = importer.importFile(dir.resolve("persons.csv"), "system:demo", RegionScope.NATIONAL);
            if (report.outcome() != ImportOutcome.APPLIED) {
                throw new IllegalStateException("演示数据导入失败：" + report.outcome() + " " + report.problems().stream()
                        .limit(5).toList() + " " + report.message());
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(dir);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** One user per role: village and township users in 华阳镇, county users in 望江县, the analyst in 安庆市. */
    public List<DemoUser> demoUsers() {
        String village = jdbc.sql("""
                SELECT region_code FROM household WHERE region_code LIKE ? GROUP BY region_code
                 ORDER BY count(*) DESC, region_code LIMIT 1
                """).param(TOWNSHIP.value() + "%").query(String.class).optional()
                .orElse(TOWNSHIP.value() + "001");
        return List.of(
                new DemoUser("village", Role.VILLAGE_ASSISTANT, village),
                new DemoUser("caseworker", Role.TOWNSHIP_CASEWORKER, TOWNSHIP.value()),
                new DemoUser("approver", Role.TOWNSHIP_APPROVER, TOWNSHIP.value()),
                new DemoUser("reviewer", Role.COUNTY_REVIEWER, COUNTY.value()),
                new DemoUser("analyst", Role.ANALYST, "3408"),
                new DemoUser("auditor", Role.AUDITOR, COUNTY.value()),
                new DemoUser("admin", Role.ADMIN, COUNTY.value()));
    }

    public boolean loaded() {
        return jdbc.sql("SELECT count(*) FROM reference_data WHERE name = 'demo'").query(Integer.class).single() > 0;
    }

    public String password() {
        return settings.password();
    }

    private void createFirstAdministrator() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        administration.create(null, "admin", "系统管理员", Role.ADMIN, settings.adminRegion(), password);
        log.warn("已创建首个管理员账号 admin（管辖区划 {}），初始密码：{}  ——请登录后立即修改；"
                + "管辖区划可用 DOUDI_DEMO_ADMIN_REGION 在首次启动前设定", settings.adminRegion(), password);
    }

    private static String displayName(Role role) {
        return switch (role) {
            case VILLAGE_ASSISTANT -> "王协理";
            case TOWNSHIP_CASEWORKER -> "李经办";
            case TOWNSHIP_APPROVER -> "张审核";
            case COUNTY_REVIEWER -> "陈科长";
            case ANALYST -> "刘分析";
            case AUDITOR -> "赵纪检";
            case ADMIN -> "系统管理员";
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("could not delete {}", dir, e);
        }
    }
}
