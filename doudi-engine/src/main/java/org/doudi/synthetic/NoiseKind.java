package org.doudi.synthetic;

/** The kinds of importer noise listed in {@code noise.csv}. */
public enum NoiseKind {
    /** An exact copy of the row before it in the file (the note names the line it copies). */
    DUPLICATE_ROW,
    /** A copy of an earlier row whose ID number has a wrong check character. */
    BAD_CHECKSUM,
    /** A copy of an earlier row whose date is not a date. */
    BAD_DATE,
    /** A row whose ID number is an old, valid 15-digit number of the same person. */
    OLD_15_DIGIT_ID,
    /** A whole file written in GB18030 (GBK) instead of UTF-8. */
    GB18030_FILE
}
