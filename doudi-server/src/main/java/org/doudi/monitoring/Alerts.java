package org.doudi.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseService;
import org.doudi.casework.Intake;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.registry.Households;
import org.doudi.registry.RegistryChanges.StatusChange;
import org.doudi.registry.RegistryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts and their verification loop (对账销号): raised from findings and routed to the household's village, with
 * a verification deadline by severity; a visit and an outcome close each one — include in a programme (opens an
 * application), adjust (opens a review), stop (opens a review or an extreme-poverty termination), refer to another
 * department, keep monitoring (the household joins the monitored population), or dismiss with a reason. An alert
 * whose outcome opened a case stays VERIFIED until that case ends, and then closes; so the bureau can show that
 * every lead was followed to its end.
 */
public class Alerts {

    public static final Set<String> OUTCOMES = Set.of("INCLUDE", "ADJUST", "STOP", "REFER", "MONITOR", "DISMISS");

    /** An alert in a worklist, with how urgent it is. */
    public record Item(Alert alert, boolean overdue, boolean escalated) {
    }

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final RegistryService registry;
    private final Households households;
    private final WorkingDayCalendar calendar;
    private final MonitoringSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Alerts(JdbcClient jdbc, CaseService cases, RegistryService registry, Households households,
           WorkingDayCalendar calendar, MonitoringSettings settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.registry = registry;
        this.households = households;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Raises an alert per finding, or refreshes the one still open for the same rule, household and person; a new
     * death of a recipient also holds the household's next payment. Returns {new, refreshed}.
     */
    int[] raise(long runId, List<Finding> findings, Map<String, Long> householdIds) {
        closeResolved();
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        int refreshed = 0;
        for (Finding finding : findings) {
            Long householdId = finding.householdId() == null ? null : householdIds.get(finding.householdId());
            LocalDate due = calendar.addWorkingDays(today, days(finding.severity()));
            var row = jdbc.sql("""
                    INSERT INTO alert (rule, severity, household_no, household_id, id_number, name, region_code, evidence,
                                       recommendation, low_confidence, status, first_run_id, last_run_id, due_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)
                    ON CONFLICT (rule, coalesce(household_no, ''), coalesce(id_number, '')) WHERE status <> 'CLOSED'
                    DO UPDATE SET last_run_id = EXCLUDED.last_run_id, last_seen_at = now(), evidence = EXCLUDED.evidence
                    RETURNING id, (xmax = 0) AS inserted
                    """).params(finding.rule(), finding.severity().name(), blankToNull(finding.householdId()), householdId,
                            blankToNull(finding.idNumber()), finding.name(), finding.region(), finding.evidence(),
                            finding.recommendation(), finding.lowConfidence(), runId, runId, due)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getBoolean(2) ? 1 : 0}).single();
            if (row[1] == 1) {
                created++;
                if ("DEATH_OF_RECIPIENT".equals(finding.rule()) && householdId != null) {
                    jdbc.sql("INSERT INTO payment_hold (household_id, alert_id, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                            .params(householdId, row[0], "受助人死亡待核实（" + finding.name() + "）：暂停下月发放").update();
                }
            } else {
                refreshed++;
            }
        }
        return new int[] {created, refreshed};
    }

    /**
     * Alerts raised by the payroll (benefits the bank could not pay for months on end): recorded as a monitoring run
     * of its own (trigger PAYROLL), routed and followed like every other alert.
     */
    @Transactional
    public int[] raiseFromPayroll(String by, String region, List<Finding> findings, Map<String, Long> householdIds) {
        long runId = jdbc.sql("""
                INSERT INTO monitoring_run (region_code, as_of, trigger, started_by, status, finished_at, findings)
                VALUES (?, ?, 'PAYROLL', ?, 'DONE', now(), ?) RETURNING id
                """).params(region, LocalDate.now(clock), by, findings.size()).query(Long.class).single();
        int[] counts = raise(runId, findings, householdIds);
        jdbc.sql("UPDATE monitoring_run SET new_alerts = ? WHERE id = ?").params(counts[0], runId).update();
        return counts;
    }

    private int days(Severity severity) {
        return switch (severity) {
            case HIGH -> settings.highDays();
            case MEDIUM -> settings.mediumDays();
            case LOW -> settings.lowDays();
        };
    }

    /** Alerts whose case has ended are closed, and their holds released; nightly, and before each run. */
    @org.springframework.scheduling.annotation.Scheduled(cron = "0 15 1 * * *", zone = "Asia/Shanghai")
    @Transactional
    public int closeResolved() {
        List<Long> ended = jdbc.sql("""
                UPDATE alert a SET status = 'CLOSED', closed_at = now(), version = a.version + 1
                  FROM assistance_case c
                 WHERE c.id = a.case_id AND a.status = 'VERIFIED'
                   AND c.stage IN ('DECIDED', 'REFUSED', 'WITHDRAWN', 'INCOMPLETE')
                RETURNING a.id
                """).query(Long.class).list();
        for (Long id : ended) {
            release(id, "system", "核查转办的案件已办结");
        }
        return ended.size();
    }

