package org.doudi.monitoring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.doudi.kernel.DivisionCode;
import org.doudi.synthetic.Generator;
import org.doudi.synthetic.GeneratorSettings;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;

/** Test fixture: a generated county (registry, feeds, manifest and noise in one folder) and its manifest. */
record GeneratedCounty(Path directory, LocalDate asOf) {

    static GeneratedCounty generate(Path directory, long households, long seed) {
        GeneratorSettings settings = GeneratorSettings.of(new DivisionCode("340827"), households, seed, directory);
        Generator.generate(settings, null);
        return new GeneratedCounty(directory, settings.asOf());
    }

    MonitorRequest request(Path rejected) {
        return new MonitorRequest(directory, directory, asOf, rejected);
    }

    /** The manifest as "RULE|household_id|id_number" keys. */
    Set<String> manifest() {
        return keys("manifest.csv", r -> r.get("rule") + "|" + r.get("household_id") + "|" + r.get("id_number"));
    }

    List<TableRow> rows(String file) {
        List<TableRow> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(directory.resolve(file))) {
            reader.forEach(rows::add);
        }
        return rows;
    }

    private Set<String> keys(String file, java.util.function.Function<TableRow, String> key) {
        Set<String> keys = new TreeSet<>();
        rows(file).forEach(r -> keys.add(key.apply(r)));
        return keys;
    }

    static String key(Finding f) {
        return f.rule() + "|" + f.householdId() + "|" + f.idNumber();
    }
}
