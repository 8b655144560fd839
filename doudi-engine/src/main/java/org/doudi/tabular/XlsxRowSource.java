package org.doudi.tabular;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of the first sheet of an .xlsx workbook, streamed from the file (never loaded whole); the row
 * number is Excel's. A workbook received as a stream is first copied to a temporary file, deleted on close.
 */
final class XlsxRowSource implements RowSource {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, true);

    private final String fileName;
    private final Path temporaryCopy;
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    XlsxRowSource(String fileName, Path file, Path temporaryCopy) {
        this.fileName = fileName;
        this.temporaryCopy = temporaryCopy;
        ReadableWorkbook opened = null;
        try {
            opened = new ReadableWorkbook(file.toFile(), WITH_FORMATS);
            this.workbook = opened;
            this.rows = opened.getFirstSheet().openStream();
            this.iterator = rows.iterator();
        } catch (IOException | RuntimeException e) {
            closeQuietly(opened);
            deleteTemporaryCopy();
            throw unreadable(e);
        }
    }

    @Override
    public RawRow next() {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            return toRawRow(iterator.next());
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static RawRow toRawRow(Row row) {
        int count = row.getCellCount();
        List<String> cells = new ArrayList<>(count);
        BitSet numeric = new BitSet(count);
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            cells.add(XlsxCells.text(cell));
            numeric.set(i, XlsxCells.isNumeric(cell));
        }
        return new RawRow(row.getRowNum(), cells, numeric);
    }

    private TableException unreadable(Exception e) {
        return new TableException(TableException.Code.FILE_UNREADABLE, fileName, 0,
                "无法读取Excel文件，文件可能已损坏或不是.xlsx格式（" + e.getMessage() + "）", e);
    }

    @Override
    public void close() {
        try {
            rows.close();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTemporaryCopy();
        }
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook == null) {
            return;
        }
        try {
            workbook.close();
        } catch (IOException ignored) {
            // already failing with the original cause
        }
    }

    private void deleteTemporaryCopy() {
        if (temporaryCopy == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporaryCopy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
