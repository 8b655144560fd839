package org.doudi.synthetic;

/** The events of the labour feed (人社), as contracts/feeds.md names them. */
enum LabourEvent {
    UNEMPLOYED_REGISTERED, EMPLOYED, PENSION_STARTED
}
