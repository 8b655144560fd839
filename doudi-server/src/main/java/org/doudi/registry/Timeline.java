package org.doudi.registry;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Writes a household's timeline: every change with who, when, what (old and new values) and why. */
class Timeline {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(long householdId, Long personId, String actor, String action, String reason,
                Map<String, ?> changes) {
        jdbc.sql("""
                INSERT INTO household_event (household_id, person_id, actor, action, reason, changes)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
                """).params(householdId, personId, actor, action, reason,
                        changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes)).update();
    }
}
