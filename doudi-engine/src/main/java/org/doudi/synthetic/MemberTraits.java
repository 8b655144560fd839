package org.doudi.synthetic;

import java.time.LocalDate;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Employment;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.kernel.WorkCapacity;

/**
 * The registry facts of a member, consistent with age and with each other: about one in five members has
 * a disability certificate (more among the old), grade 1-2 and grade 3 intellectual/mental disabilities take
 * away work capacity, the very old and the severely disabled lose self-care, children are in the school
 * stage of their age, and only those who can work have work.
 *
 * <p>Working-age extreme-poverty persons are severely disabled (that is why they qualify). Members of
 * MARGINAL and monitored households have no severe disability: such a person would be enrolled alone in
 * Dibao (单人户), so a severe certificate there is news for the monitoring rules.
 */
final class MemberTraits {

    private static final LocalDate SECOND_GENERATION_CERTIFICATES = LocalDate.of(2008, 1, 1);
    private static final DisabilityKind[] KINDS = DisabilityKind.values();
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "177", "180", "181", "182", "183",
            "185", "186", "187", "188", "189", "191", "199"};

    private final LocalDate asOf;

    MemberTraits(LocalDate asOf) {
        this.asOf = asOf;
    }

    Member member(Dice dice, HouseholdComposer.Sketch sketch, Programme programme, Area area, Schooling schooling) {
        Person person = sketch.person();
        int age = person.ageOn(asOf);
        Disability disability = disability(dice, person, age, programme);
        boolean ill = dice.chance(age >= 50 ? 0.12 : age >= 18 ? 0.05 : 0.02);
        WorkCapacity capacity = workCapacity(dice, age, disability, ill);
        SelfCare selfCare = selfCare(dice, age, disability, ill);
        Schooling stage = schooling != null ? schooling : schooling(dice, age);
        Employment employment = employment(dice, age, stage, capacity, area);
        return new Member(person, sketch.relation(), disability, ill, capacity, selfCare, stage, employment,
                phone(dice, sketch.relation(), age));
    }

    private Disability disability(Dice dice, Person person, int age, Programme programme) {
        boolean qualifyingDisability = programme == Programme.EXTREME_POVERTY && age >= 19 && age < 60;
        double chance = qualifyingDisability ? 1 : age < 18 ? 0.07 : age < 60 ? 0.17 : 0.25;
        LocalDate earliest = person.birthDate().plusYears(1);
        earliest = earliest.isBefore(SECOND_GENERATION_CERTIFICATES) ? SECOND_GENERATION_CERTIFICATES : earliest;
        LocalDate latest = asOf.minusMonths(FeedVocabulary.NEW_CERTIFICATE_MONTHS + 1);
        if (!dice.chance(chance) || earliest.isAfter(latest)) {
            return null;
        }
        DisabilityKind kind;
        int grade;
        if (qualifyingDisability) {
            kind = new DisabilityKind[] {DisabilityKind.PHYSICAL, DisabilityKind.INTELLECTUAL, DisabilityKind.MENTAL,
                    DisabilityKind.MULTIPLE}[dice.weighted(40, 25, 25, 10)];
            grade = 1 + dice.weighted(40, 60);
        } else {
            kind = KINDS[dice.weighted(12, 12, 2, 36, 12, 13, 13)];
            grade = 1 + dice.weighted(15, 30, 28, 27);
        }
        Disability drawn = new Disability(kind, grade, dice.dateBetween(earliest, latest));
        boolean monitoredOnly = programme == Programme.MARGINAL || programme == Programme.LOW_INCOME;
        return monitoredOnly && drawn.severe() ? new Disability(kind, 4, drawn.certifiedOn()) : drawn;
    }

    private static WorkCapacity workCapacity(Dice dice, int age, Disability disability, boolean ill) {
        if (age < 16 || age >= 60 || (disability != null && disability.severe())) {
            return WorkCapacity.NONE;
        }
        if (disability != null || ill || (age >= 55 && dice.chance(0.3))) {
            return WorkCapacity.PARTIAL;
        }
        return WorkCapacity.FULL;
    }

    private static SelfCare selfCare(Dice dice, int age, Disability disability, boolean ill) {
        if (disability != null && disability.grade() == 1) {
            return dice.chance(0.6) ? SelfCare.FULLY_LOST : SelfCare.PARTLY_LOST;
        }
        if (disability != null && disability.grade() == 2) {
            return dice.chance(0.6) ? SelfCare.PARTLY_LOST : SelfCare.ABLE;
        }
        if (age >= 85) {
            return switch (dice.weighted(50, 40, 10)) {
                case 0 -> SelfCare.ABLE;
                case 1 -> SelfCare.PARTLY_LOST;
                default -> SelfCare.FULLY_LOST;
            };
        }
        return ill && age >= 60 && dice.chance(0.3) ? SelfCare.PARTLY_LOST : SelfCare.ABLE;
    }

    static Schooling schooling(Dice dice, int age) {
        if (age < 3) {
            return Schooling.NONE;
        }
        if (age < 6) {
            return dice.chance(0.85) ? Schooling.PRESCHOOL : Schooling.NONE;
        }
        if (age < 15) {
            return Schooling.COMPULSORY;
        }
        if (age < 18) {
            return new Schooling[] {Schooling.SENIOR_HIGH, Schooling.VOCATIONAL, Schooling.NONE}[dice.weighted(50, 38, 12)];
        }
        if (age == 18) {
            return new Schooling[] {Schooling.SENIOR_HIGH, Schooling.UNIVERSITY, Schooling.VOCATIONAL,
                    Schooling.NONE}[dice.weighted(20, 20, 10, 50)];
        }
        if (age <= 22) {
            return dice.chance(age <= 21 ? 0.25 : 0.12) ? Schooling.UNIVERSITY : Schooling.NONE;
        }
        return Schooling.NONE;
    }

    private static Employment employment(Dice dice, int age, Schooling schooling, WorkCapacity capacity, Area area) {
        if (schooling != Schooling.NONE && age >= 6) {
            return Employment.STUDENT;
        }
        if (age < 16) {
            return Employment.NOT_IN_LABOUR_FORCE;
        }
        boolean rural = area == Area.RURAL;
        if (capacity == WorkCapacity.NONE) {
            if (age >= 60 && age < 70 && rural && dice.chance(0.25)) {
                return Employment.FARMING;
            }
            return age >= 60 && !rural && dice.chance(0.25) ? Employment.RETIRED : Employment.NOT_IN_LABOUR_FORCE;
        }
        if (capacity == WorkCapacity.PARTIAL) {
            return rural
                    ? new Employment[] {Employment.FARMING, Employment.FLEXIBLE, Employment.UNEMPLOYED}[dice.weighted(40, 30, 30)]
                    : dice.chance(0.5) ? Employment.FLEXIBLE : Employment.UNEMPLOYED;
        }
        return rural
                ? new Employment[] {Employment.FARMING, Employment.FLEXIBLE, Employment.EMPLOYED,
                        Employment.UNEMPLOYED}[dice.weighted(40, 35, 10, 15)]
                : new Employment[] {Employment.FLEXIBLE, Employment.EMPLOYED, Employment.UNEMPLOYED}[dice.weighted(45, 15, 40)];
    }

    private static String phone(Dice dice, Relation relation, int age) {
        double chance;
        if (relation == Relation.APPLICANT && age >= 16) {
            chance = age >= 85 ? 0.35 : 0.88;
        } else {
            chance = age >= 18 && age <= 75 ? 0.55 : 0;
        }
        return dice.chance(chance) ? mobile(dice) : null;
    }

    static String mobile(Dice dice) {
        return dice.pick(MOBILE_PREFIXES) + Digits.padded(dice.digits(8), 8);
    }
}
