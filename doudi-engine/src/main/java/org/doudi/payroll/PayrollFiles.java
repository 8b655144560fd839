package org.doudi.payroll;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.doudi.monitoring.PlainCsv;
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
 * or {@code .xlsx}, UTF-8 or GBK. A row that cannot be read is rejected with its reason and the run goes on. A
 * plain UTF-8 registry file is read in blocks on all cores; of each registry row only what the payroll uses is kept.
 */
public final class PayrollFiles {

    /** The custody feed's columns ({@code expires_on} may be empty: open-ended). */
    public static final List<String> CUSTODY_COLUMNS = List.of("agreement_id", "household_id", "custodian_name",
            "account", "filed_date", "expires_on");

    private static final List<String> REQUIRED = List.of(PersonsFile.HOUSEHOLD_ID, PersonsFile.ID_NUMBER,
            PersonsFile.NAME, PersonsFile.RELATION, PersonsFile.REGION, PersonsFile.AREA, PersonsFile.STATUS);
    private static final int IN_FLIGHT_BLOCKS = 16;

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
        String name = file.getFileName().toString();
        PersonRowParser parser = new PersonRowParser(asOf);
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(REQUIRED);
            incomesKnown[0] = reader.hasColumn(PersonsFile.MONTHLY_INCOME);
            Block whole = inBlocks(file, reader, parser, name);
            if (whole != null) {
                rejections.addAll(whole.rejections());
                return whole.rows();
            }
        } catch (TableException e) {
            rejections.add(new Rejection(name, e.line(), e.getMessage()));
            return new ArrayList<>();
        }
        List<PersonRow> rows = new ArrayList<>();
        Slimmer slimmer = new Slimmer();
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(REQUIRED);
            for (TableRow row : reader) {
                parse(parser, slimmer, row, name, rows, rejections);
            }
        } catch (TableException e) {
            rejections.add(new Rejection(name, e.line(), e.getMessage()));
        }
        return rows;
    }

    /** Rows kept and rows rejected, in file order. */
    private record Block(List<PersonRow> rows, List<Rejection> rejections) {
    }

    /**
     * A plain UTF-8 file ({@link PlainCsv}) cut into blocks of whole lines, each split and checked on its own
     * thread, the results joined in file order: the same rows and rejections as the reading row by row, or null
     * when the file is not plain (then it is read row by row, which reports any problem with the file).
     */
    private static Block inBlocks(Path file, TableReader reader, PersonRowParser parser, String name) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "doudi-payroll-read");
            thread.setDaemon(true);
            return thread;
        });
        Block whole = new Block(new ArrayList<>(), new ArrayList<>());
        try {
            Deque<Future<Block>> inFlight = new ArrayDeque<>();
            boolean plain = PlainCsv.blocks(file, reader, (block, from, to, firstLine) -> {
                inFlight.add(workers.submit(() -> parseBlock(reader, parser, name, block, from, to, firstLine)));
                while (inFlight.size() > IN_FLIGHT_BLOCKS) {
                    join(whole, inFlight.poll().get());
                }
            });
            if (!plain) {
                return null;
            }
            while (!inFlight.isEmpty()) {
                join(whole, inFlight.poll().get());
            }
            return whole;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return null;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取登记库被中断", e);
        } catch (Exception e) {
            return null;
        } finally {
            workers.shutdownNow();
        }
    }

    private static void join(Block whole, Block part) {
        whole.rows().addAll(part.rows());
        whole.rejections().addAll(part.rejections());
    }

    private static Block parseBlock(TableReader reader, PersonRowParser parser, String name, byte[] block, int from,
                                    int to, long firstLine) throws CharacterCodingException {
        Block part = new Block(new ArrayList<>(), new ArrayList<>());
        Slimmer slimmer = new Slimmer();
        PlainCsv.rows(reader, block, from, to, firstLine,
                row -> parse(parser, slimmer, row, name, part.rows(), part.rejections()));
        return part;
    }

    private static void parse(PersonRowParser parser, Slimmer slimmer, TableRow row, String name, List<PersonRow> rows,
                              List<Rejection> rejected) {
        PersonRowParser.Result result = parser.parse(row);
        if (result.valid()) {
            rows.add(slimmer.slim(result.row()));
        } else {
            rejected.add(new Rejection(name, row.line(), result.problems().stream()
                    .map(RowProblem::message).collect(Collectors.joining("；"))));
        }
    }

    /**
     * Keeps of a valid row what the payroll reads: phone, address, habitual residence, the certificate's date,
     * work capacity and employment are checked by the parser but not kept, and values repeated from the previous
     * row (household number, region, amount, enrolment date) or equal to the name (account holder) share one
     * instance. Millions of rows then fit in memory.
     */
    private static final class Slimmer {

        private final Map<String, String> regions = new HashMap<>();
        private PersonRow previous;

        PersonRow slim(PersonRow r) {
            PersonRow p = previous;
            String household = p != null && p.householdNo().equals(r.householdNo()) ? p.householdNo() : r.householdNo();
            String region = regions.computeIfAbsent(r.region(), k -> k);
            BigDecimal amount = p != null && p.monthlyAmount().equals(r.monthlyAmount()) ? p.monthlyAmount()
                    : r.monthlyAmount();
            LocalDate enrolled = p != null && r.enrolledSince() != null && r.enrolledSince().equals(p.enrolledSince())
                    ? p.enrolledSince() : r.enrolledSince();
            String holder = r.name().equals(r.accountHolder()) ? r.name() : r.accountHolder();
            PersonRow slim = new PersonRow(r.line(), household, r.idNumber(), r.name(), r.relation(), region, r.area(),
                    r.programme(), r.status(), amount, enrolled, r.bankAccount(), holder, r.disabilityKind(),
                    r.disabilityGrade(), r.staffRelative(), null, null, null, null, null, r.seriousIllness(), null,
                    r.selfCare(), r.schooling(), null, r.monthlyIncome());
            previous = slim;
            return slim;
        }
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
