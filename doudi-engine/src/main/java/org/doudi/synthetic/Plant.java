package org.doudi.synthetic;

import java.util.List;
import java.util.function.BiPredicate;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;

/**
 * What a household carries beyond ordinary data: an anomaly that a monitoring rule must find, or a decoy
 * that looks like one and must not fire. Each has the households it fits and a rate among them.
 */
enum Plant {
    NONE(List.of(), (p, s) -> true, 0),
    DEATH_THIS_MONTH(List.of(Rule.DEATH_OF_RECIPIENT), Plant::paying, 0.006),
    DEATH_MONTHS_AGO(List.of(Rule.DEATH_OF_RECIPIENT, Rule.PAID_AFTER_DEATH), Plant::paying, 0.005),
    VEHICLE(List.of(Rule.VEHICLE_OWNED), Plant::paying, 0.006),
    REAL_ESTATE(List.of(Rule.REAL_ESTATE_OWNED), Plant::paying, 0.006),
    BUSINESS(List.of(Rule.BUSINESS_REGISTERED), Plant::paying, 0.005),
    HOUSING_FUND(List.of(Rule.HOUSING_FUND_CONTRIBUTIONS), Plant::paying, 0.005),
    EMPLOYMENT(List.of(Rule.EMPLOYMENT_STARTED), Plant::paying, 0.006),
    HIGH_MEDICAL(List.of(Rule.HIGH_MEDICAL_SPENDING), (p, s) -> s != ProgrammeStatus.TERMINATED
            && s != ProgrammeStatus.SUSPENDED, 0.01),
    NEW_SEVERE_DISABILITY(List.of(Rule.NEW_SEVERE_DISABILITY), Plant::monitored, 0.012),
    UNEMPLOYED(List.of(Rule.UNEMPLOYED_LOW_INCOME), Plant::monitored, 0.015),
    RELAPSE_RISK(List.of(Rule.RELAPSE_RISK_NOT_COVERED), (p, s) -> p == Programme.LOW_INCOME, 0.03),
    HOTLINE(List.of(Rule.HOTLINE_HARDSHIP), (p, s) -> s != ProgrammeStatus.TERMINATED, 0.004),
    DUPLICATE(List.of(Rule.DUPLICATE_ENROLMENT), Plant::paying, 0.006),
    ACCOUNT_HOLDER(List.of(Rule.ACCOUNT_HOLDER_MISMATCH), Plant::paying, 0.008),
    SHARED_ACCOUNT(List.of(Rule.SHARED_ACCOUNT), Plant::paying, 0.005),
    MINOR_AGES_OUT(List.of(Rule.MINOR_AGES_OUT), Plant::extremePovertyActive, 0.06),
    STAFF_RELATIVE(List.of(Rule.STAFF_RELATIVE_UNREGISTERED), Plant::paying, 0.007),
    /** Decoy: a staff relative whose case is registered (staff_relative = Y). */
    STAFF_RELATIVE_REGISTERED(List.of(), Plant::paying, 0.012),
    /** Decoy: an extreme-poverty person who has turned 18 but is still in school. */
    EXTREME_POVERTY_ADULT_IN_SCHOOL(List.of(), Plant::extremePovertyActive, 0.03);

    private final List<Rule> rules;
    private final BiPredicate<Programme, ProgrammeStatus> fits;
    private final double rate;

    Plant(List<Rule> rules, BiPredicate<Programme, ProgrammeStatus> fits, double rate) {
        this.rules = rules;
        this.fits = fits;
        this.rate = rate;
    }

    /** The rules this plant must make fire; empty for decoys. */
    List<Rule> rules() {
        return rules;
    }

    boolean fits(Programme programme, ProgrammeStatus status) {
        return fits.test(programme, status);
    }

    double rate() {
        return rate;
    }

    /** Plants that need a member of working age (18-59) who can work. */
    boolean needsWorkingAdult() {
        return this == EMPLOYMENT || this == UNEMPLOYED || this == HOUSING_FUND || this == DUPLICATE
                || this == BUSINESS;
    }

    boolean needsRuralVillage() {
        return this == RELAPSE_RISK;
    }

    boolean extremePovertyMinorTurned18() {
        return this == MINOR_AGES_OUT || this == EXTREME_POVERTY_ADULT_IN_SCHOOL;
    }

    private static boolean paying(Programme programme, ProgrammeStatus status) {
        return (programme == Programme.DIBAO || programme == Programme.EXTREME_POVERTY) && Household.isPaying(status);
    }

    private static boolean monitored(Programme programme, ProgrammeStatus status) {
        return programme == Programme.MARGINAL || programme == Programme.LOW_INCOME;
    }

    private static boolean extremePovertyActive(Programme programme, ProgrammeStatus status) {
        return programme == Programme.EXTREME_POVERTY && status == ProgrammeStatus.ACTIVE;
    }
}
