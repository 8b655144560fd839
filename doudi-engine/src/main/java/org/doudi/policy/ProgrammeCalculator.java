package org.doudi.policy;

/**
 * The rules of one programme: reads the request and the parameters through the {@link Assessment},
 * records each rule's result with its reason, and decides.
 */
public interface ProgrammeCalculator {

    Decision assess(Assessment assessment);
}
