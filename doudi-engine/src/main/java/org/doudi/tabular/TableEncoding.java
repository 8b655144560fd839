package org.doudi.tabular;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** What a file turned out to be, as shown in import summaries. */
public enum TableEncoding {
    UTF_8("UTF-8", StandardCharsets.UTF_8),
    UTF_8_WITH_BOM("UTF-8（带BOM）", StandardCharsets.UTF_8),
    /** GB18030 is a superset of GBK and GB2312; a GBK file decodes the same way. */
    GB18030("GBK/GB18030", Charset.forName("GB18030")),
    /** An Excel workbook: its XML parts carry their own encoding. */
    XLSX("Excel工作簿（.xlsx）", StandardCharsets.UTF_8);

    private final String label;
    private final Charset charset;

    TableEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    /** The name people read, e.g. {@code GBK/GB18030}. */
    public String label() {
        return label;
    }

    Charset charset() {
        return charset;
    }
}
