package org.doudi.tabular;

/**
 * A file that cannot be read as a table at all: wrong encoding, broken CSV quoting, an unreadable
 * workbook, missing or duplicated columns. Row-level problems are never thrown: they are
 * {@link ValueProblem}s that the caller writes to its rejected rows.
 *
 * <p>{@link #getMessage()} is written for the person who uploaded the file (Chinese, naming the file and,
 * where known, the line); {@link #code()} is stable for machines.
 */
public final class TableException extends RuntimeException {

    /** Stable machine codes. */
    public enum Code {
        /** The bytes are neither UTF-8 nor GBK/GB18030. */
        FILE_ENCODING_UNDECIDABLE,
        /** The encoding was decided, but a later line holds bytes that are not valid in it. */
        FILE_ENCODING_INVALID,
        /** A UTF-16 or UTF-32 byte-order mark: not a supported encoding. */
        FILE_ENCODING_UNSUPPORTED,
        /** An old binary Excel workbook (.xls). */
        FILE_FORMAT_UNSUPPORTED,
        /** No header row. */
        FILE_EMPTY,
        /** The file could not be read (I/O error, damaged workbook). */
        FILE_UNREADABLE,
        /** CSV that cannot be parsed, such as a quote that is never closed. */
        CSV_MALFORMED,
        COLUMN_MISSING,
        COLUMN_DUPLICATED
    }

    private static final long serialVersionUID = 1L;

    private final Code code;
    private final String fileName;
    private final long line;

    TableException(Code code, String fileName, long line, String message, Throwable cause) {
        super(prefix(fileName, line) + message, cause);
        this.code = code;
        this.fileName = fileName;
        this.line = line;
    }

    static TableException ofFile(Code code, String fileName, String message) {
        return new TableException(code, fileName, 0, message, null);
    }

    static TableException ofLine(Code code, String fileName, long line, String message) {
        return new TableException(code, fileName, line, message, null);
    }

    public Code code() {
        return code;
    }

    public String fileName() {
        return fileName;
    }

    /** The physical line (CSV) or Excel row number the problem was found at, or 0 for the whole file. */
    public long line() {
        return line;
    }

    private static String prefix(String fileName, long line) {
        String where = line > 0 ? "第" + line + "行" : "";
        return "文件“" + fileName + "”" + where + "：";
    }
}
