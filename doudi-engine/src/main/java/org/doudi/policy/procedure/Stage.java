package org.doudi.policy.procedure;

/** Where a case stands. {@link #isOpen()} cases appear in worklists. */
public enum Stage {
    /** Applied, waiting for the township to accept or to give the one-time notice of missing materials. */
    SUBMITTED,
    /** Not accepted: the one-time notice listing everything missing was given (第十条); may be resubmitted. */
    INCOMPLETE,
    /** Accepted; economic investigation and information verification under way. */
    INVESTIGATING,
    /** The township's preliminary opinion is published in the village for the statutory days. */
    PUBLIC_NOTICE,
    /** An objection was raised during the notice: re-investigation or community appraisal, then a new opinion. */
    OBJECTION,
    /** The file is with the confirming office (county, or township where delegated). */
    CONFIRMING,
    /** Temporary assistance paid first in an emergency; the paperwork follows. */
    HELPED_FIRST,
    /** Approved (application) or decided (review, termination). */
    DECIDED,
    /** Refused; the written notice with reasons must reach the applicant. */
    REFUSED,
    /** Withdrawn by the family, or the review stopped because the family would not cooperate (第二十九条). */
    WITHDRAWN;

    public boolean isOpen() {
        return this != DECIDED && this != WITHDRAWN && this != INCOMPLETE;
    }
}
