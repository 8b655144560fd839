package org.doudi.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.internal.Pack;
import org.doudi.policy.internal.PackException;
import org.doudi.policy.internal.PackReader;
import org.yaml.snakeyaml.Yaml;

/**
 * The parameter packs, loaded once into an immutable tree: national defaults, then province, city and
 * county packs, each overriding only what it names. {@link #shipped()} reads the packs in the jar
 * ({@code policy/index.yaml} lists them); {@link #load(Path)} reads a folder, so a bureau can add its own.
 */
public final class PolicyPacks implements PolicySource {

    private static final String INDEX = "policy/index.yaml";

    private final Pack national;
    private final Map<String, Pack> byRegion;

    private PolicyPacks(List<Pack> packs) {
        Map<String, Pack> regions = new LinkedHashMap<>();
        Pack root = null;
        for (Pack pack : packs) {
            if (pack.national()) {
                if (root != null) {
                    throw new PackException(pack.file(), null, "全国默认参数包重复（另见 " + root.file() + "）");
                }
                root = pack;
            } else if (regions.putIfAbsent(pack.region(), pack) != null) {
                throw new PackException(pack.file(), null, "区划 " + pack.region() + " 的参数包重复");
            }
        }
        if (root == null) {
            throw new PackException("policy/", null, "缺少全国默认参数包（region: national）");
        }
        this.national = root;
        this.byRegion = Map.copyOf(regions);
    }

    private static final class Shipped {
        static final PolicyPacks PACKS = readShipped();
    }

    /** The packs shipped in the jar, read once. */
    public static PolicyPacks shipped() {
        return Shipped.PACKS;
    }

    public static PolicyPacks of(List<Pack> packs) {
        return new PolicyPacks(packs);
    }

    /** Every {@code *.yaml} pack of a folder (the index, if there, is not a pack). */
    public static PolicyPacks load(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Pack> packs = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("index.yaml"))
                    .sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    packs.add(PackReader.read("policy/" + file.getFileName(), in));
                }
            }
            return new PolicyPacks(packs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PolicyPacks readShipped() {
        ClassLoader loader = PolicyPacks.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new PackException(INDEX, null, "参数包索引缺失");
            }
            Map<?, ?> map = new Yaml().load(index);
            List<Pack> packs = new ArrayList<>();
            for (Object file : (List<?>) map.get("packs")) {
                String path = "policy/" + file;
                try (InputStream in = loader.getResourceAsStream(path)) {
                    if (in == null) {
                        throw new PackException(path, null, "索引列出的参数包不存在");
                    }
                    packs.add(PackReader.read(path, in));
                }
            }
            return new PolicyPacks(packs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Parameters at(DivisionCode region, Area area, LocalDate date) {
        List<Pack> chain = chain(region);
        return name -> {
            for (int i = chain.size() - 1; i >= 0; i--) {
                var series = chain.get(i).parameters().get(name);
                if (series != null) {
                    ParameterValue value = series.at(area, date);
                    if (value != null) {
                        return Optional.of(value);
                    }
                }
            }
            return Optional.empty();
        };
    }

    @Override
    public Optional<String> packFor(DivisionCode region) {
        List<Pack> chain = chain(region);
        return Optional.of(chain.get(chain.size() - 1).file());
    }

    /** National first, then the region's ancestors that have packs, ending with the most specific. */
    private List<Pack> chain(DivisionCode region) {
        List<Pack> chain = new ArrayList<>(5);
        chain.add(national);
        String code = region.value();
        for (int digits : new int[] {2, 4, 6, 9, 12}) {
            if (code.length() >= digits) {
                Pack pack = byRegion.get(code.substring(0, digits));
                if (pack != null) {
                    chain.add(pack);
                }
            }
        }
        return chain;
    }

    /** The packs, national first, then by region code. */
    public List<Pack> packs() {
        List<Pack> packs = new ArrayList<>();
        packs.add(national);
        byRegion.values().stream().sorted(Comparator.comparing(Pack::region)).forEach(packs::add);
        return packs;
    }

    /**
     * Checks that every catalogue name resolves for every pack's region, for both areas, on the first date
     * packs must cover and on every date a value changes after it. Returns the problems (empty when fine).
     */
    public List<String> catalogueProblems(LocalDate until) {
        List<String> problems = new ArrayList<>();
        for (Pack pack : packs()) {
            DivisionCode region = pack.national() ? DivisionCode.parse("11") : DivisionCode.parse(pack.region());
            List<Pack> chain = pack.national() ? List.of(national) : chain(region);
            TreeSet<LocalDate> dates = new TreeSet<>();
            dates.add(PolicyCatalogue.FIRST_DATE);
            dates.add(until);
            chain.forEach(p -> p.parameters().values().forEach(s -> s.dates()
                    .filter(d -> d.isAfter(PolicyCatalogue.FIRST_DATE) && !d.isAfter(until)).forEach(dates::add)));
            for (Area area : Area.values()) {
                for (LocalDate date : dates) {
                    Parameters parameters = pack.national() ? nationalOnly(area, date) : at(region, area, date);
                    for (PolicyCatalogue.Entry entry : PolicyCatalogue.entries()) {
                        if (parameters.find(entry.name()).isEmpty()) {
                            problems.add(pack.file() + "（" + area + "，" + date + "）缺少参数 " + entry.name());
                        }
                    }
                }
            }
        }
        return problems;
    }

    private Parameters nationalOnly(Area area, LocalDate date) {
        return name -> Optional.ofNullable(national.parameters().get(name))
                .map(s -> s.at(area, date));
    }
}
