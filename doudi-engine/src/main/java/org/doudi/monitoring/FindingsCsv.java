package org.doudi.monitoring;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.doudi.tabular.TableWriter;

/** Writes findings.csv and rejected.csv with {@link TableWriter}: UTF-8 with a byte-order mark, "\n" line ends. */
final class FindingsCsv {

    /** The contract's columns of findings.csv, then {@code low_confidence} ({@code Y} or empty). */
    static final List<String> COLUMNS = List.of("rule", "severity", "household_id", "id_number", "name", "region",
            "evidence", "recommendation", "low_confidence");

    private FindingsCsv() {
    }

    static void write(List<Finding> findings, OutputStream out) {
        try (TableWriter writer = TableWriter.csv(out)) {
            writer.writeRow(COLUMNS);
            for (Finding f : findings) {
                writer.writeRow(f.rule(), f.severity().name(), f.householdId(), f.idNumber(), f.name(), f.region(),
                        f.evidence(), f.recommendation(), f.lowConfidence() ? "Y" : "");
            }
        }
    }

    static void writeRejections(List<Rejection> rejections, Path file) {
        try (TableWriter writer = TableWriter.csv(file)) {
            writer.writeRow("file", "line", "reason");
            for (Rejection r : rejections) {
                writer.writeRow(r.file(), Long.toString(r.line()), r.reason());
            }
        }
    }
}
