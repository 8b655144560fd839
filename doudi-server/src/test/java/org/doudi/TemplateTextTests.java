package org.doudi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All interface text comes from messages_zh_CN.properties: templates hold no Chinese of their own. */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.]*)");

    @Test
    void noTemplateContainsChineseText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    // placeholder text inside an element that th:text or th:replace overwrites is still text
                    // the author wrote; none is allowed
                    if (CJK.matcher(lines.get(i)).find()) {
                        offenders.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Properties messages = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/messages_zh_CN.properties"))) {
            messages.load(reader);
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean dynamic = key.endsWith(".");
                    boolean known = dynamic ? messages.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : messages.containsKey(key);
                    if (!known) {
                        missing.add(TEMPLATES.relativize(file) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
