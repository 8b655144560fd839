package org.doudi.kernel;

/** 就业状况 as recorded in the registry. */
public enum Employment {
    EMPLOYED, FLEXIBLE, UNEMPLOYED, FARMING, RETIRED, STUDENT, NOT_IN_LABOUR_FORCE
}
