package org.doudi.registry.imports;

import java.sql.Connection;
import java.sql.SQLException;
import org.doudi.registry.PersonRow;
import org.postgresql.PGConnection;

/**
 * The rows of one import, copied into a temporary table of the import's transaction so that the checks
 * across rows and the merge into the register are set-based SQL.
 */
final class StagingTable {

    static final String CREATE = """
            CREATE TEMP TABLE import_row (
                line bigint PRIMARY KEY, household_no text NOT NULL, id_number text NOT NULL, name text NOT NULL,
                sex text NOT NULL, birth_date date NOT NULL, relation text NOT NULL, region text NOT NULL,
                area text NOT NULL, programme text, status text, monthly_amount numeric(12, 2) NOT NULL,
                enrolled_since date, bank_account text, account_holder text, disability_kind text,
                disability_grade smallint, staff_relative boolean NOT NULL, phone text, habitual_region text,
                habitual_area text, address text, disability_certified_on date, serious_illness boolean,
                work_capacity text, self_care text, schooling text, employment text, monthly_income numeric(12, 2)
            ) ON COMMIT DROP
            """;

    private static final String COPY = """
            COPY import_row (line, household_no, id_number, name, sex, birth_date, relation, region, area, programme,
                status, monthly_amount, enrolled_since, bank_account, account_holder, disability_kind, disability_grade,
                staff_relative, phone, habitual_region, habitual_area, address, disability_certified_on,
                serious_illness, work_capacity, self_care, schooling, employment, monthly_income) FROM STDIN (FORMAT text)
            """;

    private final CopyBuffer copy;

    private StagingTable(CopyBuffer copy) {
        this.copy = copy;
    }

    static StagingTable open(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        return new StagingTable(new CopyBuffer(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY)));
    }

    void add(PersonRow row) {
        copy.field(row.line()).field(row.householdNo()).field(row.idNumber().value()).field(row.name())
                .field(row.idNumber().sex()).field(row.idNumber().birthDate()).field(row.relation())
                .field(row.region()).field(row.area()).field(row.programme()).field(row.status())
                .field(row.monthlyAmount()).field(row.enrolledSince()).field(row.bankAccount())
                .field(row.accountHolder()).field(row.disabilityKind()).field(row.disabilityGrade())
                .field(row.staffRelative()).field(row.phone()).field(row.habitualRegion()).field(row.habitualArea())
                .field(row.address()).field(row.disabilityCertifiedOn()).field(row.seriousIllness())
                .field(row.workCapacity()).field(row.selfCare()).field(row.schooling()).field(row.employment())
                .field(row.monthlyIncome());
        copy.endRow();
    }

    /** Abandons the COPY after a failure while reading the file. */
    void cancel() {
        copy.cancel();
    }

    /** Ends the COPY and indexes the table for the checks. */
    void finish(Connection connection) throws SQLException {
        copy.finish();
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE INDEX ON import_row (id_number)");
            statement.execute("CREATE INDEX ON import_row (household_no, line)");
            statement.execute("ANALYZE import_row");
        }
    }
}
