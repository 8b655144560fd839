/**
 * The monthly payroll and its audit before release: {@link org.doudi.payroll.Payroll} computes one line per
 * household and programme in payment from a registry export, {@link org.doudi.payroll.PayrollAudit} runs the
 * pre-release rules and holds the lines they concern, {@link org.doudi.payroll.PayrollCommand} does both
 * offline on the files of contracts/feeds.md. Pure Java: no Spring, JDBC or Jackson.
 */
package org.doudi.payroll;
