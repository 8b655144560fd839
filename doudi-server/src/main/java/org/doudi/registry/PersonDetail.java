package org.doudi.registry;

import java.time.LocalDate;

/** Everything the register holds about a person: shown only on the person page, and every read is logged. */
public record PersonDetail(
        long id,
        String idNumber,
        String name,
        String sex,
        LocalDate birthDate,
        String registeredRegion,
        String registeredArea,
        String habitualRegion,
        String habitualArea,
        String disabilityKind,
        Integer disabilityGrade,
        LocalDate disabilityCertifiedOn,
        boolean seriousIllness,
        String workCapacity,
        String selfCare,
        String schooling,
        String employment,
        LocalDate employedSince,
        String phone,
        String bankAccount,
        String accountHolder,
        java.math.BigDecimal monthlyIncome,
        Long householdId,
        String householdNo,
        String relation,
        String householdRegion) {
}
