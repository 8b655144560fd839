package org.doudi.synthetic;

import java.time.LocalDate;
import java.time.Period;
import org.doudi.kernel.Sex;

/**
 * Someone who appears in the files: a registry member or a person of the general population. The ID
 * number is not fixed here: {@code slot} names the person within the household's unit, and the writer gives
 * each slot its final, unique number (see {@link UnitOutput}).
 */
record Person(int slot, String name, Sex sex, LocalDate birthDate) {

    int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** Old 15-digit numbers exist only for people born in the 1900s who got their card before 1999. */
    boolean mayHaveOldNumber() {
        return birthDate.getYear() < 1980;
    }
}
