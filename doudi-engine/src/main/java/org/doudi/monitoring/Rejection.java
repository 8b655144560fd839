package org.doudi.monitoring;

/** A row (or a whole file, line 0) that could not be read, with the reason in Chinese. */
public record Rejection(String file, long line, String reason) {
}
