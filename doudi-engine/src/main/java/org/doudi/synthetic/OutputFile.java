package org.doudi.synthetic;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doudi.registry.PersonsFile;

/**
 * Every file {@code doudi generate} writes, with its columns (contracts/feeds.md) and encoding. The
 * department feeds marked noisy receive the importer noise listed in {@code noise.csv};
 * {@code disability.csv} is written in GB18030, as some 残联 systems still export it.
 */
public enum OutputFile {
    PERSONS("persons.csv", PersonsFile.ALL_COLUMNS, false, -1),
    PERSONS_NEIGHBOUR("persons_neighbour.csv", PersonsFile.ALL_COLUMNS, false, -1),
    DEATHS("deaths.csv", List.of("id_number", "name", "death_date", "source"), true, 2),
    MEDICAL("medical.csv",
            List.of("id_number", "name", "settle_date", "total_cost", "out_of_pocket", "diagnosis"), true, 2),
    DISABILITY("disability.csv", List.of("id_number", "name", "kind", "grade", "issued_date", "status"), false, 4),
    LABOUR("labour.csv", List.of("id_number", "name", "event", "event_date", "monthly_amount"), true, 3),
    VEHICLES("vehicles.csv",
            List.of("id_number", "name", "plate", "vehicle_type", "registered_date", "value"), true, 4),
    REAL_ESTATE("real_estate.csv",
            List.of("id_number", "name", "property_type", "area_m2", "registered_date"), true, 4),
    BUSINESSES("businesses.csv",
            List.of("id_number", "name", "business_name", "registered_capital", "status"), true, -1),
    HOUSING_FUND("housing_fund.csv", List.of("id_number", "name", "monthly_contribution", "since"), false, 3),
    EDUCATION("education.csv", List.of("id_number", "name", "stage", "enrolled_date", "annual_fees"), true, 3),
    RURAL_REVITALISATION("rural_revitalisation.csv",
            List.of("id_number", "name", "status", "since", "per_capita_income"), false, 3),
    HOTLINE("hotline.csv",
            List.of("ticket_id", "id_number", "name", "phone", "received_at", "region", "category", "text"), true, -1),
    STAFF("staff.csv", List.of("staff_id_number", "staff_name", "role", "region", "relative_id_number",
            "relative_name", "relation"), false, -1),
    MANIFEST("manifest.csv", List.of("rule", "id_number", "household_id", "note"), false, -1),
    NOISE("noise.csv", List.of("file", "line", "kind", "note"), false, -1);

    private final String fileName;
    private final List<String> columns;
    private final boolean noisy;
    private final int dateColumn;

    OutputFile(String fileName, List<String> columns, boolean noisy, int dateColumn) {
        this.fileName = fileName;
        this.columns = columns;
        this.noisy = noisy;
        this.dateColumn = dateColumn;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    public Charset charset() {
        return this == DISABILITY ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    /** Whether rows of this feed may be duplicated, written with a 15-digit ID or copied with a bad ID or date. */
    boolean noisy() {
        return noisy;
    }

    /** The column of the date that a bad-date copy spoils, or -1 when the feed has none to spoil. */
    int dateColumn() {
        return dateColumn;
    }

    /** The department feeds of contracts/feeds.md (all files but the registry, the manifest and the noise list). */
    public static List<OutputFile> feeds() {
        return List.of(DEATHS, MEDICAL, DISABILITY, LABOUR, VEHICLES, REAL_ESTATE, BUSINESSES, HOUSING_FUND,
                EDUCATION, RURAL_REVITALISATION, HOTLINE, STAFF);
    }
}
