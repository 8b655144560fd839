package org.doudi.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes a whole file strictly in the detected encoding, counting physical lines as it goes, so that an
 * invalid byte sequence anywhere (not only in the sample the encoding was decided on) fails the file with
 * the line it is on. Line breaks are counted as CSV counts them: LF, CRLF and a lone CR.
 */
final class StrictDecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final TableEncoding encoding;
    private final String fileName;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean endOfInput;
    private boolean finished;
    private long line = 1;
    private boolean afterCarriageReturn;
    private boolean malformed;
    private TableException pending;

    StrictDecodingReader(String fileName, InputStream in, TableEncoding encoding) {
        this.in = in;
        this.decoder = EncodingDetector.strictDecoder(encoding.charset());
        this.encoding = encoding;
        this.fileName = fileName;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && !finished && !malformed) {
            decodeInto(out);
        }
        int produced = out.position() - offset;
        countLines(buffer, offset, produced);
        if (malformed) {
            pending = invalidBytes();
            if (produced == 0) {
                throw pending;
            }
        }
        return produced == 0 ? -1 : produced;
    }

    private void decodeInto(CharBuffer out) throws IOException {
        CoderResult result = decoder.decode(bytes, out, endOfInput);
        if (result.isError()) {
            malformed = true;
        } else if (result.isUnderflow()) {
            if (endOfInput) {
                decoder.flush(out);
                finished = true;
            } else {
                refill();
            }
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countLines(char[] buffer, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = buffer[i];
            if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
                line++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    private TableException invalidBytes() {
        return TableException.ofLine(TableException.Code.FILE_ENCODING_INVALID, fileName, line,
                "含有不是" + encoding.label() + "编码的字节，文件可能混用了多种编码；"
                        + "请用Excel或记事本另存为“CSV UTF-8”后重新上传");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
