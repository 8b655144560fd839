package org.doudi.registry.imports;

import java.util.ArrayList;
import java.util.List;
import org.doudi.access.RegionScope;
import org.doudi.tabular.RowProblem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks across rows and against the register, run on the staged rows: duplicate ID numbers in the
 * file, one applicant per household, household fields the same on every member row, division codes that
 * exist and lie in the importer's region, and ID numbers already in another household.
 */
final class ImportChecks {

    private final JdbcClient jdbc;

    ImportChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RowProblem> run(RegionScope scope) {
        List<RowProblem> problems = new ArrayList<>();
        problems.addAll(duplicateIdNumbers());
        problems.addAll(applicants());
        problems.addAll(inconsistentHouseholds());
        problems.addAll(unknownRegions("region", "REGION_UNKNOWN", "户籍地区划代码不存在（2023年统计用区划代码）"));
        problems.addAll(unknownRegions("habitual_region", "REGION_UNKNOWN", "经常居住地区划代码不存在（2023年统计用区划代码）"));
        problems.addAll(outsideScope(scope));
        problems.addAll(inOtherHousehold());
        problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
        return problems;
    }

    private List<RowProblem> duplicateIdNumbers() {
        return jdbc.sql("""
                SELECT r.line, r.id_number, f.first_line
                  FROM import_row r
                  JOIN (SELECT id_number, min(line) AS first_line FROM import_row
                         GROUP BY id_number HAVING count(*) > 1) f ON f.id_number = r.id_number
                 WHERE r.line <> f.first_line
                """).query((rs, n) -> new RowProblem(rs.getLong("line"), "id_number", rs.getString("id_number"),
                "ID_NUMBER_DUPLICATE_IN_FILE", "身份证号码在文件中重复，首次出现在第" + rs.getLong("first_line") + "行"))
                .list();
    }

    private List<RowProblem> applicants() {
        return jdbc.sql("""
                WITH households AS (
                    SELECT household_no, min(line) AS first_line,
                           count(*) FILTER (WHERE relation = 'APPLICANT') AS applicants,
                           min(line) FILTER (WHERE relation = 'APPLICANT') AS first_applicant
                      FROM import_row GROUP BY household_no)
                SELECT r.line, r.household_no, r.relation, h.applicants, h.first_applicant
                  FROM import_row r JOIN households h ON h.household_no = r.household_no
                 WHERE (h.applicants = 0 AND r.line = h.first_line)
                    OR (h.applicants > 1 AND r.relation = 'APPLICANT' AND r.line <> h.first_applicant)
                """).query((rs, n) -> rs.getInt("applicants") == 0
                ? new RowProblem(rs.getLong("line"), "relation", rs.getString("relation"), "APPLICANT_MISSING",
                        "户 " + rs.getString("household_no") + " 没有申请人（relation 为 APPLICANT 的成员）")
                : new RowProblem(rs.getLong("line"), "relation", rs.getString("relation"), "APPLICANT_DUPLICATE",
                        "户 " + rs.getString("household_no") + " 有多名申请人，第" + rs.getLong("first_applicant") + "行已是申请人"))
                .list();
    }

    /** Household fields must agree with the household's first row. */
    private List<RowProblem> inconsistentHouseholds() {
        return jdbc.sql("""
                WITH first AS (SELECT DISTINCT ON (household_no) * FROM import_row ORDER BY household_no, line)
                SELECT r.line, f.line AS first_line,
                       CASE WHEN r.programme IS DISTINCT FROM f.programme THEN 'programme'
                            WHEN r.status IS DISTINCT FROM f.status THEN 'status'
                            WHEN r.monthly_amount IS DISTINCT FROM f.monthly_amount THEN 'monthly_amount'
                            WHEN r.enrolled_since IS DISTINCT FROM f.enrolled_since THEN 'enrolled_since'
                            WHEN r.staff_relative IS DISTINCT FROM f.staff_relative THEN 'staff_relative'
                            ELSE 'address' END AS column_name,
                       CASE WHEN r.programme IS DISTINCT FROM f.programme THEN r.programme
                            WHEN r.status IS DISTINCT FROM f.status THEN r.status
                            WHEN r.monthly_amount IS DISTINCT FROM f.monthly_amount THEN r.monthly_amount::text
                            WHEN r.enrolled_since IS DISTINCT FROM f.enrolled_since THEN r.enrolled_since::text
                            WHEN r.staff_relative IS DISTINCT FROM f.staff_relative THEN r.staff_relative::text
                            ELSE r.address END AS value
                  FROM import_row r JOIN first f ON f.household_no = r.household_no
                 WHERE r.line <> f.line
                   AND (r.programme, r.status, r.monthly_amount, r.enrolled_since, r.staff_relative, r.address)
                       IS DISTINCT FROM (f.programme, f.status, f.monthly_amount, f.enrolled_since, f.staff_relative, f.address)
                """).query((rs, n) -> new RowProblem(rs.getLong("line"), rs.getString("column_name"), rs.getString("value"),
                "HOUSEHOLD_FIELDS_INCONSISTENT",
                "同一户各成员行的" + rs.getString("column_name") + "应相同，与第" + rs.getLong("first_line") + "行不一致"))
                .list();
    }

    private List<RowProblem> unknownRegions(String column, String code, String message) {
        return jdbc.sql("SELECT r.line, r." + column + " AS code FROM import_row r WHERE r." + column
                        + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM division d WHERE d.code = r." + column + ")")
                .query((rs, n) -> new RowProblem(rs.getLong("line"), column, rs.getString("code"), code, message))
                .list();
    }

    /** An importer may only write households of their own region, new or existing. */
    private List<RowProblem> outsideScope(RegionScope scope) {
        return jdbc.sql("""
                SELECT r.line, r.region, h.region_code AS existing_region
                  FROM import_row r LEFT JOIN household h ON h.household_no = r.household_no
                 WHERE r.region NOT LIKE :scope OR h.region_code NOT LIKE :scope
                """).param("scope", scope.likePattern())
                .query((rs, n) -> rs.getString("existing_region") != null && !scope.contains(rs.getString("existing_region"))
                        ? new RowProblem(rs.getLong("line"), "household_id", rs.getString("region"), "HOUSEHOLD_OUT_OF_SCOPE",
                                "该户编号已登记在您管辖范围以外的地区，不能由您导入修改")
                        : new RowProblem(rs.getLong("line"), "region", rs.getString("region"), "REGION_OUT_OF_SCOPE",
                                "户籍地不在您的管辖范围内（" + scope + "）"))
                .list();
    }

    private List<RowProblem> inOtherHousehold() {
        return jdbc.sql("""
                SELECT r.line, r.id_number, h.household_no
                  FROM import_row r
                  JOIN person p ON p.id_number = r.id_number
                  JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
                  JOIN household h ON h.id = m.household_id
                 WHERE h.household_no <> r.household_no
                """).query((rs, n) -> new RowProblem(rs.getLong("line"), "id_number", rs.getString("id_number"),
                "ID_NUMBER_IN_OTHER_HOUSEHOLD", "该身份证号码已是户 " + rs.getString("household_no")
                        + " 的在册成员；如确已迁入本户，请先在原户办理迁出"))
                .list();
    }
}
