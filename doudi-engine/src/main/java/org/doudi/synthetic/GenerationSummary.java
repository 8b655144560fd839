package org.doudi.synthetic;

import java.time.Duration;
import java.util.Map;

/**
 * What a run wrote: households and registry persons, data rows per file name (headers not counted),
 * manifest rows per rule, and the time it took.
 */
public record GenerationSummary(long households, long persons, Map<String, Long> rowsPerFile,
                                Map<Rule, Long> plantsPerRule, Duration elapsed) {

    public GenerationSummary {
        rowsPerFile = Map.copyOf(rowsPerFile);
        plantsPerRule = Map.copyOf(plantsPerRule);
    }

    /** Rows of all department feeds together. */
    public long feedRows() {
        return OutputFile.feeds().stream().mapToLong(f -> rowsPerFile.getOrDefault(f.fileName(), 0L)).sum();
    }

    public long rows(OutputFile file) {
        return rowsPerFile.getOrDefault(file.fileName(), 0L);
    }
}
