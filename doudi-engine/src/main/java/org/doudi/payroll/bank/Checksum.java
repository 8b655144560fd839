package org.doudi.payroll.bank;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bank file's checksum, fed one payment row at a time: SHA-256 over the UTF-8 bytes of the canonical rows
 * {@code reference|account|holder|amount} (amount with exactly two decimals), in file order, joined by
 * {@code \n} (no newline after the last), as 64 lowercase hex digits.
 */
final class Checksum {

    private final MessageDigest digest;
    private boolean first = true;

    Checksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The canonical form of one payment row; {@code amount} is the amount text with two decimals. */
    static String canonicalRow(String reference, String account, String holder, String amount) {
        return reference + "|" + account + "|" + holder + "|" + amount;
    }

    static String amountText(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    void add(String canonicalRow) {
        if (!first) {
            digest.update((byte) '\n');
        }
        first = false;
        digest.update(canonicalRow.getBytes(StandardCharsets.UTF_8));
    }

    /** The hex digest; the checksum cannot be fed afterwards. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
