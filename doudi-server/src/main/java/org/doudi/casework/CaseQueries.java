package org.doudi.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.procedure.Office;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading cases: one case (logged), worklists by office and deadline, searches, a case's timeline. */
public class CaseQueries {

    /** A worklist line: the case and how urgent it is. */
    public record WorkItem(CaseFile file, String applicantName, boolean overdue, boolean dueSoon, boolean escalated) {
    }

    public record CaseEvent(Instant at, String actor, String actorRole, String step, String fromStage, String toStage,
                            String note, String details) {
    }

    public record Visit(String kind, LocalDate visitedOn, List<String> visitors, String findings, boolean familySigned,
                        String recordedBy) {
    }

    public record Instalment(int seq, LocalDate dueOn, BigDecimal amount, LocalDate paidOn, String source) {
    }

    /** How many working days ahead a deadline counts as due soon. */
    static final int DUE_SOON_WORKING_DAYS = 2;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseQueries(JdbcClient jdbc, AuditLog audit, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One case, if it lies in the scope; the read is logged (a case holds a family's personal data). */
    public Optional<CaseFile> find(long id, RegionScope scope) {
        Optional<CaseFile> file = jdbc.sql(CaseFile.SELECT + " WHERE c.id = ? AND c.region_code LIKE ?")
                .params(id, scope.likePattern()).query(CaseFile::map).optional();
        file.ifPresent(f -> audit.record("CASE_READ", "case", f.caseNo(), f.regionCode(), null));
        return file;
    }

    /**
     * 我的待办: the open cases in the user's region waiting for one of the user's offices, and the cases of the
     * offices below that are overdue (escalated for supervision), sorted by deadline (no deadline last).
     */
    public List<WorkItem> worklist(DoudiUser user) {
        Set<Office> offices = CaseService.officesOf(user.role());
        if (offices.isEmpty()) {
            return List.of();
        }
        List<String> own = offices.stream().map(Office::name).toList();
        if (offices.equals(Set.of(Office.VILLAGE))) {
            // the village assistant follows every open case of the village: he posts the notices, hears the
            // objections and helps with the visits, whatever office the next step belongs to
            own = java.util.Arrays.stream(Office.values()).map(Office::name).toList();
        }
        List<String> below = new ArrayList<>();
        for (Office office : Office.values()) {
            if (office.ordinal() < offices.stream().mapToInt(Office::ordinal).max().orElseThrow() && !own.contains(office.name())) {
                below.add(office.name());
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<CaseFile> files = jdbc.sql(CaseFile.SELECT + """
                 WHERE c.region_code LIKE ? AND c.due_office IS NOT NULL
                   AND (c.due_office = ANY (?) OR (c.due_office = ANY (?) AND c.due_on < ?))
                 ORDER BY c.due_on NULLS LAST, c.applied_on, c.id
                 LIMIT 500
                """).params(user.scope().likePattern(), own.toArray(String[]::new), below.toArray(String[]::new), today)
                .query(CaseFile::map).list();
        LocalDate soon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
        List<String> mine = own;
        return files.stream().map(f -> new WorkItem(f, f.applicantName(), f.overdue(today),
                f.dueOn() != null && !f.overdue(today) && !f.dueOn().isAfter(soon),
                !mine.contains(f.dueOffice()))).toList();
    }

    /** Cases in the scope, newest first, optionally by stage, programme, household. */
    public List<WorkItem> search(RegionScope scope, String stage, String programme, Long householdId, int limit) {
        return search(scope, stage, programme, householdId, false, limit);
    }

    /** The same, or only the staff-relative cases (近亲属备案, 第十一条) for the register of them. */
    public List<WorkItem> search(RegionScope scope, String stage, String programme, Long householdId,
                                 boolean staffRelativeOnly, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(CaseFile.SELECT + """
                 WHERE c.region_code LIKE ? AND (CAST(? AS text) IS NULL OR c.stage = ?)
                   AND (CAST(? AS text) IS NULL OR c.programme = ?)
                   AND (CAST(? AS bigint) IS NULL OR c.household_id = ?) AND (c.staff_relative OR NOT ?)
                 ORDER BY c.opened_at DESC, c.id DESC LIMIT ?
                """).params(scope.likePattern(), stage, stage, programme, programme, householdId, householdId,
                        staffRelativeOnly, limit)
                .query(CaseFile::map).list().stream()
                .map(f -> new WorkItem(f, f.applicantName(), f.overdue(today), false, false)).toList();
    }

    public List<CaseEvent> events(long caseId) {
        return jdbc.sql("""
                SELECT at, actor, actor_role, step, from_stage, to_stage, note, details::text AS details
                  FROM case_event WHERE case_id = ? ORDER BY at, id
                """).param(caseId).query((rs, n) -> new CaseEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("actor_role"), rs.getString("step"), rs.getString("from_stage"), rs.getString("to_stage"),
                rs.getString("note"), rs.getString("details"))).list();
    }

    public List<Visit> visits(long caseId) {
        return jdbc.sql("""
                SELECT kind, visited_on, visitors, findings, family_signed, recorded_by
                  FROM case_visit WHERE case_id = ? ORDER BY visited_on, id
                """).param(caseId).query((rs, n) -> new Visit(rs.getString("kind"), rs.getObject("visited_on", LocalDate.class),
                List.of((String[]) rs.getArray("visitors").getArray()), rs.getString("findings"),
                rs.getBoolean("family_signed"), rs.getString("recorded_by"))).list();
    }

    public List<Instalment> instalments(long caseId) {
        return jdbc.sql("SELECT seq, due_on, amount, paid_on, source FROM case_instalment WHERE case_id = ? ORDER BY seq")
                .param(caseId).query((rs, n) -> new Instalment(rs.getInt("seq"), rs.getObject("due_on", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class), rs.getString("source")))
                .list();
    }

    /** The applicant's name (the household member with relation APPLICANT), for worklists and documents. */
    public String applicantName(long householdId) {
        return applicantName(jdbc, householdId);
    }

    static String applicantName(JdbcClient jdbc, long householdId) {
        return jdbc.sql("""
                SELECT p.name FROM membership m JOIN person p ON p.id = m.person_id
                 WHERE m.household_id = ? AND m.valid_to IS NULL ORDER BY (m.relation <> 'APPLICANT'), p.birth_date LIMIT 1
                """).param(householdId).query(String.class).optional().orElse("");
    }
}
