/**
 * The bank side of the monthly payroll (发放), as files: {@link org.doudi.payroll.bank.BankFile} writes a batch of
 * {@link org.doudi.payroll.bank.BankPayment}s for the bank (CSV or .xlsx, with totals and a SHA-256 checksum) and
 * verifies such a file; {@link org.doudi.payroll.bank.BankReturn} reads the bank's return file and matches it
 * against the batch. Layouts and codes: docs/bank-file.md. Pure Java; problems are
 * {@link org.doudi.tabular.RowProblem}s with line, column, value, code and a Chinese reason.
 */
package org.doudi.payroll.bank;
