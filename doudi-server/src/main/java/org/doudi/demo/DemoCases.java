package org.doudi.demo;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.access.Users;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseService;
import org.doudi.casework.Intake;
import org.doudi.casework.StepInput;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest.TemporaryKind;
import org.doudi.policy.procedure.Step;
import org.doudi.reservefund.ReserveFunds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Casework for the demonstration: the township's reserve fund allocated, and a few applications of monitored
 * families in the demo village at different steps, so that each role's worklist shows real work on the first
 * login. Every step goes through {@link CaseService}, as a person would take it.
 */
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseService cases;
    private final ReserveFunds reserveFunds;
    private final Users users;
    private final JdbcClient jdbc;

    DemoCases(CaseService cases, ReserveFunds reserveFunds, Users users, JdbcClient jdbc) {
        this.cases = cases;
        this.reserveFunds = reserveFunds;
        this.users = users;
        this.jdbc = jdbc;
    }

    void create(String village) {
        DoudiUser assistant = users.find("village").orElseThrow();
        DoudiUser caseworker = users.find("caseworker").orElseThrow();
        DoudiUser approver = users.find("approver").orElseThrow();
        DoudiUser reviewer = users.find("reviewer").orElseThrow();
        reserveFunds.topUp(reviewer, DemoData.TOWNSHIP.value(), new BigDecimal("50000"), "望民〔2026〕演示1号",
                "县民政局下拨临时救助备用金（演示）");
        List<Long> families = jdbc.sql("""
                SELECT h.id FROM household h
                 WHERE h.region_code = ? AND NOT EXISTS (SELECT 1 FROM programme_status s WHERE s.household_id = h.id
                        AND s.superseded_at IS NULL AND s.status IN ('ACTIVE', 'GRADUAL_EXIT', 'SUSPENDED')
                        AND s.programme <> 'LOW_INCOME')
                 ORDER BY h.household_no LIMIT 4
                """).param(village).query(Long.class).list();
        if (families.size() < 4) {
            log.warn("演示村监测户不足 4 户，未生成演示案件");
            return;
        }
        // 1: just applied through the village committee: waits for the township's acceptance
        apply(assistant, families.get(0), Programme.DIBAO, "村委会代为申请");
        // 2: accepted, team formed, home visit done, verification asked: waits for the county
        CaseFile second = apply(assistant, families.get(1), Programme.DIBAO, "本人到村委会申请");
        second = cases.act(caseworker, second.id(), Step.ACCEPT, StepInput.note(second.version(), null));
        second = cases.act(caseworker, second.id(), Step.FORM_TEAM, new StepInput(second.version(), null,
                List.of("李经办", "王协理"), null, null, null, null, null, null, null, null, null, null));
        second = cases.act(caseworker, second.id(), Step.RECORD_VISIT, new StepInput(second.version(),
                "家中陈设简陋，主要劳动力患病，无固定收入", null, "HOME", null, List.of("李经办", "王协理"), true, null, null,
                null, null, null, null));
        cases.act(caseworker, second.id(), Step.REQUEST_VERIFICATION, StepInput.note(second.version(), null));
        // 3: accepted: waits for the township to form the investigation team within 3 working days
        CaseFile third = apply(assistant, families.get(2), Programme.MARGINAL, "申请认定低保边缘家庭");
        cases.act(caseworker, third.id(), Step.ACCEPT, StepInput.note(third.version(), null));
        // 4: an emergency helped first from the reserve fund: the paperwork is due
        CaseFile fourth = cases.open(assistant, new Intake(families.get(3), Programme.TEMPORARY, TemporaryKind.EMERGENCY,
                null, null, null, "FAMILY", null, "房屋失火", new BigDecimal("800"), true, false, false, null, null));
        cases.act(approver, fourth.id(), Step.HELP_FIRST, new StepInput(fourth.version(), "当晚送去先行救助金800元",
                null, null, null, null, null, null, null, null, new BigDecimal("800"), null, null));
        log.info("已生成演示案件 4 件（{}）", village);
    }

    private CaseFile apply(DoudiUser assistant, long household, Programme programme, String note) {
        return cases.open(assistant, new Intake(household, programme, null, null, null, null, "VILLAGE_COMMITTEE", null,
                null, null, true, true, false, null, note));
    }
}
