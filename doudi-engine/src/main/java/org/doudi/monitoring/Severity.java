package org.doudi.monitoring;

/** How soon a finding needs action (contracts/feeds.md): HIGH act now, MEDIUM check, LOW refer or note. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