    public Optional<Alert> find(long id, RegionScope scope) {
        Optional<Alert> alert = jdbc.sql(Alert.SELECT + " WHERE a.id = ? AND a.region_code LIKE ?")
                .params(id, scope.likePattern()).query(Alert::map).optional();
        alert.ifPresent(a -> audit.record("ALERT_READ", "alert", String.valueOf(id), a.regionCode(), a.rule()));
        return alert;
    }

    /**
     * The alerts waiting for verification in the user's region, by deadline; the county also sees the lower
     * levels' overdue ones marked as escalated. Analysts and auditors see the same list read-only.
     */
    public List<Item> worklist(DoudiUser user) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(Alert.SELECT + """
                 WHERE a.region_code LIKE ? AND a.status = 'OPEN'
                 ORDER BY a.due_on, CASE a.severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, a.id
                 LIMIT 500
                """).param(user.scope().likePattern()).query(Alert::map).list().stream()
                .map(a -> new Item(a, a.overdue(today), a.overdue(today) && user.region().value().length() <= 6))
                .toList();
    }

    /** Alerts in the scope, newest first, by status and rule. */
    public List<Alert> search(RegionScope scope, String status, String rule, int limit) {
        return jdbc.sql(Alert.SELECT + """
                 WHERE a.region_code LIKE ? AND (CAST(? AS text) IS NULL OR a.status = ?)
                   AND (CAST(? AS text) IS NULL OR a.rule = ?)
                 ORDER BY a.raised_at DESC, a.id DESC LIMIT ?
                """).params(scope.likePattern(), status, status, rule, rule, limit).query(Alert::map).list();
    }

    public record Visit(LocalDate visitedOn, List<String> visitors, String notes, String recordedBy) {
    }

    public List<Visit> visits(long alertId) {
        return jdbc.sql("SELECT visited_on, visitors, notes, recorded_by FROM alert_visit WHERE alert_id = ? ORDER BY visited_on, id")
                .param(alertId).query((rs, n) -> new Visit(rs.getObject(1, LocalDate.class),
                        List.of((String[]) rs.getArray(2).getArray()), rs.getString(3), rs.getString(4))).list();
    }

    /** The home visit of the verification (入户核查): who went, when, what they found. */
    @Transactional
    public Alert recordVisit(DoudiUser actor, long alertId, int seenVersion, LocalDate visitedOn, List<String> visitors,
                             String notes) {
        Alert alert = claim(actor, alertId, seenVersion);
        if (!"OPEN".equals(alert.status())) {
            throw new MonitoringException("ALERT_NOT_OPEN", null, "该预警已核查完毕");
        }
        List<String> names = visitors == null ? List.of() : visitors.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        if (names.isEmpty()) {
            throw new MonitoringException("FIELD_REQUIRED", "visitors", "请填写核查人员");
        }
        if (notes == null || notes.isBlank()) {
            throw new MonitoringException("FIELD_REQUIRED", "notes", "请填写核查情况");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = visitedOn == null ? today : visitedOn;
        if (on.isAfter(today)) {
            throw new MonitoringException("VALUE_INVALID", "visitedOn", "核查日期不能晚于今天");
        }
        jdbc.sql("INSERT INTO alert_visit (alert_id, visited_on, visitors, notes, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(alertId, on, names.toArray(String[]::new), notes.strip(), actor.username()).update();
        bump(alertId);
        audit.record("ALERT_VISITED", "alert", String.valueOf(alertId), alert.regionCode(), null);
        return reload(alertId);
    }

    /**
     * The outcome of the verification. INCLUDE, ADJUST and STOP open the case that carries it on (an application,
     * a review, an extreme-poverty termination), in the same transaction; REFER names the department; MONITOR puts
     * the household into the monitored population; DISMISS needs a reason. A hold on the household's payment is
     * released, except when the payment is to stop: then it stays until the case has ended.
     */
    @Transactional
    public Alert decide(DoudiUser actor, long alertId, int seenVersion, String outcome, Programme programme, String note,
                        String referredTo) {
        Alert alert = claim(actor, alertId, seenVersion);
        if (!"OPEN".equals(alert.status())) {
            throw new MonitoringException("ALERT_NOT_OPEN", null, "该预警已核查完毕");
        }
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new MonitoringException("VALUE_INVALID", "outcome", "核查结论无效：" + outcome);
        }
        if (visits(alertId).isEmpty()) {
            throw new MonitoringException("VISIT_REQUIRED", "visit", "请先记录入户核查情况，再作核查结论");
        }
        if (note == null || note.isBlank()) {
            throw new MonitoringException("FIELD_REQUIRED", "note", "请填写核查结论的理由");
        }
        boolean opensCase = Set.of("INCLUDE", "ADJUST", "STOP").contains(outcome);
        if ((opensCase || "MONITOR".equals(outcome)) && alert.householdId() == null) {
            throw new MonitoringException("HOUSEHOLD_UNKNOWN", "outcome",
                    "该线索尚未对应户籍登记中的家庭：请先在户籍登记中建档，或转介、排除");
        }
        if (opensCase && programme == null) {
            throw new MonitoringException("FIELD_REQUIRED", "programme", "请选择救助类别");
        }
        if ("REFER".equals(outcome) && (referredTo == null || referredTo.isBlank())) {
            throw new MonitoringException("FIELD_REQUIRED", "referredTo", "请填写转介的部门");
        }
        Long caseId = null;
        String reason = "预警核查（" + alert.rule() + "）：" + note.strip();
        switch (outcome) {
            case "INCLUDE" -> caseId = cases.open(actor, new Intake(alert.householdId(), programme,
                    programme == Programme.TEMPORARY ? org.doudi.policy.AssessmentRequest.TemporaryKind.EMERGENCY : null,
                    null, null, null, "ALERT", null, alert.rule(), null, false, false, false, null, reason)).id();
            case "ADJUST" -> caseId = cases.openReview(actor, alert.householdId(), programme, "ALERT", null, reason).id();
            case "STOP" -> caseId = cases.openReview(actor, alert.householdId(), programme,
                    programme == Programme.EXTREME_POVERTY ? "TERMINATION" : "ALERT", null, reason).id();
            case "MONITOR" -> monitor(actor, alert.householdId(), reason);
            default -> {
            }
        }
        String status = opensCase ? "VERIFIED" : "CLOSED";
        jdbc.sql("""
                UPDATE alert SET outcome = ?, outcome_note = ?, referred_to = ?, case_id = ?, status = ?,
                       verified_at = now(), verified_by = ?, closed_at = CASE WHEN ? = 'CLOSED' THEN now() END,
                       version = version + 1
                 WHERE id = ?
                """).params(outcome, note.strip(), blankToNull(referredTo), caseId, status, actor.username(), status, alertId)
                .update();
        if (!"STOP".equals(outcome)) {
            release(alertId, actor.username(), "核查结论：" + outcome);
        }
        audit.record("ALERT_DECIDED", "alert", String.valueOf(alertId), alert.regionCode(), outcome);
        return reload(alertId);
    }

    /** The household joins the monitored low-income population, unless it is already in a programme. */
    private void monitor(DoudiUser actor, long householdId, String reason) {
        boolean inProgramme = jdbc.sql("""
                SELECT count(*) FROM programme_status WHERE household_id = ? AND superseded_at IS NULL
                   AND status IN ('ACTIVE', 'GRADUAL_EXIT', 'SUSPENDED', 'MONITORED')
                """).param(householdId).query(Integer.class).single() > 0;
        if (!inProgramme) {
            int version = households.find(householdId, actor.scope()).orElseThrow(MonitoringException::notFound).version();
            registry.setProgrammeStatus(actor, householdId, version, new StatusChange(Programme.LOW_INCOME,
                    ProgrammeStatus.MONITORED, null, LocalDate.now(clock)), reason);
        }
    }

    private void release(long alertId, String by, String note) {
        jdbc.sql("""
                UPDATE payment_hold SET released_at = now(), released_by = ?, release_note = ?
                 WHERE alert_id = ? AND released_at IS NULL
                """).params(by, note, alertId).update();
    }

    /** Households whose next payment is held: payroll skips them. */
    public List<Long> heldHouseholds() {
        return jdbc.sql("SELECT DISTINCT household_id FROM payment_hold WHERE released_at IS NULL ORDER BY 1")
                .query(Long.class).list();
    }

    private Alert claim(DoudiUser actor, long alertId, int seenVersion) {
        if (CaseService.officesOf(actor.role()).isEmpty()) {
            throw new MonitoringException("FORBIDDEN", null, "当前角色不能核查预警");
        }
        Integer version = jdbc.sql("SELECT version FROM alert WHERE id = ? AND region_code LIKE ? FOR UPDATE")
                .params(alertId, actor.scope().likePattern()).query(Integer.class).optional()
                .orElseThrow(MonitoringException::notFound);
        if (version != seenVersion) {
            throw MonitoringException.conflict();
        }
        return reload(alertId);
    }

    private Alert reload(long alertId) {
        return jdbc.sql(Alert.SELECT + " WHERE a.id = ?").param(alertId).query(Alert::map).single();
    }

    private void bump(long alertId) {
        jdbc.sql("UPDATE alert SET version = version + 1 WHERE id = ?").param(alertId).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** For a case page: the alerts whose verification opened it. */
    public List<Alert> ofCase(CaseFile file) {
        return jdbc.sql(Alert.SELECT + " WHERE a.case_id = ?").param(file.id()).query(Alert::map).list();
    }
}
