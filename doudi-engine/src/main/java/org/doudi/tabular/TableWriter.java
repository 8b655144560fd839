package org.doudi.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a table row by row, streaming: exports, findings, rejected rows, bank files. The first row
 * written is the header. {@code null} cells are written as empty.
 *
 * <p>A writer made on an {@link OutputStream} flushes it on {@link #close()} but leaves it open (the
 * caller owns it); a writer made on a {@link Path} owns and closes its file.
 */
public sealed interface TableWriter extends AutoCloseable permits CsvTableWriter, XlsxTableWriter {

    void writeRow(List<String> cells);

    default void writeRow(String... cells) {
        writeRow(Arrays.asList(cells));
    }

    /** Finishes the file. I/O failures are {@link UncheckedIOException}s. */
    @Override
    void close();

    /** CSV in UTF-8 with a byte-order mark, so that Excel shows Chinese text correctly. */
    /**
     * Starts a new table: in a workbook a new sheet of that name whose first row is its header; in a CSV
     * file an empty line, then the next rows.
     */
    void nextSheet(String name);

    static TableWriter csv(OutputStream out) {
        return csv(out, true);
    }

    /** CSV in UTF-8, {@code \n} line ends, quoting only where RFC 4180 needs it; byte-identical for identical rows. */
    static TableWriter csv(OutputStream out, boolean byteOrderMark) {
        return new CsvTableWriter(out, byteOrderMark, false);
    }

    /** CSV with a byte-order mark into a new or truncated file. */
    static TableWriter csv(Path file) {
        return new CsvTableWriter(newFile(file), true, true);
    }

    /**
     * An .xlsx workbook: bold frozen header, every cell text (ID numbers and bank accounts never become
     * numbers), and a new sheet ({@code name (2)}, ...) with the header repeated every 1,048,575 data rows.
     */
    static TableWriter xlsx(OutputStream out, String sheetName) {
        return new XlsxTableWriter(out, sheetName, false);
    }

    static TableWriter xlsx(Path file, String sheetName) {
        return new XlsxTableWriter(newFile(file), sheetName, true);
    }

    /** By extension: {@code .xlsx} gives a workbook whose sheet is named after the file, anything else CSV. */
    static TableWriter open(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return xlsx(file, name.substring(0, name.length() - ".xlsx".length()));
        }
        return csv(file);
    }

    private static OutputStream newFile(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
