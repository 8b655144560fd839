package org.doudi.simulation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.access.RegionScope;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.whatif.WhatIf;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register's households as assessment requests: every household in the scope whose primary programme is
 * Dibao, marginal, monitored low income (assessed for Dibao) or extreme poverty (assessed for it), with its
 * current members and their assessed monthly incomes. The register holds no assets, so property tests pass.
 */
class SimulationSubjects {

    private static final String QUERY = """
            SELECT h.household_no, h.region_code, h.area, ps.programme,
                   p.id_number, m.relation, p.disability_kind, p.disability_grade, p.serious_illness, p.self_care,
                   p.schooling, p.monthly_income
              FROM household h
              JOIN LATERAL (
                   SELECT s.programme FROM programme_status s
                    WHERE s.household_id = h.id AND s.superseded_at IS NULL AND s.status <> 'TERMINATED'
                      AND s.programme IN ('EXTREME_POVERTY', 'DIBAO', 'MARGINAL', 'LOW_INCOME')
                    ORDER BY array_position(ARRAY['EXTREME_POVERTY', 'DIBAO', 'MARGINAL', 'LOW_INCOME']::varchar[], s.programme)
                    LIMIT 1) ps ON true
              JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL
              JOIN person p ON p.id = m.person_id
             WHERE h.region_code LIKE ?
             ORDER BY h.household_no, (m.relation <> 'APPLICANT'), p.birth_date, p.id_number
            """;

    private final DataSource dataSource;

    SimulationSubjects(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<WhatIf.Subject> load(RegionScope scope, LocalDate asOf) {
        List<WhatIf.Subject> subjects = new ArrayList<>();
        Builder[] current = {null};
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(5000);
        jdbc.query(QUERY, rs -> {
            String householdNo = rs.getString("household_no");
            if (current[0] == null || !current[0].householdNo.equals(householdNo)) {
                if (current[0] != null) {
                    subjects.add(current[0].build(asOf));
                }
                current[0] = new Builder(householdNo, rs.getString("region_code"), Area.valueOf(rs.getString("area")),
                        Programme.valueOf(rs.getString("programme")));
            }
            current[0].add(rs);
        }, scope.likePattern());
        if (current[0] != null) {
            subjects.add(current[0].build(asOf));
        }
        return subjects;
    }

    private static final class Builder {
        private final String householdNo;
        private final String region;
        private final Area area;
        private final Programme programme;
        private final List<Member> members = new ArrayList<>();
        private final List<Income> incomes = new ArrayList<>();

        Builder(String householdNo, String region, Area area, Programme programme) {
            this.householdNo = householdNo;
            this.region = region;
            this.area = area;
            this.programme = programme;
        }

        void add(ResultSet rs) throws SQLException {
            String id = "m" + (members.size() + 1);
            String kind = rs.getString("disability_kind");
            AssessmentRequest.Disability disability = kind == null ? null
                    : new AssessmentRequest.Disability(DisabilityKind.valueOf(kind), rs.getInt("disability_grade"));
            String schooling = rs.getString("schooling");
            members.add(new Member(id, rs.getString("id_number"), null, Relation.valueOf(rs.getString("relation")),
                    disability, rs.getBoolean("serious_illness"), schooling == null ? null : Schooling.valueOf(schooling),
                    AssessmentRequest.selfCareItemsFor(selfCare(rs.getString("self_care"))),
                    null, null, null, null, null, null, null, null, null));
            BigDecimal income = rs.getBigDecimal("monthly_income");
            if (income != null && income.signum() > 0) {
                incomes.add(new Income(id, IncomeType.OTHER, income, null));
            }
        }

        private static SelfCare selfCare(String code) {
            return code == null ? null : SelfCare.valueOf(code);
        }

        WhatIf.Subject build(LocalDate asOf) {
            Programme assessed = programme == Programme.EXTREME_POVERTY ? Programme.EXTREME_POVERTY : Programme.DIBAO;
            AssessmentRequest.Household household = new AssessmentRequest.Household(List.copyOf(members),
                    List.copyOf(incomes), List.of(), List.of(), null, null, null, List.of(), List.of(programme));
            return new WhatIf.Subject(householdNo, region.substring(0, Math.min(9, region.length())),
                    new AssessmentRequest(assessed, asOf, region, area, null, household, null, null));
        }
    }
}
