package org.doudi.registry.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doudi.access.RegionScope;
import org.doudi.tabular.RowProblem;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record of every import: who sent which file, what it did, and every row it refused. */
public class ImportBatches {

    /** A batch as listed. */
    public record Batch(long id, String fileName, String sha256, String format, String encoding, String importedBy,
                        String regionCode, Instant startedAt, Instant finishedAt, String outcome, long rowsRead,
                        long errorCount, int householdsCreated, int householdsChanged, int personsCreated,
                        int personsChanged, int membersAdded, int membersEnded, int relationsChanged,
                        int statusesChanged, String message) {

        public ImportReport.Counts counts() {
            return new ImportReport.Counts(householdsCreated, householdsChanged, personsCreated, personsChanged,
                    membersAdded, membersEnded, relationsChanged, statusesChanged);
        }
    }

    private final JdbcClient jdbc;

    public ImportBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a batch, marked FAILED until {@link #finish} says otherwise (a crash leaves it so). */
    long start(String fileName, String importedBy, String regionCode) {
        return jdbc.sql("""
                INSERT INTO import_batch (file_name, sha256, format, imported_by, region_code, outcome)
                VALUES (?, '', ?, ?, ?, 'FAILED') RETURNING id
                """).params(fileName, formatOf(fileName), importedBy, regionCode).query(Long.class).single();
    }

    private static String formatOf(String fileName) {
        return fileName.toLowerCase().endsWith(".xlsx") ? "XLSX" : "CSV";
    }

    void finish(long id, String sha256, String encoding, ImportOutcome outcome, long rowsRead, long errorCount,
                ImportReport.Counts counts, String message) {
        jdbc.sql("""
                UPDATE import_batch SET sha256 = ?, encoding = ?, outcome = ?, finished_at = now(), rows_read = ?,
                       error_count = ?,
                       households_created = ?, households_changed = ?, persons_created = ?, persons_changed = ?,
                       members_added = ?, members_ended = ?, relations_changed = ?, statuses_changed = ?, message = ?
                 WHERE id = ?
                """).params(sha256, encoding, outcome.name(), rowsRead, errorCount, counts.householdsCreated(), counts.householdsChanged(),
                        counts.personsCreated(), counts.personsChanged(), counts.membersAdded(), counts.membersEnded(),
                        counts.relationsChanged(), counts.statusesChanged(), message, id)
                .update();
    }

    void saveProblems(long batchId, List<RowProblem> problems) {
        for (int from = 0; from < problems.size(); from += 1000) {
            List<RowProblem> chunk = problems.subList(from, Math.min(problems.size(), from + 1000));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO import_error (batch_id, line, column_name, value, code, message) VALUES ");
            List<Object> params = new java.util.ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                RowProblem p = chunk.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
                params.addAll(java.util.Arrays.asList(batchId, p.line(), p.column(), p.value(), p.code(), p.message()));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** Batches of importers inside the scope, newest first. */
    public List<Batch> recent(RegionScope scope, int limit) {
        return jdbc.sql("SELECT * FROM import_batch WHERE region_code LIKE ? ORDER BY id DESC LIMIT ?")
                .params(scope.likePattern(), limit).query(Batch.class).list();
    }

    public Optional<Batch> find(long id, RegionScope scope) {
        return jdbc.sql("SELECT * FROM import_batch WHERE id = ? AND region_code LIKE ?")
                .params(id, scope.likePattern()).query(Batch.class).optional();
    }

    public List<RowProblem> problems(long batchId, int limit) {
        return jdbc.sql("""
                SELECT line, column_name, value, code, message FROM import_error
                 WHERE batch_id = ? ORDER BY line, column_name LIMIT ?
                """).params(batchId, limit)
                .query((rs, n) -> new RowProblem(rs.getLong("line"), rs.getString("column_name"), rs.getString("value"),
                        rs.getString("code"), rs.getString("message")))
                .list();
    }
}
