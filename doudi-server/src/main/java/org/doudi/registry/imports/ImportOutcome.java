package org.doudi.registry.imports;

/** How an import ended. */
public enum ImportOutcome {
    /** The file was valid and changed the register. */
    APPLIED,
    /** The file was valid and the register already said the same: nothing was written. */
    UNCHANGED,
    /** The file had errors: nothing was imported; the report lists every bad row. */
    REJECTED,
    /** The import broke off (database or file failure): nothing was imported. */
    FAILED
}
