package org.doudi.tabular;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * One data row of a table. Cells are looked up by column name, ignoring case; a column the file does
 * not have, or a cell the row does not reach, reads as {@code ""}. Cells beyond the header are kept
 * (see {@link #cells()}) but have no name.
 */
public final class TableRow {

    private final String fileName;
    private final long line;
    private final Header header;
    private final List<String> cells;
    private final BitSet numeric;

    TableRow(String fileName, long line, Header header, List<String> cells, BitSet numeric) {
        this.fileName = fileName;
        this.line = line;
        this.header = header;
        this.cells = Collections.unmodifiableList(cells);
        this.numeric = numeric;
    }

    /** The file the row came from, for messages. */
    public String fileName() {
        return fileName;
    }

    /** The physical line the row starts on (CSV, header = 1) or its Excel row number. */
    public long line() {
        return line;
    }

    /** The cell, with surrounding white space (including the full-width space) removed. */
    public String get(String column) {
        return raw(column).strip();
    }

    /** The cell exactly as in the file. */
    public String raw(String column) {
        int index = header.indexOf(column);
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /**
     * Whether the cell was a number in the workbook (always false for CSV). An 18-digit ID number or a
     * bank account typed into Excel as a number has lost its last digits: validators say so.
     */
    public boolean isNumeric(String column) {
        int index = header.indexOf(column);
        return numeric != null && index >= 0 && numeric.get(index);
    }

    /** The header names of the file, in file order. */
    public List<String> columns() {
        return header.names();
    }

    /** Every cell of the row as in the file, including any beyond the header (for rejected-row files). */
    public List<String> cells() {
        return cells;
    }

    @Override
    public String toString() {
        return fileName + ":" + line + " " + cells;
    }
}
