package org.doudi.kernel;

/** Sex as recorded in the identity number. */
public enum Sex {
    MALE, FEMALE
}
