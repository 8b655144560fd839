package org.doudi.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.access.AuditLog;
import org.doudi.access.RegionScope;
import org.doudi.registry.imports.RegistryExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A monitoring run: the register of the region (as the registry export) and the newest arrival of every feed go
 * through the engine's {@link Monitor}; each finding in the region becomes an alert, or refreshes the alert still
 * open for the same rule, household and person, so a run repeated raises nothing twice. A death of a recipient
 * also holds the household's next payment until the alert is verified. All alerts of a run are written in one
 * transaction: a run that fails writes none.
 */
public class MonitoringRuns {

    private static final Logger log = LoggerFactory.getLogger(MonitoringRuns.class);

    /** What a run did. */
    public record RunReport(long runId, long personsRead, long rejected, int findings, int newAlerts, int refreshed) {
    }

    private final JdbcClient jdbc;
    private final FeedStore feeds;
    private final RegistryExport export;
    private final Monitor monitor;
    private final Alerts alerts;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    MonitoringRuns(JdbcClient jdbc, FeedStore feeds, RegistryExport export, Monitor monitor, Alerts alerts,
                   TransactionTemplate transactions, AuditLog audit, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.feeds = feeds;
        this.export = export;
        this.monitor = monitor;
        this.alerts = alerts;
        this.transactions = transactions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The seeds' monthly comparison (每月将低保信息与殡葬信息比对): every feed, the whole register, on the 1st. */
    @Scheduled(cron = "${doudi.monitoring.schedule:0 0 2 1 * *}", zone = "Asia/Shanghai")
    public void monthly() {
        if (feeds.current().isEmpty()) {
            log.info("月度比对：尚无部门数据，跳过");
            return;
        }
        RunReport report = run("system", "SCHEDULE", RegionScope.NATIONAL, LocalDate.now(clock));
        log.info("月度比对完成：{}", report);
    }

    public RunReport run(String by, String trigger, RegionScope scope, LocalDate asOf) {
        if (feeds.current().isEmpty()) {
            throw new MonitoringException("NO_FEEDS", null, "尚无部门数据：请先上传或推送至少一个部门数据文件");
        }
        long runId = jdbc.sql("""
                INSERT INTO monitoring_run (region_code, as_of, trigger, started_by, status) VALUES (?, ?, ?, ?, 'RUNNING')
                RETURNING id
                """).params(scope.code(), asOf, trigger, by).query(Long.class).single();
        Path work = null;
        try {
            work = Files.createTempDirectory("doudi-monitor-");
            Path registry = Files.createDirectories(work.resolve("registry"));
            try (OutputStream out = Files.newOutputStream(registry.resolve("persons.csv"))) {
                export.export(out, false, scope, by);
            }
            Path feedDir = Files.createDirectories(work.resolve("feeds"));
            feeds.linkCurrent(registry, feedDir, arrival -> true);
            MonitorResult result = monitor.run(new MonitorRequest(registry, feedDir, asOf, null),
                    line -> log.info("比对 #{}：{}", runId, line));
            List<Finding> inScope = result.findings().stream()
                    .filter(f -> f.region() != null && scope.contains(f.region())).toList();
            int[] counts = transactions.execute(status -> alerts.raise(runId, inScope, households(inScope)));
            MonitorSummary summary = result.summary();
            jdbc.sql("""
                    UPDATE monitoring_run SET status = 'DONE', finished_at = now(), persons_read = ?, rows_read = CAST(? AS jsonb),
                           rejected = ?, findings = ?, new_alerts = ? WHERE id = ?
                    """).params(summary.personsRead(), json.writeValueAsString(summary.rowsReadByFeed()), summary.rejected(),
                            inScope.size(), counts[0], runId).update();
            audit.recordAs(by, "MONITORING_RUN", "monitoring_run", String.valueOf(runId), scope.code(),
                    inScope.size() + " 条发现，新预警 " + counts[0] + " 条");
            return new RunReport(runId, summary.personsRead(), summary.rejected(), inScope.size(), counts[0], counts[1]);
        } catch (IOException | RuntimeException e) {
            jdbc.sql("UPDATE monitoring_run SET status = 'FAILED', finished_at = now(), message = ? WHERE id = ?")
                    .params(String.valueOf(e.getMessage()), runId).update();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } finally {
            FeedStore.deleteWorkFolder(work);
        }
    }

    /** household_no → household id, for the findings' households. */
    private Map<String, Long> households(List<Finding> findings) {
        Map<String, Long> ids = new HashMap<>();
        List<String> numbers = findings.stream().map(Finding::householdId).filter(n -> n != null && !n.isBlank())
                .distinct().toList();
        for (int i = 0; i < numbers.size(); i += 1000) {
            List<String> batch = numbers.subList(i, Math.min(numbers.size(), i + 1000));
            jdbc.sql("SELECT household_no, id FROM household WHERE household_no = ANY (?)")
                    .param(batch.toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }
}
