package org.doudi.monitoring;

import java.nio.file.Path;
import java.util.Optional;

/** Finds a table by its base name in a folder: {@code NAME.csv}, else {@code NAME.xlsx}. */
final class Files {

    private Files() {
    }

    static Optional<Path> table(Path directory, String baseName) {
        for (String extension : new String[] {".csv", ".xlsx", ".CSV", ".XLSX"}) {
            Path file = directory.resolve(baseName + extension);
            if (java.nio.file.Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
