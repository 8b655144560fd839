package org.doudi;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.registry.PersonsFile;

/** Builds small registry files (persons.csv layout) row by row for tests. */
public final class RegistryFiles {

    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> columns;

    private RegistryFiles(List<String> columns) {
        this.columns = columns;
    }

    public static RegistryFiles contractColumns() {
        return new RegistryFiles(PersonsFile.CONTRACT_COLUMNS);
    }

    /** The contract columns and the person's assessed monthly income. */
    public static RegistryFiles withIncome() {
        return new RegistryFiles(java.util.stream.Stream.concat(PersonsFile.CONTRACT_COLUMNS.stream(),
                java.util.stream.Stream.of(PersonsFile.MONTHLY_INCOME)).toList());
    }

    /** A household member row; {@code programme} empty with status MONITORED for monitored households. */
    public RegistryFiles member(String householdNo, String idNumber, String name, String relation, String village,
                                String programme, String status, String amount) {
        LocalDate birth = TestIds.birthDate(idNumber);
        List<String> row = new ArrayList<>(List.of(householdNo, idNumber, name, relation, birth.toString(), village, "RURAL",
                programme, status, amount, "2023-01-01", "6217001234567890123", name, "", "", "N"));
        while (row.size() < columns.size()) {
            row.add("");
        }
        rows.add(row);
        return this;
    }

    /** Replaces one cell of the last row added. */
    public RegistryFiles with(String column, String value) {
        rows.get(rows.size() - 1).set(columns.indexOf(column), value);
        return this;
    }

    public String csv() {
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString();
    }

    public byte[] bytes() {
        return csv().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] bytes(Charset charset) {
        return csv().getBytes(charset);
    }
}
