package org.doudi.tabular;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for reading tables from bytes in tests. */
final class Tables {

    static final Charset GB18030 = Charset.forName("GB18030");

    private Tables() {
    }

    static TableReader open(String fileName, byte[] bytes) {
        return TableReader.open(fileName, new ByteArrayInputStream(bytes));
    }

    static List<TableRow> readAll(String fileName, byte[] bytes) {
        try (TableReader reader = open(fileName, bytes)) {
            List<TableRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            return rows;
        }
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
