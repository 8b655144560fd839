package org.doudi.monitoring;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes findings.csv and rejected.csv: UTF-8 with a byte-order mark, RFC 4180 quoting, "\n" line ends. */
final class FindingsCsv {

    static final List<String> COLUMNS = List.of("rule", "severity", "household_id", "id_number", "name", "region",
            "evidence", "recommendation", "low_confidence");

    private FindingsCsv() {
    }

    static void write(List<Finding> findings, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        line(writer, COLUMNS);
        for (Finding f : findings) {
            line(writer, List.of(f.rule(), f.severity().name(), f.householdId(), f.idNumber(),
                    f.name() == null ? "" : f.name(), f.region() == null ? "" : f.region(), f.evidence(),
                    f.recommendation(), f.lowConfidence() ? "Y" : ""));
        }
        writer.flush();
    }

    static void writeRejections(List<Rejection> rejections, Path file) {
        try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            line(writer, List.of("file", "line", "reason"));
            for (Rejection r : rejections) {
                line(writer, List.of(r.file(), Long.toString(r.line()), r.reason()));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(field.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(field);
            }
        }
        writer.write('\n');
    }
}
