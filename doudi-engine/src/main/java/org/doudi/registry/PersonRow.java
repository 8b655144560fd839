package org.doudi.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Employment;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.kernel.WorkCapacity;

/**
 * One valid row of a registry file ({@link PersonsFile}). Household fields (programme, status, amount,
 * enrolled_since, staff_relative, address) are repeated on every member row. {@code programme} is null
 * when the row asserts no programme; optional columns absent from the file are null too.
 */
public record PersonRow(
        long line,
        String householdNo,
        IdNumber idNumber,
        String name,
        Relation relation,
        String region,
        Area area,
        Programme programme,
        ProgrammeStatus status,
        BigDecimal monthlyAmount,
        LocalDate enrolledSince,
        String bankAccount,
        String accountHolder,
        DisabilityKind disabilityKind,
        Integer disabilityGrade,
        boolean staffRelative,
        String phone,
        String habitualRegion,
        Area habitualArea,
        String address,
        LocalDate disabilityCertifiedOn,
        Boolean seriousIllness,
        WorkCapacity workCapacity,
        SelfCare selfCare,
        Schooling schooling,
        Employment employment,
        BigDecimal monthlyIncome) {
}
