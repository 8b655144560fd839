package org.doudi.registry;

import java.time.Instant;

/** One change on a household's timeline: who, when, what and why; {@code changes} is JSON (field: [old, new]). */
public record TimelineEntry(long id, Instant at, String actor, String action, String reason, String personName,
                            String changes) {
}
