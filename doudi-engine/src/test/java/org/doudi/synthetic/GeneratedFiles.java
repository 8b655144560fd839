package org.doudi.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.DivisionCode;

/** Test fixture: a generated folder, read back as rows of named fields. */
final class GeneratedFiles {

    static final DivisionCode WANGJIANG = new DivisionCode("340827");

    private final Path directory;

    GeneratedFiles(Path directory) {
        this.directory = directory;
    }

    static GeneratedFiles generate(Path directory, long households, long seed) {
        Generator.generate(GeneratorSettings.of(WANGJIANG, households, seed, directory));
        return new GeneratedFiles(directory);
    }

    Path path(OutputFile file) {
        return directory.resolve(file.fileName());
    }

    /** The data rows, each as column name to value. */
    List<Map<String, String>> rows(OutputFile file) {
        List<String> lines = lines(file);
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The physical lines, header first. */
    List<String> lines(OutputFile file) {
        try {
            return Files.readAllLines(path(file), file.charset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Charset charsetOf(OutputFile file) {
        return file.charset();
    }

    /** Splits one CSV line, honouring quotes. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
