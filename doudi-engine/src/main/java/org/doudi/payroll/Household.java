package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Area;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.registry.PersonRow;

/**
 * A household's standing in one programme as the registry export gives it: household fields from its first
 * row, the account and holder from the applicant's row (the only one that carries them), members in file order.
 * {@link Households} groups a registry's rows into households.
 */
record Household(String id, Programme programme, ProgrammeStatus status, String region, Area area,
                 BigDecimal monthlyAmount, LocalDate enrolledSince, String account, String accountHolder,
                 boolean staffRelative, List<PersonRow> members) {

    /** In payment: ACTIVE or GRADUAL_EXIT. */
    boolean payable() {
        return status == ProgrammeStatus.ACTIVE || status == ProgrammeStatus.GRADUAL_EXIT;
    }

    /** The applicant (the first member when none is marked). */
    PersonRow applicant() {
        return members.stream().filter(m -> m.relation() == Relation.APPLICANT).findFirst().orElse(members.get(0));
    }

    boolean hasMemberNamed(String name) {
        return members.stream().anyMatch(m -> m.name().equals(name));
    }

    /** The household's identity in a run: its id and programme. */
    record Key(String householdId, Programme programme) {
    }

    Key key() {
        return new Key(id, programme);
    }

    /** The household of these rows (at least one), all of the same household and programme. */
    static Household of(List<PersonRow> members) {
        PersonRow first = members.get(0);
        String account = null;
        String holder = null;
        for (PersonRow m : members) {
            if (m.relation() == Relation.APPLICANT || account == null) {
                account = m.bankAccount() != null && !m.bankAccount().isEmpty() ? m.bankAccount() : account;
                holder = m.accountHolder() != null && !m.accountHolder().isEmpty() ? m.accountHolder() : holder;
            }
        }
        return new Household(first.householdNo(), first.programme() == null ? Programme.LOW_INCOME : first.programme(),
                first.status() == null ? ProgrammeStatus.MONITORED : first.status(), first.region(), first.area(),
                first.monthlyAmount() == null ? BigDecimal.ZERO : first.monthlyAmount(), first.enrolledSince(),
                account == null ? "" : account, holder == null ? "" : holder, first.staffRelative(),
                List.copyOf(members));
    }
}
