package org.doudi.monitoring;

import java.time.Duration;
import java.util.Map;

/** What a run read and found: persons, rows per feed (by file name), rejected rows, findings per rule id. */
public record MonitorSummary(long personsRead, Map<String, Long> rowsReadByFeed, long rejected,
                             Map<String, Long> findingsByRule, Duration elapsed) {
}
