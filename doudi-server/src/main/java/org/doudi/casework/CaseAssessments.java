package org.doudi.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.assessment.RegisterMembers;
import org.doudi.kernel.Area;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Assessor;
import org.doudi.policy.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's answer for a case: the household's current members and assessed incomes from the register,
 * assessed for the case's programme on the given date. Every decision on a case is made from this answer and
 * carries its explanation. Property and rigid expenditure are the investigation's findings recorded on the case.
 */
class CaseAssessments {

    private final JdbcClient jdbc;
    private final Assessor assessor;

    CaseAssessments(JdbcClient jdbc, Assessor assessor) {
        this.jdbc = jdbc;
        this.assessor = assessor;
    }

    /**
     * @param previousMonthlyBenefit for a review of a Dibao household: what it receives now (the base of a gradual
     *                               exit), else null
     * @param monthsInGradualExit for a household already in its gradual exit: the months since it began, else 0
     */
    Decision assess(long householdId, Programme programme, Long subjectPersonId, AssessmentRequest.Temporary temporary,
                    LocalDate asOf, BigDecimal previousMonthlyBenefit, Integer monthsInGradualExit,
                    List<AssessmentRequest.Asset> assets, List<AssessmentRequest.Expense> expenses) {
        List<Member> members = new ArrayList<>();
        List<Income> incomes = new ArrayList<>();
        String[] subject = {null};
        jdbc.sql("""
                SELECT p.id AS person_id, %s
                  FROM membership m JOIN person p ON p.id = m.person_id
                 WHERE m.household_id = ? AND m.valid_to IS NULL
                 ORDER BY (m.relation <> 'APPLICANT'), p.birth_date, p.id_number
                """.formatted(RegisterMembers.COLUMNS)).param(householdId).query(rs -> {
            String id = "m" + (members.size() + 1);
            members.add(RegisterMembers.member(rs, id));
            Income income = RegisterMembers.income(rs, id);
            if (income != null) {
                incomes.add(income);
            }
            if (subjectPersonId != null && subjectPersonId == rs.getLong("person_id")) {
                subject[0] = id;
            }
        });
        if (members.isEmpty()) {
            throw new CaseException("HOUSEHOLD_EMPTY", null, "该户当前没有家庭成员，无法核算");
        }
        String region = jdbc.sql("SELECT region_code FROM household WHERE id = ?").param(householdId)
                .query(String.class).single();
        Area area = Area.valueOf(jdbc.sql("SELECT area FROM household WHERE id = ?").param(householdId)
                .query(String.class).single());
        AssessmentRequest.Household household = new AssessmentRequest.Household(List.copyOf(members),
                List.copyOf(incomes), assets, expenses, null, previousMonthlyBenefit,
                previousMonthlyBenefit == null ? null : monthsInGradualExit, List.of(), List.of());
        return assessor.assess(new AssessmentRequest(programme, asOf, region, area, null, household,
                temporary, subject[0]), true);
    }
}
