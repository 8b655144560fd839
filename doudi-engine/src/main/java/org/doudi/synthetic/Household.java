package org.doudi.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;

/**
 * A household of the low-income database: the fields repeated on every member row, the receiving account
 * (on the applicant's row), the members, applicant first, and each member's assessed monthly income.
 */
record Household(String id, Village village, Village habitualVillage, Programme programme, ProgrammeStatus status,
                 BigDecimal monthlyAmount, LocalDate enrolledSince, String bankAccount, String accountHolder,
                 boolean staffRelative, List<Member> members, List<Long> memberIncomes) {

    Member applicant() {
        return members.get(0);
    }

    /** In payment: ACTIVE or GRADUAL_EXIT (the "active household" of the monitoring rules). */
    boolean paying() {
        return isPaying(status);
    }

    static boolean isPaying(ProgrammeStatus status) {
        return status == ProgrammeStatus.ACTIVE || status == ProgrammeStatus.GRADUAL_EXIT;
    }

    boolean marginal() {
        return programme == Programme.MARGINAL;
    }

    boolean hasName(String name) {
        return members.stream().anyMatch(m -> m.name().equals(name));
    }

    Member oldest() {
        return members.stream().min(Comparator.comparing(m -> m.person().birthDate())).orElseThrow();
    }

    /** The first member matching, or the applicant when none does. */
    Member firstOr(Predicate<Member> wanted) {
        return members.stream().filter(wanted).findFirst().orElse(applicant());
    }

    static boolean isApplicant(Member member) {
        return member.relation() == Relation.APPLICANT;
    }
}
