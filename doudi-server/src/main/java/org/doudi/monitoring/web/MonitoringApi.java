package org.doudi.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.kernel.Programme;
import org.doudi.monitoring.Alert;
import org.doudi.monitoring.Alerts;
import org.doudi.monitoring.FeedStore;
import org.doudi.monitoring.MonitoringDashboard;
import org.doudi.monitoring.MonitoringException;
import org.doudi.monitoring.MonitoringRuns;
import org.doudi.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Monitoring over HTTP: departments push their feeds; the county starts a comparison run; the phone app of the
 * village assistants lists alerts, records the home visit and the outcome. Scoped to the caller's region.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "monitoring", description = "低收入人口动态监测预警：部门数据、比对、预警核查")
class MonitoringApi {

    private final FeedStore feeds;
    private final MonitoringRuns runs;
    private final Alerts alerts;
    private final MonitoringDashboard dashboard;
    private final java.time.Clock clock;

    MonitoringApi(FeedStore feeds, MonitoringRuns runs, Alerts alerts, MonitoringDashboard dashboard,
                  java.time.Clock clock) {
        this.clock = clock;
        this.feeds = feeds;
        this.runs = runs;
        this.alerts = alerts;
        this.dashboard = dashboard;
    }

    @PostMapping(value = "/feeds/{feed}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "部门推送数据文件（CSV 或 xlsx，UTF-8 或 GBK）/ a department pushes a feed file")
    FeedStore.Arrival push(@AuthenticationPrincipal DoudiUser me, @PathVariable String feed,
                           @RequestParam("file") MultipartFile file) throws IOException {
        requireCounty(me);
        try (InputStream in = file.getInputStream()) {
            return feeds.receive(feed, file.getOriginalFilename() == null ? feed + ".csv" : file.getOriginalFilename(), in,
                    "API", me.username(), me.region().value());
        }
    }

    @GetMapping("/feeds")
    @Operation(summary = "部门数据接收记录 / the feeds received, newest first")
    List<FeedStore.Arrival> arrivals(@AuthenticationPrincipal DoudiUser me) {
        return feeds.arrivals(200);
    }

    public record RunRequest(LocalDate asOf) {
    }

    @PostMapping("/monitoring/runs")
    @Operation(summary = "对本辖区开展一次比对，发现转为预警 / run the comparison for my region now")
    MonitoringRuns.RunReport run(@AuthenticationPrincipal DoudiUser me, @RequestBody(required = false) RunRequest request) {
        requireCounty(me);
        LocalDate asOf = request == null || request.asOf() == null ? LocalDate.now(clock) : request.asOf();
        return runs.run(me.username(), "API", me.scope(), asOf);
    }

    @GetMapping("/alerts")
    @Operation(summary = "待核查预警（按时限排序）/ open alerts in my region, by deadline")
    List<Alerts.Item> worklist(@AuthenticationPrincipal DoudiUser me) {
        return alerts.worklist(me);
    }

    @GetMapping("/alerts/{id}")
    @Operation(summary = "预警详情与核查记录（读取记入审计日志）/ an alert with its visits; the read is logged")
    AlertView find(@AuthenticationPrincipal DoudiUser me, @PathVariable long id) {
        Alert alert = alerts.find(id, me.scope()).orElseThrow(() -> ApiException.notFound("预警"));
        return new AlertView(alert, alerts.visits(id));
    }

    public record AlertView(Alert alert, List<Alerts.Visit> visits) {
    }

    public record VisitRequest(int version, LocalDate visitedOn, List<String> visitors, String notes) {
    }

    @PostMapping("/alerts/{id}/visits")
    @Operation(summary = "记录入户核查 / record the verification visit")
    Alert visit(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestBody VisitRequest request) {
        return alerts.recordVisit(me, id, request.version(), request.visitedOn(), request.visitors(), request.notes());
    }

    public record OutcomeRequest(int version, String outcome, Programme programme, String note, String referredTo) {
    }

    @PostMapping("/alerts/{id}/outcome")
    @Operation(summary = "核查结论：纳入、调整、停发、转介、继续监测或排除 / the verification's outcome")
    Alert decide(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestBody OutcomeRequest request) {
        return alerts.decide(me, id, request.version(), request.outcome(), request.programme(), request.note(),
                request.referredTo());
    }

    @GetMapping("/monitoring/dashboard")
    @Operation(summary = "监测预警统计：按规则、乡镇的发现、核查、办结数和办结用时 / the dashboard figures")
    MonitoringDashboard.Figures figures(@AuthenticationPrincipal DoudiUser me) {
        return dashboard.figures(me.scope());
    }

    private static void requireCounty(DoudiUser me) {
        if (me.role() != Role.COUNTY_REVIEWER && me.role() != Role.ADMIN) {
            throw new MonitoringException("FORBIDDEN", null, "部门数据与比对由县级民政部门管理");
        }
    }
}
