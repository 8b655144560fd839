package org.doudi.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The shipped 2023 statistical division codes (all five levels, see {@code divisions/NOTICE.md}).
 *
 * <p>The list repeats a division one level down where it has nothing at that level: 441900 东莞市,
 * 442000 中山市 and 460400 儋州市 are county-level entries of cities without counties, and 350527000 /
 * 350527000000 stand for 金门县. They are kept as the list has them, so every code has its parent.
 *
 * <p>The whole list has 665,276 rows; {@link #forEach} streams it without holding it, and {@link #under}
 * loads the part below one code (a county with its townships and villages) into an immutable catalogue.
 */
public final class Divisions {

    public static final String EDITION = "2023";
    private static final String RESOURCE = "divisions/divisions-2023.csv.gz";

    /** One division: its code and its name (e.g. 340827 望江县). */
    public record Division(DivisionCode code, String name) {
        public DivisionLevel level() {
            return code.level();
        }
    }

    private final TreeMap<String, Division> byCode;

    private Divisions(TreeMap<String, Division> byCode) {
        this.byCode = byCode;
    }

    /** Streams every shipped division in code order. */
    public static void forEach(Consumer<Division> consumer) {
        try (InputStream raw = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("division resource missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.indexOf(',');
                consumer.accept(new Division(new DivisionCode(line.substring(0, comma)), line.substring(comma + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped code as a number (the length is encoded by a leading 1), sorted; loaded on first use. */
    private static final class AllCodes {
        static final long[] CODES = load();

        private static long[] load() {
            long[][] buffer = {new long[700_000]};
            int[] n = {0};
            forEach(d -> buffer[0][n[0]++] = key(d.code().value()));
            long[] codes = java.util.Arrays.copyOf(buffer[0], n[0]);
            java.util.Arrays.sort(codes);
            return codes;
        }
    }

    private static long key(String code) {
        return Long.parseLong("1" + code);
    }

    /** Whether the code (in its short form) is one of the shipped 2023 division codes. */
    public static boolean exists(String code) {
        if (code == null || code.isEmpty() || code.length() > 12 || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return java.util.Arrays.binarySearch(AllCodes.CODES, key(code)) >= 0;
    }

    /** The given division, its ancestors and everything below it. */
    public static Divisions under(DivisionCode root) {
        TreeMap<String, Division> map = new TreeMap<>();
        String prefix = root.value();
        forEach(d -> {
            String code = d.code().value();
            if (code.startsWith(prefix) || prefix.startsWith(code)) {
                map.put(code, d);
            }
        });
        if (!map.containsKey(prefix)) {
            throw new IllegalArgumentException("区划代码不存在：" + root);
        }
        return new Divisions(map);
    }

    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(byCode.get(code.value()));
    }

    /** The direct children of a division, in code order. */
    public List<Division> children(DivisionCode parent) {
        List<Division> result = new ArrayList<>();
        int digits = nextLevelDigits(parent);
        for (Division d : byCode.tailMap(parent.value(), false).values()) {
            String code = d.code().value();
            if (!code.startsWith(parent.value())) {
                break;
            }
            if (code.length() == digits) {
                result.add(d);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** All loaded divisions of a level, in code order. */
    public List<Division> atLevel(DivisionLevel level) {
        return byCode.values().stream().filter(d -> d.level() == level).toList();
    }

    /**
     * Names from the province down, e.g. 安徽省安庆市望江县华阳镇某某村民委员会. A level that repeats the
     * name above it (441900 东莞市 under 4419 东莞市) is written once.
     */
    public String fullName(DivisionCode code) {
        StringBuilder name = new StringBuilder();
        String previous = "";
        for (DivisionLevel level : DivisionLevel.values()) {
            Optional<Division> division = code.at(level).flatMap(this::find);
            if (division.isPresent() && !division.get().name().equals(previous)) {
                name.append(division.get().name());
                previous = division.get().name();
            }
        }
        return name.toString();
    }

    private static int nextLevelDigits(DivisionCode parent) {
        DivisionLevel level = parent.level();
        if (level == DivisionLevel.VILLAGE) {
            return -1;
        }
        return DivisionLevel.values()[level.ordinal() + 1].digits();
    }
}
