package org.doudi.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.AssessmentRequest.Member;

/**
 * A register row (person joined with membership) as an assessment member. The query must select
 * {@link #COLUMNS}; the register holds each person's assessed monthly income, no assets.
 */
public final class RegisterMembers {

    public static final String COLUMNS = """
            p.id_number, m.relation, p.disability_kind, p.disability_grade, p.serious_illness, p.self_care,
            p.schooling, p.monthly_income, p.employed_since""";

    private RegisterMembers() {
    }

    public static Member member(ResultSet rs, String id) throws SQLException {
        String kind = rs.getString("disability_kind");
        AssessmentRequest.Disability disability = kind == null ? null
                : new AssessmentRequest.Disability(DisabilityKind.valueOf(kind), rs.getInt("disability_grade"));
        String schooling = rs.getString("schooling");
        String selfCare = rs.getString("self_care");
        return new Member(id, rs.getString("id_number"), null, Relation.valueOf(rs.getString("relation")),
                disability, rs.getBoolean("serious_illness"), schooling == null ? null : Schooling.valueOf(schooling),
                AssessmentRequest.selfCareItemsFor(selfCare == null ? null : SelfCare.valueOf(selfCare)),
                rs.getObject("employed_since", java.time.LocalDate.class), null, null, null, null, null, null, null, null);
    }

    /** The member's assessed monthly income, if any. */
    public static Income income(ResultSet rs, String id) throws SQLException {
        BigDecimal income = rs.getBigDecimal("monthly_income");
        return income != null && income.signum() > 0 ? new Income(id, IncomeType.OTHER, income, null) : null;
    }
}
