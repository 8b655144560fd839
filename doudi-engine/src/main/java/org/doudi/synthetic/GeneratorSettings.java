package org.doudi.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;
import org.doudi.kernel.DivisionCode;

/**
 * What to generate: the county (6-digit code), how many households, the seed, the output folder, the
 * as-of date the data describe, and how many threads to use (the files do not depend on it).
 */
public record GeneratorSettings(DivisionCode county, long households, long seed, Path out, LocalDate asOf,
                                int threads) {

    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 6, 30);

    public GeneratorSettings {
        if (households < 1) {
            throw new IllegalArgumentException("户数必须大于0 (households must be at least 1): " + households);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("线程数必须大于0 (threads must be at least 1): " + threads);
        }
    }

    /** Settings with the default as-of date (2025-06-30) and one thread per core. */
    public static GeneratorSettings of(DivisionCode county, long households, long seed, Path out) {
        return new GeneratorSettings(county, households, seed, out, DEFAULT_AS_OF,
                Runtime.getRuntime().availableProcessors());
    }

    public GeneratorSettings withAsOf(LocalDate date) {
        return new GeneratorSettings(county, households, seed, out, date, threads);
    }

    public GeneratorSettings withThreads(int count) {
        return new GeneratorSettings(county, households, seed, out, asOf, count);
    }
}
