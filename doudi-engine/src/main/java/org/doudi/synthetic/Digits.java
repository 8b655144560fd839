package org.doudi.synthetic;

/** Zero-padded numbers, without the cost of String.format in the inner loop. */
final class Digits {

    private Digits() {
    }

    static String padded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
