package org.doudi.tabular;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV in UTF-8 via FastCSV: quotes only around fields with a comma, quote or line break. */
final class CsvTableWriter implements TableWriter {

    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvWriter csv;

    CsvTableWriter(OutputStream out, boolean byteOrderMark, boolean ownsStream) {
        OutputStream target = ownsStream ? out : new KeepOpen(out);
        try {
            if (byteOrderMark) {
                target.write(UTF_8_BOM);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = CsvWriter.builder()
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.LF)
                .build(new OutputStreamWriter(target, StandardCharsets.UTF_8));
    }

    @Override
    public void writeRow(List<String> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (String cell : cells) {
            values.add(cell == null ? "" : cell);
        }
        csv.writeRecord(values);
    }

    /** An empty line between tables. */
    @Override
    public void nextSheet(String name) {
        csv.writeRecord(List.of());
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the writer close its encoder without closing a stream that belongs to the caller. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
