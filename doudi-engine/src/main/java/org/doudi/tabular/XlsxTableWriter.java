package org.doudi.tabular;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An .xlsx workbook via fastexcel, streamed: rows are flushed to the file as they go. Every cell is an
 * inline string in the text format {@code @}, so an ID number or bank account stays exactly as written,
 * also when someone edits it in Excel. Column widths follow the header and the first rows.
 */
final class XlsxTableWriter implements TableWriter {

    /** Excel's 1,048,576 rows per sheet, less the header. */
    static final int MAX_DATA_ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;
    private static final int ROWS_MEASURED = 200;
    private static final int ROWS_PER_FLUSH = 1000;
    private static final String TEXT = "@";

    private final OutputStream out;
    private final boolean ownsStream;
    private final Workbook workbook;
    private String sheetName;
    private final int maxDataRowsPerSheet;
    private ColumnWidths widths = new ColumnWidths();
    private List<String> header;
    private Worksheet sheet;
    private int sheetCount;
    private int nextRow;
    private boolean laidOut;

    XlsxTableWriter(OutputStream out, String sheetName, boolean ownsStream) {
        this(out, sheetName, ownsStream, MAX_DATA_ROWS_PER_SHEET);
    }

    /** With a smaller sheet size, so that rolling over to a new sheet can be tested quickly. */
    XlsxTableWriter(OutputStream out, String sheetName, boolean ownsStream, int maxDataRowsPerSheet) {
        this.maxDataRowsPerSheet = maxDataRowsPerSheet;
        this.out = out;
        this.ownsStream = ownsStream;
        this.sheetName = SheetNames.clean(sheetName);
        this.workbook = new Workbook(out, "Doudi", "1.0");
    }

    @Override
    public void writeRow(List<String> cells) {
        List<String> values = XlsxText.cleanAll(cells);
        if (header == null) {
            header = values;
            startSheet();
            return;
        }
        if (nextRow > maxDataRowsPerSheet) {
            finishSheet();
            startSheet();
        }
        writeCells(nextRow++, values);
        if (!laidOut) {
            widths.measure(values);
        }
        flushWhenDue();
    }

    /** Ends the current sheet; the next row written is the header of a new sheet of this name. */
    @Override
    public void nextSheet(String name) {
        if (sheet != null) {
            finishSheet();
        }
        sheet = null;
        header = null;
        sheetName = SheetNames.clean(name);
        sheetCount = 0;
        widths = new ColumnWidths();
    }

    private void startSheet() {
        sheetCount++;
        sheet = workbook.newWorksheet(SheetNames.numbered(sheetName, sheetCount));
        writeCells(0, header);
        sheet.range(0, 0, 0, Math.max(header.size(), 1) - 1).style().bold().format(TEXT).set();
        widths.measure(header);
        nextRow = 1;
        laidOut = false;
        if (sheetCount > 1) {
            layOut();
        }
    }

    private void writeCells(int row, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            String value = values.get(column);
            if (!value.isEmpty()) {
                sheet.inlineString(row, column, value);
            }
        }
        if (row > 0 && !values.isEmpty()) {
            sheet.range(row, 0, row, values.size() - 1).style().format(TEXT).set();
        }
    }

    private void flushWhenDue() {
        if (!laidOut && nextRow > ROWS_MEASURED) {
            layOut();
        } else if (laidOut && nextRow % ROWS_PER_FLUSH == 0) {
            flush();
        }
    }

    /** Widths, column formats and the frozen header go at the top of the sheet: set before the first flush. */
    private void layOut() {
        for (int column = 0; column < widths.count(); column++) {
            sheet.width(column, widths.of(column));
            sheet.style(column).format(TEXT).set();
        }
        sheet.freezePane(0, 1);
        laidOut = true;
        flush();
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishSheet() {
        if (!laidOut) {
            layOut();
        }
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (sheet == null) {
                sheet = workbook.newWorksheet(sheetName);
                laidOut = true;
            }
            finishSheet();
            workbook.finish();
            if (ownsStream) {
                out.close();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Display widths in Excel character units: CJK characters count double; 8 to 60 wide. */
    private static final class ColumnWidths {

        private final List<Double> widths = new ArrayList<>();

        void measure(List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                double width = Math.min(60, Math.max(8, displayWidth(values.get(i)) + 2));
                if (i >= widths.size()) {
                    widths.add(width);
                } else {
                    widths.set(i, Math.max(widths.get(i), width));
                }
            }
        }

        int count() {
            return widths.size();
        }

        double of(int column) {
            return widths.get(column);
        }

        private static int displayWidth(String value) {
            return value.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        }
    }
}
