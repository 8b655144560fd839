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
 * login. Every step goes through {@link CaseService}, as a person would take it; only the dates of the last case
 * are moved back (a demonstration fixture, said in its log line) so that its 7-day notice is over on the first day.
 */
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    /** Two families newly registered in hardship, for the demonstration's own Dibao applications. */
    static final String WALKTHROUGH_HOUSEHOLD = "DEMO-0001";
    static final String PUBLISHED_HOUSEHOLD = "DEMO-0002";

    private final CaseService cases;
    private final ReserveFunds reserveFunds;
    private final Users users;
    private final JdbcClient jdbc;
    private final org.doudi.registry.imports.RegistryImport importer;

    DemoCases(CaseService cases, ReserveFunds reserveFunds, Users users, JdbcClient jdbc,
              org.doudi.registry.imports.RegistryImport importer) {
        this.importer = importer;
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
        // 5: a family in hardship investigated and published; its notice is dated back so that the demo can close
        // it and approve today
        registerFamiliesInHardship(village);
        long published = jdbc.sql("SELECT id FROM household WHERE household_no = ?").param(PUBLISHED_HOUSEHOLD)
                .query(Long.class).single();
        CaseFile fifth = apply(assistant, published, Programme.DIBAO, "本人到村委会申请");
        fifth = cases.act(caseworker, fifth.id(), Step.ACCEPT, StepInput.note(fifth.version(), null));
        fifth = cases.act(caseworker, fifth.id(), Step.FORM_TEAM, new StepInput(fifth.version(), null,
                List.of("李经办", "王协理"), null, null, null, null, null, null, null, null, null, null));
        fifth = cases.act(caseworker, fifth.id(), Step.RECORD_VISIT, new StepInput(fifth.version(),
                "独居老人，无固定收入，房屋老旧", null, "HOME", null, List.of("李经办", "王协理"), true, null, null, null,
                null, null, null));
        fifth = cases.act(caseworker, fifth.id(), Step.REQUEST_VERIFICATION, StepInput.note(fifth.version(), null));
        fifth = cases.act(reviewer, fifth.id(), Step.RECORD_VERIFICATION, StepInput.note(fifth.version(),
                "未发现车辆、房产、工商登记，收入与申报一致"));
        try {
            fifth = cases.act(approver, fifth.id(), Step.PROPOSE, new StepInput(fifth.version(), "经调查核实，拟同意",
                    null, null, null, null, null, true, null, null, null, null, null));
            jdbc.sql("""
                    UPDATE assistance_case SET applied_on = applied_on - 12, accepted_on = accepted_on - 12,
                           team_formed_on = team_formed_on - 12, verification_requested_on = verification_requested_on - 12,
                           notice_started_on = notice_started_on - 10
                     WHERE id = ?
                    """).param(fifth.id()).update();
            cases.recomputeDue(fifth.id());
        } catch (org.doudi.kernel.Refusal e) {
            log.info("演示案件 {} 按政策测算不符合条件，停在调查环节：{}", fifth.caseNo(), e.getMessage());
        }
        log.info("已生成演示案件 5 件（{}）", village);
    }

    /**
     * Registers two families whose income fell (a widow with a schoolchild, an old man living alone) through the
     * ordinary importer, so that the engine finds them eligible: the generated county's unenrolled families are all
     * above the Dibao standard.
     */
    private void registerFamiliesInHardship(String village) {
        String header = String.join(",", org.doudi.registry.PersonsFile.CONTRACT_COLUMNS) + ",monthly_income\n";
        String rows = row(WALKTHROUGH_HOUSEHOLD, "1979-04-12", "301", "刘秀英", "APPLICANT", village, "300")
                + row(WALKTHROUGH_HOUSEHOLD, "2014-09-03", "302", "刘晨", "CHILD", village, "0")
                + row(PUBLISHED_HOUSEHOLD, "1951-02-20", "311", "周德福", "APPLICANT", village, "180");
        var report = importer.importStream("demo-hardship.csv", new java.io.ByteArrayInputStream(
                (header + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "system:demo",
                org.doudi.access.RegionScope.NATIONAL);
        log.info("演示困难家庭登记：{}", report.outcome());
    }

    private static String row(String household, String birth, String sequence, String name, String relation,
                              String village, String income) {
        String first17 = village.substring(0, 6) + birth.replace("-", "") + sequence;
        String id = first17 + org.doudi.kernel.IdNumber.checkCharacter(first17);
        return String.join(",", household, id, name, relation, birth, village, "RURAL", "", "MONITORED", "0", "", "", "",
                "", "", "N", income) + "\n";
    }

    private CaseFile apply(DoudiUser assistant, long household, Programme programme, String note) {
        return cases.open(assistant, new Intake(household, programme, null, null, null, null, "VILLAGE_COMMITTEE", null,
                null, null, true, true, false, null, note));
    }
}
