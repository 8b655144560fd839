package org.doudi.payroll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.doudi.registry.PersonRow;
import org.doudi.registry.PersonRowParser;
import org.doudi.registry.PersonsFile;
import org.doudi.tabular.Parsed;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.Values;

/**
 * Reads a payroll's inputs from folders (contracts/feeds.md): {@code persons} and {@code persons_neighbour} from
 * the registry folder; {@code deaths}, {@code staff} and {@code custody} from the feeds folder; each {@code .csv}
 * or {@code .xlsx}, UTF-8 or GBK. A row that cannot be read is rejected with its reason and the run goes on.
 */
public final class PayrollFiles {

    /** The custody feed's columns ({@code expires_on} may be empty: open-ended). */
    public static final List<String> CUSTODY_COLUMNS = List.of("agreement_id", "household_id", "custodian_name",
            "account", "filed_date", "expires_on");

    private final List<Rejection> rejections = new ArrayList<>();
    private final LocalDate asOf;

    private PayrollFiles(LocalDate asOf) {
        this.asOf = asOf;
    }

    /**
     * Reads the folders; {@code asOf} is the date ID numbers and birth dates are checked against (the month's last
     * day). Throws {@link IllegalArgumentException} (Chinese message) when a folder or the registry is missing.
     */
    public static PayrollInputs read(Path registryDir, Path feedsDir, LocalDate asOf) {
        if (!Files.isDirectory(registryDir)) {
            throw new IllegalArgumentException("登记库目录不存在：" + registryDir);
        }
        if (!Files.isDirectory(feedsDir)) {
            throw new IllegalArgumentException("部门数据目录不存在：" + feedsDir);
        }
        Path registry = table(registryDir, "persons").orElseThrow(() -> new IllegalArgumentException(
                "登记库目录中没有 persons.csv 或 persons.xlsx：" + registryDir));
        PayrollFiles files = new PayrollFiles(asOf);
        boolean[] incomes = new boolean[1];
        List<PersonRow> persons = files.persons(registry, incomes);
        List<PersonRow> neighbour = table(registryDir, "persons_neighbour")
                .map(f -> files.persons(f, new boolean[1])).orElse(List.of());
        List<PayrollInputs.Death> deaths = table(feedsDir, "deaths").map(f -> files.rows(f,
                List.of("id_number", "death_date"), r -> new PayrollInputs.Death(files.number(r, "id_number"),
                        files.date(r, "death_date"), r.get("source")))).orElse(List.of());
        List<PayrollInputs.StaffTie> staff = table(feedsDir, "staff").map(f -> files.rows(f,
                List.of("relative_id_number", "staff_name"), r -> new PayrollInputs.StaffTie(
                        files.number(r, "relative_id_number"), r.get("staff_name"), r.get("role"),
                        r.get("relation")))).orElse(List.of());
        List<CustodyAgreement> custody = table(feedsDir, "custody").map(f -> files.rows(f,
                CUSTODY_COLUMNS.subList(0, 5), files::custody)).orElse(List.of());
        return new PayrollInputs(persons, neighbour, deaths, staff, custody, incomes[0], files.rejections);
    }

    private List<PersonRow> persons(Path file, boolean[] incomesKnown) {
        List<PersonRow> rows = new ArrayList<>();
        PersonRowParser parser = new PersonRowParser(asOf);
        String name = file.getFileName().toString();
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(List.of(PersonsFile.HOUSEHOLD_ID, PersonsFile.ID_NUMBER, PersonsFile.NAME,
                    PersonsFile.RELATION, PersonsFile.REGION, PersonsFile.AREA, PersonsFile.STATUS));
            incomesKnown[0] = reader.hasColumn(PersonsFile.MONTHLY_INCOME);
            for (TableRow row : reader) {
                PersonRowParser.Result result = parser.parse(row);
                if (result.valid()) {
                    rows.add(result.row());
                } else {
                    rejections.add(new Rejection(name, row.line(), result.problems().stream()
                            .map(RowProblem::message).collect(Collectors.joining("；"))));
                }
            }
        } catch (TableException e) {
            rejections.add(new Rejection(name, e.line(), e.getMessage()));
        }
        return rows;
    }

    /** Rows of a feed; a row whose cells fail ({@link BadCell}) is rejected. */
    private <T> List<T> rows(Path file, List<String> required, Function<TableRow, T> read) {
        List<T> rows = new ArrayList<>();
        String name = file.getFileName().toString();
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(required);
            for (TableRow row : reader) {
                try {
                    rows.add(read.apply(row));
                } catch (BadCell e) {
                    rejections.add(new Rejection(name, row.line(), e.getMessage()));
                }
            }
        } catch (TableException e) {
            rejections.add(new Rejection(name, e.line(), e.getMessage()));
        }
        return rows;
    }

    private CustodyAgreement custody(TableRow r) {
        String expires = r.get("expires_on");
        return new CustodyAgreement(required(r, "agreement_id"), required(r, "household_id"),
                required(r, "custodian_name"), required(r, "account"), date(r, "filed_date"),
                expires.isEmpty() ? null : date(r, "expires_on"));
    }

    private String number(TableRow r, String column) {
        try {
            return IdNumber.parse(required(r, column)).value();
        } catch (InvalidIdNumberException e) {
            throw new BadCell(column + "：" + e.problem().message() + "（" + r.get(column) + "）");
        }
    }

    private LocalDate date(TableRow r, String column) {
        Parsed<LocalDate> parsed = Values.date(r.get(column));
        if (!parsed.isValid()) {
            throw new BadCell(column + "：" + parsed.problem().orElseThrow().reason());
        }
        return parsed.value();
    }

    private static String required(TableRow r, String column) {
        String value = r.get(column);
        if (value.isEmpty()) {
            throw new BadCell(column + "为空");
        }
        return value;
    }

    static Optional<Path> table(Path directory, String baseName) {
        for (String extension : new String[] {".csv", ".xlsx", ".CSV", ".XLSX"}) {
            Path file = directory.resolve(baseName + extension);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static final class BadCell extends RuntimeException {
        BadCell(String message) {
            super(message, null, false, false);
        }
    }
}
