package org.doudi.registry.imports;

import java.io.OutputStream;
import java.util.List;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableWriter;

/** The error report of an import as a table: line, column, value, code, reason. */
public final class ProblemReports {

    public static final List<String> HEADER = List.of("行号", "列", "值", "错误代码", "原因");

    private ProblemReports() {
    }

    public static void write(List<RowProblem> problems, OutputStream out, boolean xlsx) {
        try (TableWriter writer = xlsx ? TableWriter.xlsx(out, "错误清单") : TableWriter.csv(out)) {
            writer.writeRow(HEADER);
            for (RowProblem p : problems) {
                writer.writeRow(String.valueOf(p.line()), p.column(), p.value(), p.code(), p.message());
            }
        }
    }
}
