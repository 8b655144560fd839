package org.doudi.registry;

import java.time.LocalDate;
import org.doudi.kernel.IdNumber;

/** A person's membership of a household over a period (validFrom null: since before the register began). */
public record Member(
        long membershipId,
        long personId,
        String idNumber,
        String name,
        String sex,
        LocalDate birthDate,
        String relation,
        String disabilityKind,
        Integer disabilityGrade,
        boolean seriousIllness,
        String workCapacity,
        String selfCare,
        LocalDate validFrom,
        LocalDate validTo,
        String endReason) {

    public String idNumberMasked() {
        return IdNumber.mask(idNumber);
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    public boolean current() {
        return validTo == null;
    }
}
