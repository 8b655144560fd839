package org.doudi.payroll;

import java.time.LocalDate;
import java.util.List;
import org.doudi.registry.PersonRow;

/**
 * What a payroll run reads: the registry's rows ({@code persons.csv}), other regions' active rolls
 * ({@code persons_neighbour.*}, may be empty), the deaths and staff feeds, filed custody agreements, and whether the
 * registry carries members' {@code monthly_income} (then Dibao amounts are recomputed by the engine). Rows read by
 * {@link PayrollFiles} keep only the columns the payroll uses (no phone, address, habitual residence, certificate
 * date, work capacity or employment).
 */
public record PayrollInputs(List<PersonRow> persons, List<PersonRow> neighbour, List<Death> deaths,
                            List<StaffTie> staff, List<CustodyAgreement> custody, boolean incomesKnown,
                            List<Rejection> rejections) {

    public PayrollInputs {
        persons = List.copyOf(persons);
        neighbour = List.copyOf(neighbour);
        deaths = List.copyOf(deaths);
        staff = List.copyOf(staff);
        custody = List.copyOf(custody);
        rejections = List.copyOf(rejections);
    }

    /** A row of the deaths feed: the 18-digit ID number, the date, the reporting source. */
    public record Death(String idNumber, LocalDate date, String source) {
    }

    /** A row of the staff feed: the relative's 18-digit ID number, the staff member, role and relation. */
    public record StaffTie(String relativeIdNumber, String staffName, String role, String relation) {
    }

    /** Inputs with only a registry: no neighbour roll, feeds or custody agreements. */
    public static PayrollInputs ofRegistry(List<PersonRow> persons, boolean incomesKnown) {
        return new PayrollInputs(persons, List.of(), List.of(), List.of(), List.of(), incomesKnown, List.of());
    }
}
