package org.doudi.access;

/** What a user does; each user has exactly one role and one region. */
public enum Role {
    VILLAGE_ASSISTANT,
    TOWNSHIP_CASEWORKER,
    TOWNSHIP_APPROVER,
    COUNTY_REVIEWER,
    ANALYST,
    AUDITOR,
    ADMIN;

    /** Roles that may change the household register (import, edit, programme status). */
    public boolean maintainsRegister() {
        return this == TOWNSHIP_CASEWORKER || this == TOWNSHIP_APPROVER || this == COUNTY_REVIEWER || this == ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
