package org.doudi.kernel;

/** 生活自理能力: able to care for oneself, partly lost, fully lost. */
public enum SelfCare {
    ABLE, PARTLY_LOST, FULLY_LOST
}
