package org.doudi.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.doudi.access.RegionScope;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.policy.PolicySource;
import org.doudi.policy.procedure.Deadline;
import org.doudi.policy.procedure.ReviewSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Opens the reviews the rules schedule (第三十一条): every household in payment whose periodic review falls due
 * within the lead time, counted from its last decision (yearly, or half-yearly for unstable income with members
 * able to work; extreme poverty yearly; rigid expenditure when its recognition expires), and every minor in
 * extreme-poverty support who comes of age out of school. Runs each night and on demand; a household with an
 * open case for the programme is left alone, so running twice opens nothing twice.
 */
public class ReviewPlanner {

    private static final Logger log = LoggerFactory.getLogger(ReviewPlanner.class);

    /** How many days before its due date a review is opened, so the township has time to visit. */
    static final int LEAD_DAYS = 30;

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final PolicySource policy;
    private final Clock clock;

    ReviewPlanner(JdbcClient jdbc, CaseService cases, PolicySource policy, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.policy = policy;
        this.clock = clock;
    }

    private record Candidate(long householdId, String programme, String region, String area, LocalDate lastDecided,
                             boolean unstable, LocalDate comingOfAge) {
    }

    @Scheduled(cron = "${doudi.casework.review-planner-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    public void nightly() {
        int opened = openDue(RegionScope.NATIONAL);
        log.info("复核计划：新开复核案件 {} 件", opened);
    }

    /** Opens the due reviews in the scope; returns how many were opened. */
    public int openDue(RegionScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<Candidate> candidates = jdbc.sql("""
                SELECT s.household_id, s.programme, h.region_code, h.area,
                       greatest(s.status_since, (SELECT max(c.decided_on) FROM assistance_case c
                                                  WHERE c.household_id = s.household_id AND c.programme = s.programme
                                                    AND c.stage = 'DECIDED')) AS last_decided,
                       EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id
                                WHERE m.household_id = s.household_id AND m.valid_to IS NULL
                                  AND p.work_capacity IN ('FULL', 'PARTIAL') AND p.employment IN ('FLEXIBLE', 'UNEMPLOYED')
                                  AND p.birth_date BETWEEN ? AND ?) AS unstable,
                       (SELECT min(p.birth_date) FROM membership m JOIN person p ON p.id = m.person_id
                         WHERE m.household_id = s.household_id AND m.valid_to IS NULL AND s.programme = 'EXTREME_POVERTY'
                           AND p.birth_date > ? AND coalesce(p.schooling, 'NONE') NOT IN ('COMPULSORY', 'SENIOR_HIGH', 'VOCATIONAL')
                       ) AS minor_birth
                  FROM programme_status s JOIN household h ON h.id = s.household_id
                 WHERE s.superseded_at IS NULL AND s.status IN ('ACTIVE', 'GRADUAL_EXIT')
                   AND s.programme IN ('DIBAO', 'MARGINAL', 'EXTREME_POVERTY', 'RIGID_EXPENDITURE')
                   AND h.region_code LIKE ?
                   AND NOT EXISTS (SELECT 1 FROM assistance_case c WHERE c.household_id = s.household_id
                                      AND c.programme = s.programme AND c.stage NOT IN ('DECIDED', 'REFUSED', 'WITHDRAWN', 'INCOMPLETE'))
                 ORDER BY s.household_id, s.programme
                """).params(today.minusYears(60), today.minusYears(16), today.minusYears(18), scope.likePattern())
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getObject(7, LocalDate.class))).list();
        int opened = 0;
        for (Candidate candidate : candidates) {
            ReviewSchedule schedule = new ReviewSchedule(policy.at(DivisionCode.parse(candidate.region()),
                    Area.valueOf(candidate.area()), today));
            Programme programme = Programme.valueOf(candidate.programme());
            Deadline periodic = schedule.periodic(programme, candidate.lastDecided(), candidate.unstable());
            Deadline ageing = candidate.comingOfAge() == null ? null : schedule.ageingOut(candidate.comingOfAge());
            Deadline due = ageing != null && ageing.date().isBefore(periodic.date()) ? ageing : periodic;
            if (due.date().isAfter(today.plusDays(LEAD_DAYS))) {
                continue;
            }
            cases.openReview(null, candidate.householdId(), programme, due == ageing ? "AGEING_OUT" : "PERIODIC",
                    due.date(), due.rule() + "（" + due.reference() + "）");
            opened++;
        }
        return opened;
    }
}
