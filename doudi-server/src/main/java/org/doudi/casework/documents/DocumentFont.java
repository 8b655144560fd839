package org.doudi.casework.documents;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The one CJK font of the printed documents, shipped in {@code fonts/} so a machine without system fonts prints
 * Chinese. The resource is a TrueType collection, which the PDF renderer cannot read; the regular face is taken
 * out of it once, on first use, as the bytes of a plain TrueType font. Those bytes are shared by every rendering
 * (each parses its own copy, so no font object is shared between threads).
 */
final class DocumentFont {

    /** The family the templates name last in their font-family lists, after the fonts a browser may have. */
    static final String FAMILY = "WenQuanYi Micro Hei";

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final String FACE = "WenQuanYiMicroHei";

    private volatile byte[] trueType;

    byte[] trueType() {
        byte[] bytes = trueType;
        if (bytes == null) {
            synchronized (this) {
                bytes = trueType;
                if (bytes == null) {
                    bytes = extract();
                    trueType = bytes;
                }
            }
        }
        return bytes;
    }

    private static byte[] extract() {
        try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + RESOURCE);
            }
            try (TrueTypeCollection collection = new TrueTypeCollection(in)) {
                TrueTypeFont face = collection.getFontByName(FACE);
                if (face == null) {
                    throw new IllegalStateException("no face " + FACE + " in " + RESOURCE);
                }
                return standalone(face);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Writes the face's tables as one sfnt file: offset table, table directory, then the tables 4-byte aligned. */
    private static byte[] standalone(TrueTypeFont face) throws IOException {
        List<TTFTable> tables = new ArrayList<>(face.getTableMap().values());
        tables.sort(Comparator.comparing(TTFTable::getTag));
        List<byte[]> data = new ArrayList<>();
        for (TTFTable table : tables) {
            data.add(face.getTableBytes(table));
        }
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00010000);
        out.writeShort(count);
        out.writeShort(power * 16);
        out.writeShort(Integer.numberOfTrailingZeros(power));
        out.writeShort(count * 16 - power * 16);
        long offset = 12L + 16L * count;
        for (int i = 0; i < count; i++) {
            out.writeBytes(tables.get(i).getTag());
            out.writeInt((int) tables.get(i).getCheckSum());
            out.writeInt((int) offset);
            out.writeInt(data.get(i).length);
            offset += padded(data.get(i).length);
        }
        for (byte[] table : data) {
            out.write(table);
            out.write(new byte[padded(table.length) - table.length]);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
