package org.doudi.monitoring;

/**
 * One finding per (rule, household, subject person): the columns of the contract's {@code findings.csv}, plus
 * {@code lowConfidence} when the person was matched by name, birth date and region rather than by a valid ID
 * number. {@code householdId} is empty for a lead outside the registry (a new severe disability, a relapse-risk
 * object in no programme, a hardship call from someone not registered).
 */
public record Finding(String rule, Severity severity, String householdId, String idNumber, String name,
                      String region, String evidence, String recommendation, boolean lowConfidence) {
}
