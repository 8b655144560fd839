package org.doudi.monitoring;

import java.util.List;

/** The findings (sorted by rule, household, ID number), the rejected rows, and the summary of a run. */
public record MonitorResult(List<Finding> findings, List<Rejection> rejections, MonitorSummary summary) {
}
