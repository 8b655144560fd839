package org.doudi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the changes of a timeline event ({@code {"field": [old, new], ...}} or {@code {"field": value}})
 * into rows a page can label from the message file: {@code ${@changes.of(e.changes())}}.
 */
@Component("changes")
public class ChangeDescriptions {

    /** One changed field: {@code before} is null for a value that was set, not changed. */
    public record Change(String field, String before, String after) {
    }

    private final JsonMapper json;

    public ChangeDescriptions(JsonMapper json) {
        this.json = json;
    }

    public List<Change> of(String changes) {
        List<Change> result = new ArrayList<>();
        if (changes == null || changes.isBlank()) {
            return result;
        }
        for (Map.Entry<String, JsonNode> entry : json.readTree(changes).properties()) {
            JsonNode value = entry.getValue();
            if (value.isArray() && value.size() == 2) {
                result.add(new Change(entry.getKey(), text(value.get(0)), text(value.get(1))));
            } else {
                result.add(new Change(entry.getKey(), null, text(value)));
            }
        }
        return result;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.isString() ? node.stringValue() : node.toString();
    }
}
