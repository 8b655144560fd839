package org.doudi.policy;

/** The unit of a policy parameter, declared on every parameter of a pack. */
public enum Unit {
    /** 元 per person per month. */
    YUAN_PER_PERSON_MONTH,
    /** 元 per household per month. */
    YUAN_PER_HOUSEHOLD_MONTH,
    /** 元 per month (for one person or one recipient). */
    YUAN_PER_MONTH,
    /** 元 per person per year. */
    YUAN_PER_PERSON_YEAR,
    /** An amount of 元. */
    YUAN,
    /** A share or a multiple: 0.3, 1.5. */
    RATIO,
    /** A list of ratios, in order (a gradual-exit schedule). */
    RATIO_LIST,
    MONTHS,
    YEARS,
    /** Calendar days. */
    DAYS,
    /** Working days of the official calendar. */
    WORKING_DAYS,
    HOURS,
    COUNT,
    BOOLEAN,
    /** One of a fixed set of codes, named in the catalogue. */
    ENUM,
    /** A table: a map or a list of maps whose shape the catalogue describes. */
    TABLE
}
