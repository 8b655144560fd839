package org.doudi.tabular;

/**
 * One thing wrong with one row of a file: where (line, column), what was there, a stable machine code
 * and a reason in Chinese. Import reports and rejected-row files list these.
 */
public record RowProblem(long line, String column, String value, String code, String message) {

    public static RowProblem of(TableRow row, String column, ValueProblem problem) {
        return new RowProblem(row.line(), column, row.raw(column), problem.code(), problem.reason());
    }

    public static RowProblem of(TableRow row, String column, String code, String message) {
        return new RowProblem(row.line(), column, row.raw(column), code, message);
    }
}
