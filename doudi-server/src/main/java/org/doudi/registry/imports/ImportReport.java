package org.doudi.registry.imports;

import java.util.List;
import org.doudi.tabular.RowProblem;

/**
 * What an import did, or why it did nothing. {@code problems} holds the rows refused (all of them for a
 * report built right after the import; a page shows the first ones and offers the full list to download).
 */
public record ImportReport(
        long batchId,
        String fileName,
        String encoding,
        ImportOutcome outcome,
        long rowsRead,
        long errorCount,
        Counts counts,
        List<RowProblem> problems,
        String message) {

    /** What changed in the register. */
    public record Counts(int householdsCreated, int householdsChanged, int personsCreated, int personsChanged,
                         int membersAdded, int membersEnded, int relationsChanged, int statusesChanged) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

        public boolean any() {
            return householdsCreated + householdsChanged + personsCreated + personsChanged + membersAdded
                    + membersEnded + relationsChanged + statusesChanged > 0;
        }
    }
}
