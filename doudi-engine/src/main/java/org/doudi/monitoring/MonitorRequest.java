package org.doudi.monitoring;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One monitoring run: the registry folder ({@code persons.csv|xlsx}, optionally {@code persons_neighbour.*}),
 * the feeds folder, the as-of date, and where to write {@code rejected.csv} ({@code null}: don't write it).
 */
public record MonitorRequest(Path registryDir, Path feedsDir, LocalDate asOf, Path rejectedFile) {

    public MonitorRequest {
        java.util.Objects.requireNonNull(registryDir, "registryDir");
        java.util.Objects.requireNonNull(feedsDir, "feedsDir");
        java.util.Objects.requireNonNull(asOf, "asOf");
    }
}
