package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.Sex;

/**
 * Turns a profile and its drawn members into a registry household: the id (county code and sequence),
 * residence, registry facts, the benefit, the enrolment date and the receiving account.
 */
final class HouseholdFactory {

    private static final LocalDate EARLIEST_ENROLMENT = LocalDate.of(2014, 1, 1);
    private static final LocalDate MONITORING_PLATFORM = LocalDate.of(2021, 7, 1);

    private final County county;
    private final LocalDate asOf;
    private final MemberTraits traits;
    private final BankAccounts accounts;
    private final Benefits benefits;

    HouseholdFactory(County county, LocalDate asOf, BankAccounts accounts, Benefits benefits) {
        this.county = county;
        this.asOf = asOf;
        this.traits = new MemberTraits(asOf);
        this.accounts = accounts;
        this.benefits = benefits;
    }

    static String householdId(String countyCode, long number) {
        return countyCode + "-" + Digits.padded(number, 6);
    }

    Household build(Dice dice, HouseholdProfile profile, Village village, List<HouseholdComposer.Sketch> sketches) {
        List<Member> members = new ArrayList<>();
        for (HouseholdComposer.Sketch sketch : sketches) {
            members.add(traits.member(dice, sketch, profile.programme(), village.area(), schoolingFor(dice, profile)));
        }
        Village habitual = dice.chance(0.06) ? county.pickVillage(dice) : null;
        if (habitual != null && habitual.code().equals(village.code())) {
            habitual = null;
        }
        Benefits.Benefit benefit = benefits.assess(dice, profile.programme(), profile.status(), village, members);
        LocalDate enrolled = enrolledSince(dice, profile, members.get(0).person());
        String account = null;
        String holder = null;
        if (profile.programme() == Programme.DIBAO || profile.programme() == Programme.EXTREME_POVERTY) {
            long accountNumber = profile.plant() == Plant.SHARED_ACCOUNT ? profile.index() - 1 : profile.index();
            account = accounts.account(accountNumber);
            holder = profile.plant() == Plant.ACCOUNT_HOLDER ? strangerName(dice, members) : members.get(0).name();
        }
        return new Household(householdId(county.code().value(), profile.index() + 1), village, habitual,
                profile.programme(), profile.status(), benefit.monthlyAmount(), enrolled, account, holder,
                profile.plant() == Plant.STAFF_RELATIVE_REGISTERED, List.copyOf(members), benefit.memberIncomes());
    }

    /** The planted 18-year-olds: out of school (ages out) or still at senior high or vocational school. */
    private static Schooling schoolingFor(Dice dice, HouseholdProfile profile) {
        if (profile.plant() == Plant.MINOR_AGES_OUT) {
            return Schooling.NONE;
        }
        if (profile.plant() == Plant.EXTREME_POVERTY_ADULT_IN_SCHOOL) {
            return dice.chance(0.6) ? Schooling.SENIOR_HIGH : Schooling.VOCATIONAL;
        }
        return null;
    }

    private LocalDate enrolledSince(Dice dice, HouseholdProfile profile, Person applicant) {
        if (profile.status() == ProgrammeStatus.MONITORED) {
            return dice.dateBetween(MONITORING_PLATFORM, asOf.minusMonths(1));
        }
        LocalDate latest = asOf.minusMonths(2);
        if (applicant.ageOn(asOf) < 19) {
            LocalDate infancy = applicant.birthDate().plusYears(1);
            LocalDate minority = applicant.birthDate().plusYears(17);
            return dice.dateBetween(infancy.isAfter(EARLIEST_ENROLMENT) ? infancy : EARLIEST_ENROLMENT,
                    minority.isBefore(latest) ? minority : latest);
        }
        LocalDate adult = applicant.birthDate().plusYears(18);
        LocalDate earliest = adult.isAfter(EARLIEST_ENROLMENT) ? adult : EARLIEST_ENROLMENT;
        if (profile.status() == ProgrammeStatus.TERMINATED || profile.status() == ProgrammeStatus.SUSPENDED) {
            latest = asOf.minusYears(1);
        }
        if (profile.plant() == Plant.DEATH_MONTHS_AGO) {
            latest = asOf.minusMonths(15);
        }
        LocalDate first = dice.dateBetween(earliest, latest);
        LocalDate second = dice.dateBetween(earliest, latest);
        return first.isAfter(second) ? first : second;
    }

    /** A name that is nobody's in the household: the holder of a card kept by someone else. */
    private static String strangerName(Dice dice, List<Member> members) {
        while (true) {
            String name = Names.fullName(dice, Names.surname(dice), dice.chance(0.6) ? Sex.MALE : Sex.FEMALE,
                    dice.between(1955, 1990));
            if (members.stream().noneMatch(m -> m.name().equals(name))) {
                return name;
            }
        }
    }
}
