package org.doudi.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.doudi.tabular.TableEncoding;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;

/**
 * A quick reading of a plain CSV file: UTF-8, no quotes, no carriage returns, the header on line 1. Such a
 * file needs no CSV parser: lines end at LF and cells at commas. Gives the rows {@link TableReader} would give
 * (same cells, same lines, blank rows skipped), or says the file is not plain, after which the caller reads it
 * with the reader as usual (rows already given must then be forgotten). Public for the payroll's reading of the
 * registry ({@code org.doudi.payroll.PayrollFiles}), which cuts and checks the file the same way.
 */
public final class PlainCsv {

    private static final int BLOCK_BYTES = 256 << 10;

    private PlainCsv() {
    }

    /** Whole lines of a plain file after its header: bytes [from, to) of block, the first on line firstLine. */
    public interface Blocks {
        void accept(byte[] block, int from, int to, long firstLine) throws Exception;
    }

    /**
     * Cuts a plain file into blocks of whole lines after its header and gives them in file order; false as soon
     * as the file shows it is not plain (blocks given so far are void).
     */
    public static boolean blocks(Path file, TableReader reader, Blocks blocks) throws Exception {
        TableEncoding encoding = reader.encoding();
        if (encoding != TableEncoding.UTF_8 && encoding != TableEncoding.UTF_8_WITH_BOM) {
            return false;
        }
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] pending = new byte[0];
            long line = 1;
            boolean first = true;
            while (true) {
                byte[] block = new byte[BLOCK_BYTES + pending.length];
                System.arraycopy(pending, 0, block, 0, pending.length);
                int length = pending.length + in.readNBytes(block, pending.length, BLOCK_BYTES);
                boolean end = length < block.length;
                int cut = end ? length : lastLineEnd(block, length);
                if (cut < 0) {
                    return false;
                }
                pending = Arrays.copyOfRange(block, cut, length);
                int newLines = 0;
                for (int i = 0; i < cut; i++) {
                    byte b = block[i];
                    if (b == '\n') {
                        newLines++;
                    } else if (b == '"' || b == '\r') {
                        return false;
                    }
                }
                int from = 0;
                long firstLine = line;
                if (first) {
                    first = false;
                    from = startsWithBom(block, cut) ? 3 : 0;
                    int headerEnd = indexOf(block, from, cut, (byte) '\n');
                    String header = headerEnd < 0 ? "" : decode(block, from, headerEnd);
                    if (blank(split(header, 0, header.length()))) {
                        return false;
                    }
                    from = headerEnd + 1;
                    firstLine = 2;
                }
                line += newLines;
                blocks.accept(block, from, cut, firstLine);
                if (end) {
                    return true;
                }
            }
        }
    }

    /** Gives every data row to {@code rows}; false when the file is not plain (rows given so far are void). */
    static boolean read(Path file, TableReader reader, Consumer<TableRow> rows) {
        try {
            return blocks(file, reader, (block, from, to, firstLine) -> {
                String text = decode(block, from, to);
                long line = firstLine;
                int position = 0;
                int textLength = text.length();
                while (position < textLength) {
                    int lineEnd = text.indexOf('\n', position);
                    if (lineEnd < 0) {
                        lineEnd = textLength;
                    }
                    List<String> cells = split(text, position, lineEnd);
                    if (!blank(cells)) {
                        rows.accept(reader.row(line, cells));
                    }
                    line++;
                    position = lineEnd + 1;
                }
            });
        } catch (IOException e) {
            return false;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows of a block ({@code bytes[from, to)}, whole lines starting at line {@code firstLine}): each non-blank
     * line, split into cells, as the reader's row with its line number.
     */
    public static void rows(TableReader reader, byte[] bytes, int from, int to, long firstLine, Consumer<TableRow> row)
            throws CharacterCodingException {
        String text = decode(bytes, from, to);
        long line = firstLine;
        int position = 0;
        int length = text.length();
        while (position < length) {
            int lineEnd = text.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            List<String> cells = split(text, position, lineEnd);
            if (!blank(cells)) {
                row.accept(reader.row(line, cells));
            }
            line++;
            position = lineEnd + 1;
        }
    }

    /** Strict UTF-8 (a malformed byte is a {@link CharacterCodingException}, not a replacement character). */
    public static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from))
                .toString();
    }

    /** The cells of one unquoted CSV line, empty trailing cells kept (as FastCSV gives them). */
    public static List<String> split(String text, int from, int to) {
        List<String> cells = new ArrayList<>(16);
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                cells.add(text.substring(start, i));
                start = i + 1;
            }
        }
        cells.add(text.substring(start, to));
        return cells;
    }

    public static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static int lastLineEnd(byte[] block, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (block[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    static int indexOf(byte[] bytes, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWithBom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }
}
