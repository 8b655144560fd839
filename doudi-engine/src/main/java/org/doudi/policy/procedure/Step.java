package org.doudi.policy.procedure;

/** What someone does to a case. Each programme's {@link Procedure} says where each step may be taken and by whom. */
public enum Step {
    /** Accept a complete application (第十条); the promise letter and the verification authorisation must be signed. */
    ACCEPT,
    /** Refuse at intake with the one-time notice of everything missing (第十条). */
    REFUSE_INTAKE,
    /** Hand in the missing materials: the application is considered again. */
    RESUBMIT,
    /** Name the investigation team of at least two people: this starts the investigation (第十五条、第十六条). */
    FORM_TEAM,
    /** A home visit, neighbour visit or letter for evidence (第十六条). */
    RECORD_VISIT,
    /**
     * The investigation's findings on the family's property and its rigid expenditure (第十五条至第十七条;
     * 《刚性支出困难家庭认定办法》第五条): what the engine weighs beside the members' incomes in the register.
     */
    RECORD_FINDINGS,
    /** Ask the county for information verification (第十七条). */
    REQUEST_VERIFICATION,
    /** The county's verification result. */
    RECORD_VERIFICATION,
    /** The family objects to the verification result with evidence: the township re-checks (第十八条). */
    OBJECT_TO_VERIFICATION,
    /** The county's own home visit, required for staff-relative cases (第二十条). */
    COUNTY_VISIT,
    /** The township's preliminary opinion (第十九条): favourable ones are published, others go to the confirming office. */
    PROPOSE,
    /** An objection during the public notice (第十九条). */
    OBJECT,
    /** After an objection: re-investigate or hold a community appraisal, then give a new opinion. */
    REINVESTIGATE,
    /** The notice period ended without objection: the file goes to the confirming office. */
    CLOSE_NOTICE,
    /** The county's random re-check of an extreme-poverty file (《特困人员认定办法》第十六条). */
    RECORD_RECHECK,
    /** Approve (application) or decide (review, termination) with the engine's amount and explanation. */
    APPROVE,
    /** Refuse, with reasons. */
    REFUSE,
    /** The written notice reached the applicant. */
    DELIVER_NOTICE,
    /** The family withdraws. */
    WITHDRAW,
    /** Stop the review: the family refused to cooperate without good reason (第二十九条). */
    STOP_NON_COOPERATION,
    /** Emergency temporary assistance: help first, paperwork after. */
    HELP_FIRST,
    /** The paperwork after help-first is complete: the case goes to the office its amount needs. */
    COMPLETE_PAPERWORK
}
