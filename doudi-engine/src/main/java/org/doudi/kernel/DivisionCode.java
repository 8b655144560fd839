package org.doudi.kernel;

import java.util.Optional;

/**
 * A division code (区划代码) in its shortest form: 2 digits for a province, 4 a city, 6 a county
 * (GB/T 2260), 9 a township and 12 a village (statistical codes).
 *
 * <p>A group of zeros is a real code in places: 441900 东莞市 and 442000 中山市 are county-level entries
 * under the cities 4419 and 4420, and 350527000 is the township of 金门县. So padded forms are not
 * shortened by guesswork; the one exception {@link #parse} makes is the GB/T 2260 province form
 * {@code 340000} for {@code 34}, which no county code has. Region scopes compare by prefix: a township
 * contains all its villages.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    public DivisionCode {
        if (value == null || !isShortForm(value)) {
            throw new IllegalArgumentException("不是有效的区划代码：" + value);
        }
    }

    /** Parses a code (surrounding blanks ignored); throws {@link IllegalArgumentException} with a Chinese message. */
    public static DivisionCode parse(String raw) {
        return tryParse(raw).orElseThrow(() -> new IllegalArgumentException("不是有效的区划代码：" + raw));
    }

    public static Optional<DivisionCode> tryParse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() == 6 && text.endsWith("0000")) {
            text = text.substring(0, 2);
        }
        return isShortForm(text) ? Optional.of(new DivisionCode(text)) : Optional.empty();
    }

    private static boolean isShortForm(String text) {
        int n = text.length();
        boolean knownLength = n == 2 || n == 4 || n == 6 || n == 9 || n == 12;
        // no province is 00 and no city is 00 (xx00 is the GB/T 2260 way of writing a province)
        if (!knownLength) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.startsWith("00") && (n == 2 || !text.startsWith("00", 2));
    }

    public DivisionLevel level() {
        return DivisionLevel.ofDigits(value.length());
    }

    /** The division one level up, or empty for a province. */
    public Optional<DivisionCode> parent() {
        DivisionLevel level = level();
        if (level == DivisionLevel.PROVINCE) {
            return Optional.empty();
        }
        return Optional.of(new DivisionCode(value.substring(0, DivisionLevel.values()[level.ordinal() - 1].digits())));
    }

    /** The ancestor (or this code itself) at the given level; empty if that level is below this code. */
    public Optional<DivisionCode> at(DivisionLevel level) {
        if (level.digits() > value.length()) {
            return Optional.empty();
        }
        return Optional.of(new DivisionCode(value.substring(0, level.digits())));
    }

    /** Whether the other code is this division or lies inside it. */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(value);
    }

    /** The 12-digit padded form used by some department systems. */
    public String padded12() {
        return (value + "000000000000").substring(0, 12);
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
