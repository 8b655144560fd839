package org.doudi.tabular;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decides the encoding of a CSV file from its first bytes, never by guessing: a UTF-8 byte-order mark
 * means UTF-8; otherwise the sample must decode strictly as UTF-8, or else strictly as GB18030 (which
 * covers GBK and GB2312); otherwise the file is refused. UTF-16 and UTF-32 byte-order marks are refused.
 */
final class EncodingDetector {

    /** How much of the file is examined: enough to contain non-ASCII text in any real table. */
    static final int SAMPLE_SIZE = 1 << 20;

    private static final String RESAVE = "请用Excel或记事本另存为“CSV UTF-8”后重新上传";

    /** The decided encoding, and the content to decode (the byte-order mark removed). */
    record Detected(TableEncoding encoding, InputStream content) {
    }

    private EncodingDetector() {
    }

    /**
     * @param sample the first bytes of the file, at most {@link #SAMPLE_SIZE} of them
     * @param rest   the bytes after the sample
     * @param complete whether the sample is the whole file
     */
    static Detected detect(String fileName, byte[] sample, InputStream rest, boolean complete) {
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return new Detected(TableEncoding.UTF_8_WITH_BOM, join(sample, 3, rest));
        }
        if (startsWith(sample, 0xFE, 0xFF) || startsWith(sample, 0xFF, 0xFE)
                || startsWith(sample, 0x00, 0x00, 0xFE, 0xFF)) {
            throw TableException.ofFile(TableException.Code.FILE_ENCODING_UNSUPPORTED, fileName,
                    "文件是UTF-16（或UTF-32）编码，不受支持，" + RESAVE);
        }
        for (TableEncoding candidate : new TableEncoding[] {TableEncoding.UTF_8, TableEncoding.GB18030}) {
            if (decodesStrictly(sample, candidate.charset(), complete)) {
                return new Detected(candidate, join(sample, 0, rest));
            }
        }
        throw TableException.ofFile(TableException.Code.FILE_ENCODING_UNDECIDABLE, fileName,
                "无法判定文件编码（既不是UTF-8也不是GBK/GB18030），请另存为UTF-8后重新上传");
    }

    /** A decoder that reports, rather than replaces, malformed and unmappable input. */
    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Whether the bytes are valid in the charset. When the sample is cut from a longer file, a character
     * split by the cut is not an error: the decoder simply stops before it.
     */
    static boolean decodesStrictly(byte[] bytes, Charset charset, boolean complete) {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InputStream join(byte[] sample, int from, InputStream rest) {
        return new SequenceInputStream(new ByteArrayInputStream(sample, from, sample.length - from), rest);
    }
}
