package org.doudi.payroll;

/** An input row that could not be read: its file, line and reason in Chinese. */
public record Rejection(String file, long line, String reason) {
}
