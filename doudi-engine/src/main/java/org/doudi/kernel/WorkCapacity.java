package org.doudi.kernel;

/** 劳动能力: none, partial, full. */
public enum WorkCapacity {
    NONE, PARTIAL, FULL
}
