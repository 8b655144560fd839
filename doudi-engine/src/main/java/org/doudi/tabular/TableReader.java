package org.doudi.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a table (feed, import, registry export) row by row, whatever its form: CSV in UTF-8 (with or
 * without BOM) or GBK/GB18030, or the first sheet of an .xlsx workbook. The form is decided by content,
 * not by file name; the encoding by {@link EncodingDetector}. Nothing is loaded whole: a 500 MB file
 * streams through.
 *
 * <p>The first non-blank row is the header. Blank rows are skipped, but {@link TableRow#line()} stays the
 * true physical line. Problems with the file as a whole are {@link TableException}s; a reader can be
 * iterated once.
 *
 * <pre>{@code
 * try (TableReader table = TableReader.open(path)) {
 *     table.requireColumns(List.of("id_number", "name", "death_date"));
 *     for (TableRow row : table) { ... row.get("death_date") ... }
 * }
 * }</pre>
 */
public final class TableReader implements Iterable<TableRow>, AutoCloseable {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final String fileName;
    private final TableEncoding encoding;
    private final RowSource source;
    private final Header header;
    private boolean iterated;

    private TableReader(String fileName, TableEncoding encoding, RowSource source) {
        this.fileName = fileName;
        this.encoding = encoding;
        this.source = source;
        this.header = readHeader(fileName, source);
    }

    /** Opens a file; its name (without directories) is used in messages. */
    public static TableReader open(Path file) {
        String fileName = String.valueOf(file.getFileName());
        try {
            if (startsWith(readPrefix(file), ZIP_MAGIC)) {
                return withSource(fileName, TableEncoding.XLSX, () -> new XlsxRowSource(fileName, file, null));
            }
            return open(fileName, Files.newInputStream(file));
        } catch (IOException e) {
            throw new TableException(TableException.Code.FILE_UNREADABLE, fileName, 0, "无法读取文件：" + e, e);
        }
    }

    /**
     * Opens an uploaded stream, which the reader owns and closes. A workbook is copied to a temporary file
     * first (a zip must be read from its end); CSV is streamed.
     */
    public static TableReader open(String fileName, InputStream in) {
        try {
            byte[] sample = in.readNBytes(EncodingDetector.SAMPLE_SIZE);
            if (startsWith(sample, ZIP_MAGIC)) {
                Path copy = copyToTemporaryFile(sample, in);
                in.close();
                return withSource(fileName, TableEncoding.XLSX, () -> new XlsxRowSource(fileName, copy, copy));
            }
            refuseOldExcel(fileName, sample);
            boolean complete = sample.length < EncodingDetector.SAMPLE_SIZE;
            EncodingDetector.Detected detected = EncodingDetector.detect(fileName, sample, in, complete);
            return withSource(fileName, detected.encoding(),
                    () -> new CsvRowSource(fileName, detected.content(), detected.encoding()));
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(in, e);
            if (e instanceof IOException io) {
                throw new TableException(TableException.Code.FILE_UNREADABLE, fileName, 0, "无法读取文件：" + io, io);
            }
            throw (RuntimeException) e;
        }
    }

    private static void closeAfterFailure(InputStream in, Exception failure) {
        try {
            in.close();
        } catch (IOException second) {
            failure.addSuppressed(second);
        }
    }

    /** The file name used in messages. */
    public String fileName() {
        return fileName;
    }

    /** The detected encoding (or {@link TableEncoding#XLSX}), for the import summary. */
    public TableEncoding encoding() {
        return encoding;
    }

    /** The header names, trimmed, in file order. */
    public List<String> columns() {
        return header.names();
    }

    /** Whether the file has the column, ignoring case. */
    public boolean hasColumn(String column) {
        return header.indexOf(column) >= 0;
    }

    /** Throws {@link TableException.Code#COLUMN_MISSING} naming every required column the file lacks. */
    public void requireColumns(List<String> required) {
        List<String> missing = header.missing(required);
        if (!missing.isEmpty()) {
            throw TableException.ofFile(TableException.Code.COLUMN_MISSING, fileName,
                    "缺少必需的列：" + String.join("、", missing)
                            + "（文件中的列：" + String.join("、", header.names()) + "）");
        }
    }

    /** The data rows, blank rows skipped; may be called once. */
    @Override
    public Iterator<TableRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("a TableReader can be iterated only once: " + fileName);
        }
        iterated = true;
        return new Rows();
    }

    /**
     * A data row of this table whose cells were split elsewhere (a reader that splits a plain CSV file into
     * ranges and reads them in parallel), with its physical line.
     */
    public TableRow row(long line, List<String> cells) {
        return new TableRow(fileName, line, header, cells, null);
    }

    /** The data rows as a stream; closing the stream closes the reader. */
    public Stream<TableRow> stream() {
        Spliterator<TableRow> rows = Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
        return StreamSupport.stream(rows, false).onClose(this::close);
    }

    @Override
    public void close() {
        source.close();
    }

    private final class Rows implements Iterator<TableRow> {

        private RowSource.RawRow upcoming = nextNonBlank(source);

        @Override
        public boolean hasNext() {
            return upcoming != null;
        }

        @Override
        public TableRow next() {
            if (upcoming == null) {
                throw new NoSuchElementException();
            }
            RowSource.RawRow row = upcoming;
            upcoming = nextNonBlank(source);
            return new TableRow(fileName, row.line(), header, row.cells(), row.numeric());
        }
    }

    private static Header readHeader(String fileName, RowSource source) {
        RowSource.RawRow first = nextNonBlank(source);
        if (first == null) {
            throw TableException.ofFile(TableException.Code.FILE_EMPTY, fileName, "文件是空的，没有表头行");
        }
        return Header.of(fileName, first.line(), first.cells());
    }

    private static RowSource.RawRow nextNonBlank(RowSource source) {
        RowSource.RawRow row = source.next();
        while (row != null && row.isBlank()) {
            row = source.next();
        }
        return row;
    }

    private interface SourceOpener {
        RowSource open();
    }

    /** Builds the reader, closing the source if the header cannot be read. */
    private static TableReader withSource(String fileName, TableEncoding encoding, SourceOpener opener) {
        RowSource source = opener.open();
        try {
            return new TableReader(fileName, encoding, source);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static void refuseOldExcel(String fileName, byte[] sample) {
        if (startsWith(sample, OLE2_MAGIC)) {
            throw TableException.ofFile(TableException.Code.FILE_FORMAT_UNSUPPORTED, fileName,
                    "这是旧版Excel文件（.xls），请在Excel中另存为.xlsx或CSV UTF-8后重新上传");
        }
    }

    private static byte[] readPrefix(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ZIP_MAGIC.length);
        }
    }

    private static Path copyToTemporaryFile(byte[] sample, InputStream rest) throws IOException {
        Path copy = Files.createTempFile("doudi-upload-", ".xlsx");
        try (var out = Files.newOutputStream(copy)) {
            out.write(sample);
            rest.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
