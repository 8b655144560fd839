package org.doudi.tabular;

import java.util.BitSet;
import java.util.List;

/** The physical rows of one file, CSV or workbook, before the header gives them names. */
interface RowSource extends AutoCloseable {

    /** The next row, blank or not, or {@code null} at the end. Throws {@link TableException}. */
    RawRow next();

    @Override
    void close();

    /** One physical row: its line (CSV) or row number (Excel), its cells as text, which cells were numeric. */
    record RawRow(long line, List<String> cells, BitSet numeric) {

        boolean isBlank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
