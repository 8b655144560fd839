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

    /**
     * One changed field: {@code before} is null for a value that was set, not changed; {@code codePrefix}
     * is the message-key prefix of a coded value ({@code status.} for ACTIVE), null for plain values.
     */
    public record Change(String field, String before, String after, String codePrefix) {
    }

    private static final Map<String, String> CODE_PREFIXES = Map.ofEntries(
            Map.entry("status", "status."), Map.entry("programme", "programme."), Map.entry("relation", "relation."),
            Map.entry("area", "area."), Map.entry("registered_area", "area."), Map.entry("habitual_area", "area."),
            Map.entry("disability_kind", "disability."), Map.entry("work_capacity", "workCapacity."),
            Map.entry("self_care", "selfCare."), Map.entry("schooling", "schooling."),
            Map.entry("employment", "employment."));

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
                result.add(new Change(entry.getKey(), text(value.get(0)), text(value.get(1)),
                        CODE_PREFIXES.get(entry.getKey())));
            } else {
                result.add(new Change(entry.getKey(), null, text(value), CODE_PREFIXES.get(entry.getKey())));
            }
        }
        return result;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.isString() ? node.stringValue() : node.toString();
    }
}
