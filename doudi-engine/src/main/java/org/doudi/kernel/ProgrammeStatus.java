package org.doudi.kernel;

/** A household's standing in a programme: paid, tapering, suspended, ended, or monitored without payment. */
public enum ProgrammeStatus {
    ACTIVE, GRADUAL_EXIT, SUSPENDED, TERMINATED, MONITORED
}
