package org.doudi.simulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.access.RegionScope;
import org.doudi.assessment.RegisterMembers;
import org.doudi.kernel.Area;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.Income;
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
                   %s
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
            """.formatted(RegisterMembers.COLUMNS);

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
            members.add(RegisterMembers.member(rs, id));
            Income income = RegisterMembers.income(rs, id);
            if (income != null) {
                incomes.add(income);
            }
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
