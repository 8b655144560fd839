package org.doudi.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The open output files: writes each unit's text in unit order, replacing ID placeholders with the
 * assigned numbers, counts rows, and lists the unit's noise in {@code noise.csv} with its final line
 * numbers (the header is line 1).
 */
final class OutputFiles implements Closeable {

    private static final String MARK = String.valueOf(UnitOutput.MARK);

    private final Map<OutputFile, Writer> writers = new EnumMap<>(OutputFile.class);
    private final long[] rows = new long[OutputFile.values().length];
    private final char[] buffer = new char[8192];

    OutputFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (OutputFile file : OutputFile.values()) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(directory.resolve(file.fileName())), file.charset()), 1 << 16);
            writer.write(Csv.headerLine(file.columns()));
            writers.put(file, writer);
        }
        noiseRow(OutputFile.DISABILITY.fileName(), "", NoiseKind.GB18030_FILE, "整个文件为 GB18030 (GBK) 编码，不是 UTF-8");
    }

    void write(UnitOutput unit, String[] first17) throws IOException {
        for (UnitOutput.NoiseEntry entry : unit.noise()) {
            long base = rows[entry.file().ordinal()];
            String note = entry.copyOf() < 0 ? entry.note()
                    : noteFor(entry, base + entry.copyOf() + 2);
            noiseRow(entry.file().fileName(), Long.toString(base + entry.row() + 2), entry.kind(), note);
        }
        for (OutputFile file : OutputFile.values()) {
            StringBuilder text = unit.text(file);
            if (text != null) {
                copy(text, writers.get(file), first17);
                rows[file.ordinal()] += unit.rows(file);
            }
        }
    }

    private static String noteFor(UnitOutput.NoiseEntry entry, long copiedLine) {
        return switch (entry.kind()) {
            case DUPLICATE_ROW -> "与第 " + copiedLine + " 行完全相同 (exact copy of line " + copiedLine + ")";
            case BAD_CHECKSUM -> "第 " + copiedLine + " 行的身份证号校验位错误 (line " + copiedLine + " with a wrong check character)";
            default -> "第 " + copiedLine + " 行的日期改为 " + entry.note() + " (line " + copiedLine + " with an impossible date)";
        };
    }

    private void noiseRow(String file, String line, NoiseKind kind, String note) throws IOException {
        StringBuilder row = new StringBuilder();
        Csv.appendField(row, file);
        row.append(',');
        Csv.appendField(row, line);
        row.append(',').append(kind.name()).append(',');
        Csv.appendField(row, note);
        writers.get(OutputFile.NOISE).write(row.append('\n').toString());
        rows[OutputFile.NOISE.ordinal()]++;
    }

    /** Copies text to the writer, writing each placeholder as the number it stands for. */
    private void copy(StringBuilder text, Writer writer, String[] first17) throws IOException {
        int length = text.length();
        int from = 0;
        while (from < length) {
            int mark = text.indexOf(MARK, from);
            int end = mark < 0 ? length : mark;
            while (from < end) {
                int chunk = Math.min(buffer.length, end - from);
                text.getChars(from, from + chunk, buffer, 0);
                writer.write(buffer, 0, chunk);
                from += chunk;
            }
            if (mark >= 0) {
                int slot = UnitOutput.slotOf(text.charAt(mark + 1));
                writer.write(IdNumberAssigner.render(first17[slot], text.charAt(mark + 2)));
                from = mark + 3;
            }
        }
    }

    /** Data rows written so far (the header not counted). */
    long rows(OutputFile file) {
        return rows[file.ordinal()];
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Writer writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
