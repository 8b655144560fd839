package org.doudi.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.doudi.access.AuditLog;
import org.doudi.access.RegionScope;
import org.doudi.registry.PersonRowParser;
import org.doudi.registry.PersonsFile;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a registry file (persons.csv or .xlsx, UTF-8 or GBK) all or nothing:
 * <ol>
 *   <li>every row is parsed and checked on its own and copied into a staging table;</li>
 *   <li>checks across rows and against the register run in SQL;</li>
 *   <li>if anything is wrong, nothing is imported and the report lists every bad row (line, column, value,
 *       reason); otherwise the rows are merged in the same transaction.</li>
 * </ol>
 * Every import is recorded as a batch, refused or not, with its errors.
 */
public class RegistryImport {

    private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ImportBatches batches;
    private final AuditLog audit;
    private final Clock clock;

    public RegistryImport(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
                          ImportBatches batches, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    public ImportReport importFile(Path file, String importer, RegionScope scope) {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(file.getFileName().toString(), in, importer, scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports an uploaded or local file as the given user, within the user's region. */
    public ImportReport importStream(String fileName, InputStream in, String importer, RegionScope scope) {
        MessageDigest sha256 = sha256();
        LocalDate today = LocalDate.now(clock);
        long batchId = batches.start(fileName, importer, scope.code());
        List<RowProblem> problems = new ArrayList<>();
        long[] rowsRead = {0};
        String encoding = null;
        try (TableReader reader = TableReader.open(fileName, new DigestInputStream(in, sha256))) {
            encoding = reader.encoding().label();
            reader.requireColumns(PersonsFile.CONTRACT_COLUMNS);
            Set<String> columns = new HashSet<>(reader.columns().stream().map(String::toLowerCase).toList());
            String reason = "导入文件 " + fileName + "（批次 " + batchId + "）";
            ImportReport.Counts counts = transactions.execute(status -> {
                stageAndCheck(reader, new PersonRowParser(today), scope, problems, rowsRead);
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    return ImportReport.Counts.NONE;
                }
                return new ImportApply(jdbc, importer, reason, today, columns).run();
            });
            problems.sort(Comparator.comparingLong(RowProblem::line));
            ImportOutcome outcome = !problems.isEmpty() ? ImportOutcome.REJECTED
                    : counts.any() ? ImportOutcome.APPLIED : ImportOutcome.UNCHANGED;
            return finish(batchId, fileName, encoding, sha256, outcome, rowsRead[0], problems, counts, null, importer, scope);
        } catch (TableException e) {
            List<RowProblem> fileProblem = List.of(new RowProblem(e.line(), null, null, e.code().name(), e.getMessage()));
            return finish(batchId, fileName, encoding, sha256, ImportOutcome.REJECTED, rowsRead[0], fileProblem,
                    ImportReport.Counts.NONE, e.getMessage(), importer, scope);
        } catch (RuntimeException e) {
            log.error("导入失败：{}", fileName, e);
            return finish(batchId, fileName, encoding, sha256, ImportOutcome.FAILED, rowsRead[0], List.of(),
                    ImportReport.Counts.NONE, "导入中断，未导入任何数据：" + e.getMessage(), importer, scope);
        }
    }

    /** Parses every row into the staging table, then runs the checks across rows; fills {@code problems}. */
    private void stageAndCheck(TableReader reader, PersonRowParser parser, RegionScope scope,
                               List<RowProblem> problems, long[] rowsRead) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StagingTable staging = StagingTable.open(connection);
            try {
                for (TableRow row : reader) {
                    rowsRead[0]++;
                    PersonRowParser.Result result = parser.parse(row);
                    if (result.valid()) {
                        staging.add(result.row());
                    } else {
                        problems.addAll(result.problems());
                    }
                }
            } catch (RuntimeException e) {
                staging.cancel();
                throw e;
            }
            staging.finish(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("暂存导入数据失败：" + e.getMessage(), e);
        }
        problems.addAll(new ImportChecks(jdbc).run(scope));
    }

    private ImportReport finish(long batchId, String fileName, String encoding, MessageDigest sha256,
                                ImportOutcome outcome, long rowsRead, List<RowProblem> problems,
                                ImportReport.Counts counts, String message, String importer, RegionScope scope) {
        transactions.executeWithoutResult(status -> {
            batches.saveProblems(batchId, problems);
            batches.finish(batchId, HexFormat.of().formatHex(sha256.digest()), encoding, outcome, rowsRead,
                    problems.size(), counts, message);
            audit.recordAs(importer, "IMPORT_" + outcome.name(), "IMPORT_BATCH", String.valueOf(batchId),
                    scope.code(), fileName + "，" + rowsRead + "行，错误" + problems.size() + "条");
        });
        log.info("导入批次 {}：{} {}，{} 行，{} 处错误，{}", batchId, fileName, outcome, rowsRead, problems.size(), counts);
        return new ImportReport(batchId, fileName, encoding, outcome, rowsRead, problems.size(), counts, problems, message);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
