package org.doudi.tabular;

/** Sheet names as Excel allows them: at most 31 characters, none of {@code [ ] : * ? / \}, not blank. */
final class SheetNames {

    private static final int MAX_LENGTH = 31;

    private SheetNames() {
    }

    static String clean(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        cleaned = cleaned.replaceAll("^'+|'+$", "");
        if (cleaned.isEmpty()) {
            return "数据";
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }

    /** The first sheet keeps the name; later ones are {@code name (2)}, {@code name (3)}, shortened to fit. */
    static String numbered(String name, int number) {
        if (number == 1) {
            return name;
        }
        String suffix = " (" + number + ")";
        int keep = Math.min(name.length(), MAX_LENGTH - suffix.length());
        return name.substring(0, keep) + suffix;
    }
}
