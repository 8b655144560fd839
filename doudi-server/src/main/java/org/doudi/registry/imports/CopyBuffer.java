package org.doudi.registry.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/** Rows for PostgreSQL {@code COPY ... FROM STDIN} in text format, sent in blocks of about 1 MiB. */
final class CopyBuffer {

    private static final int BLOCK = 1 << 20;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);
    private boolean firstField = true;

    CopyBuffer(CopyIn copy) {
        this.copy = copy;
    }

    CopyBuffer field(Object value) {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    void endRow() {
        buffer.append('\n');
        firstField = true;
        if (buffer.length() >= BLOCK) {
            flush();
        }
    }

    void finish() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Abandons the COPY (after a failure while rows were being sent), so the connection can roll back. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
