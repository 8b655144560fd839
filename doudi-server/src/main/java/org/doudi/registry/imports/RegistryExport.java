package org.doudi.registry.imports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.access.AuditLog;
import org.doudi.access.RegionScope;
import org.doudi.kernel.Programme;
import org.doudi.registry.PersonsFile;
import org.doudi.tabular.TableWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the register in the persons.csv layout ({@link PersonsFile#ALL_COLUMNS}), one row per current
 * member, streamed from the database. A household with several programmes is written with its primary one
 * (extreme poverty, then Dibao, marginal, rigid expenditure, children's allowances, monitoring), so
 * importing an export changes nothing.
 */
public class RegistryExport {

    private static final String QUERY = """
            SELECT h.household_no, p.id_number, p.name, m.relation, p.birth_date, p.registered_region, p.registered_area,
                   ps.programme, ps.status, ps.monthly_amount, ps.enrolled_since, p.bank_account, p.account_holder,
                   p.disability_kind, p.disability_grade, h.staff_relative, p.phone, p.habitual_region, p.habitual_area,
                   h.address, p.disability_certified_on, p.serious_illness, p.work_capacity, p.self_care, p.schooling,
                   p.employment, p.monthly_income
              FROM household h
              JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL
              JOIN person p ON p.id = m.person_id
              LEFT JOIN LATERAL (
                   SELECT * FROM programme_status s WHERE s.household_id = h.id AND s.superseded_at IS NULL
                    ORDER BY (s.status = 'TERMINATED'),
                             array_position(ARRAY['EXTREME_POVERTY', 'DIBAO', 'MARGINAL', 'RIGID_EXPENDITURE',
                                 'UNSUPPORTED_CHILD', 'ORPHAN', 'LOW_INCOME']::varchar[], s.programme), s.programme
                    LIMIT 1) ps ON true
             WHERE h.region_code LIKE ?
             ORDER BY h.household_no, (m.relation <> 'APPLICANT'), p.birth_date, p.id_number
            """;

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    public RegistryExport(DataSource dataSource, TransactionTemplate transactions, AuditLog audit) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Writes every current member in the scope as CSV (UTF-8 with BOM) or xlsx; returns the row count. */
    public long export(OutputStream out, boolean xlsx, RegionScope scope, String exporter) {
        long rows;
        try (TableWriter writer = xlsx ? TableWriter.xlsx(out, "persons") : TableWriter.csv(out)) {
            writer.writeRow(PersonsFile.ALL_COLUMNS);
            rows = transactions.execute(status -> {
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                jdbc.setFetchSize(5000);
                long[] count = {0};
                jdbc.query(QUERY, rs -> {
                    writer.writeRow(row(rs));
                    count[0]++;
                }, scope.likePattern());
                return count[0];
            });
        }
        audit.recordAs(exporter, "EXPORT_REGISTER", "REGION", scope.code(), scope.code(),
                rows + "人，" + (xlsx ? "xlsx" : "csv"));
        return rows;
    }

    private static List<String> row(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> cells = new ArrayList<>(PersonsFile.ALL_COLUMNS.size());
        String programme = rs.getString("programme");
        cells.add(rs.getString("household_no"));
        cells.add(rs.getString("id_number"));
        cells.add(rs.getString("name"));
        cells.add(rs.getString("relation"));
        cells.add(text(rs.getObject("birth_date")));
        cells.add(rs.getString("registered_region"));
        cells.add(rs.getString("registered_area"));
        cells.add(programme == null ? "" : Programme.valueOf(programme).fileCode());
        cells.add(text(rs.getString("status")));
        cells.add(programme == null ? "" : rs.getBigDecimal("monthly_amount").toPlainString());
        cells.add(text(rs.getObject("enrolled_since")));
        cells.add(text(rs.getString("bank_account")));
        cells.add(text(rs.getString("account_holder")));
        cells.add(text(rs.getString("disability_kind")));
        cells.add(text(rs.getObject("disability_grade")));
        cells.add(rs.getBoolean("staff_relative") ? "Y" : "N");
        cells.add(text(rs.getString("phone")));
        cells.add(text(rs.getString("habitual_region")));
        cells.add(text(rs.getString("habitual_area")));
        cells.add(text(rs.getString("address")));
        cells.add(text(rs.getObject("disability_certified_on")));
        cells.add(rs.getBoolean("serious_illness") ? "Y" : "N");
        cells.add(text(rs.getString("work_capacity")));
        cells.add(text(rs.getString("self_care")));
        cells.add(text(rs.getString("schooling")));
        cells.add(text(rs.getString("employment")));
        cells.add(rs.getBigDecimal("monthly_income") == null ? "" : rs.getBigDecimal("monthly_income").toPlainString());
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
