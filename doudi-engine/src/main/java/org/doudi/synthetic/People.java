package org.doudi.synthetic;

import java.time.LocalDate;
import org.doudi.kernel.Sex;

/** Makes persons: a name for their sex and generation, a birth date for an age, an issuing county. */
final class People {

    /** Share of ID numbers issued in another county of the province (born or first registered there). */
    private static final double ISSUED_ELSEWHERE = 0.12;

    private final County county;
    private final LocalDate asOf;

    People(County county, LocalDate asOf) {
        this.county = county;
        this.asOf = asOf;
    }

    Person create(UnitOutput out, Dice dice, String surname, Sex sex, LocalDate birthDate) {
        String name = Names.fullName(dice, surname, sex, birthDate.getYear());
        String issuedIn = county.pickIssuingCounty(dice, ISSUED_ELSEWHERE);
        int sequence = dice.between(0, 499) * 2 + (sex == Sex.MALE ? 1 : 0);
        return out.newPerson(name, sex, birthDate, issuedIn, sequence);
    }

    Person create(UnitOutput out, Dice dice, Sex sex, int age) {
        return create(out, dice, Names.surname(dice), sex, birthForAge(dice, age));
    }

    /** A birth date that makes the person exactly {@code age} full years old on the as-of date. */
    LocalDate birthForAge(Dice dice, int age) {
        return asOf.minusYears(age).minusDays(dice.between(0, 364));
    }

    static Sex anySex(Dice dice) {
        return dice.chance(0.5) ? Sex.MALE : Sex.FEMALE;
    }

    static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    LocalDate asOf() {
        return asOf;
    }
}
