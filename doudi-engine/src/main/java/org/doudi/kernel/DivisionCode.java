package org.doudi.kernel;

import java.util.Optional;

/**
 * A division code (区划代码) in its shortest form: 2 digits for a province, 4 a city, 6 a county
 * (GB/T 2260), 9 a township and 12 a village (statistical codes).
 *
 * <p>{@link #parse} also accepts the padded forms in common use: {@code 340000} for province 34,
 * {@code 340800} for city 3408, {@code 340827000000} for county 340827, {@code 340827100000} for township
 * 340827100. Region scopes compare by prefix: a township contains all its villages.
 *
 * <p>A few cities have no county level: the townships of 东莞 (4419), 中山 (4420) and 儋州 (4604) carry
 * {@code 00} in the county digits (441900003 东城街道), so their parent is the city.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    public DivisionCode {
        if (value == null || !isShortForm(value)) {
            throw new IllegalArgumentException("不是有效的区划代码：" + value);
        }
    }

    /** Parses a code in short or padded form; throws {@link IllegalArgumentException} with a Chinese message. */
    public static DivisionCode parse(String raw) {
        return tryParse(raw).orElseThrow(() -> new IllegalArgumentException("不是有效的区划代码：" + raw));
    }

    public static Optional<DivisionCode> tryParse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (text.length() == 12) {
            text = trimZeros(text, 2, 4, 6, 9);
        } else if (text.length() == 6) {
            text = trimZeros(text, 2, 4);
        }
        return isShortForm(text) ? Optional.of(new DivisionCode(text)) : Optional.empty();
    }

    /** Removes all-zero trailing groups: 340800 becomes 3408, 340827100000 becomes 340827100. */
    private static String trimZeros(String text, int... cuts) {
        for (int i = cuts.length - 1; i >= 0; i--) {
            int cut = cuts[i];
            if (text.length() > cut && isZeros(text.substring(cut))) {
                text = text.substring(0, cut);
            }
        }
        return text;
    }

    private static boolean isZeros(String s) {
        return s.chars().allMatch(c -> c == '0');
    }

    private static boolean isShortForm(String text) {
        int lastGroup = switch (text.length()) {
            case 2 -> 0;
            case 4 -> 2;
            case 6 -> 4;
            case 9 -> 6;
            case 12 -> 9;
            default -> -1;
        };
        // the last group of a code is never all zeros (3400 is written 34), nor is the city group
        return lastGroup >= 0 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && !isZeros(text.substring(0, 2)) && !isZeros(text.substring(lastGroup))
                && (text.length() == 2 || !isZeros(text.substring(2, 4)));
    }

    public DivisionLevel level() {
        return DivisionLevel.ofDigits(value.length());
    }

    /** The division one level up (skipping a county level that does not exist), or empty for a province. */
    public Optional<DivisionCode> parent() {
        for (int i = level().ordinal() - 1; i >= 0; i--) {
            Optional<DivisionCode> ancestor = at(DivisionLevel.values()[i]);
            if (ancestor.isPresent()) {
                return ancestor;
            }
        }
        return Optional.empty();
    }

    /**
     * The ancestor (or this code itself) at the given level; empty if that level is below this code, or if
     * this code skips it (441900003 has no county).
     */
    public Optional<DivisionCode> at(DivisionLevel level) {
        if (level.digits() > value.length()) {
            return Optional.empty();
        }
        String prefix = value.substring(0, level.digits());
        return isShortForm(prefix) ? Optional.of(new DivisionCode(prefix)) : Optional.empty();
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
