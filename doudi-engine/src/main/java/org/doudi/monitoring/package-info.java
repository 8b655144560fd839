/**
 * Monitoring (监测预警): the built-in rules of contracts/feeds.md run over a registry export and the department
 * feeds. {@link org.doudi.monitoring.Monitor} is the entry point (the server and the offline
 * {@link org.doudi.monitoring.MonitorCommand} both use it); {@link org.doudi.monitoring.RuleId} lists the rules
 * with their severity, reference and recommendation. Thresholds come from the policy packs ({@code monitoring.*}
 * and the Dibao asset rules). Pure Java: no Spring, JDBC or Jackson.
 */
package org.doudi.monitoring;
