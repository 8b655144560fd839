package org.doudi.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Employment;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.kernel.WorkCapacity;

/** The changes a caseworker can make to the register, as typed commands. */
public final class RegistryChanges {

    private RegistryChanges() {
    }

    /** A person's changeable facts. The ID number (and with it birth date and sex) is not changed here. */
    public record PersonChange(
            String name,
            String phone,
            String habitualRegion,
            Area habitualArea,
            DisabilityKind disabilityKind,
            Integer disabilityGrade,
            LocalDate disabilityCertifiedOn,
            boolean seriousIllness,
            WorkCapacity workCapacity,
            SelfCare selfCare,
            Schooling schooling,
            Employment employment,
            LocalDate employedSince,
            String bankAccount,
            String accountHolder) {
    }

    /** A person joining a household from a date: an existing person by ID number, or a new one. */
    public record NewMember(String idNumber, String name, Relation relation, String registeredRegion,
                            Area registeredArea, LocalDate from) {
    }

    public record HouseholdChange(String address, Area area, boolean staffRelative) {
    }

    public record StatusChange(Programme programme, ProgrammeStatus status, BigDecimal monthlyAmount,
                               LocalDate since) {
    }
}
