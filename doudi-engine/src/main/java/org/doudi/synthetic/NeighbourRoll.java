package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Sex;

/**
 * {@code persons_neighbour.csv}: the Dibao roll of a neighbouring county of the same city. It holds the
 * planted duplicate enrolments (one of our members, enrolled there too, alone) and a few households of its
 * own that have nothing to do with ours. The registry refuses a duplicate ID in one file, so this is the
 * only place a duplicate enrolment can be planted.
 */
final class NeighbourRoll {

    private final County county;
    private final People people;
    private final LocalDate asOf;
    private final BankAccounts accounts;
    private final MemberTraits traits;
    private final Benefits benefits;

    NeighbourRoll(County county, People people, LocalDate asOf, BankAccounts accounts, Benefits benefits) {
        this.county = county;
        this.people = people;
        this.asOf = asOf;
        this.accounts = accounts;
        this.traits = new MemberTraits(asOf);
        this.benefits = benefits;
    }

    /** Enrols one of our members, alone, in the neighbour's roll; returns that household. */
    Household enrolElsewhere(UnitOutput out, Dice dice, Member member) {
        Member applicant = new Member(member.person(), Relation.APPLICANT, member.disability(), member.seriousIllness(),
                member.workCapacity(), member.selfCare(), member.schooling(), member.employment(), member.phone());
        return enrol(out, dice, 2 * out.index() + 1, List.of(applicant));
    }

    /** A household of the neighbour's own: an elderly person, sometimes with a spouse. */
    void enrolNeighbourOwn(UnitOutput out, Dice dice) {
        Village village = county.pickNeighbourVillage(dice);
        List<Member> members = new ArrayList<>();
        int age = dice.between(60, 88);
        Sex sex = People.anySex(dice);
        Person applicant = people.create(out, dice, sex, age);
        members.add(traits.member(dice, new HouseholdComposer.Sketch(Relation.APPLICANT, applicant), Programme.DIBAO,
                village.area(), null));
        if (dice.chance(0.4)) {
            Person spouse = people.create(out, dice, People.opposite(sex), Math.max(55, age + dice.between(-5, 5)));
            members.add(traits.member(dice, new HouseholdComposer.Sketch(Relation.SPOUSE, spouse), Programme.DIBAO,
                    village.area(), null));
        }
        enrol(out, dice, 2 * out.index() + 2, members, village);
    }

    private Household enrol(UnitOutput out, Dice dice, long number, List<Member> members) {
        return enrol(out, dice, number, members, county.pickNeighbourVillage(dice));
    }

    private Household enrol(UnitOutput out, Dice dice, long number, List<Member> members, Village village) {
        Benefits.Benefit benefit = benefits.assess(dice, Programme.DIBAO, ProgrammeStatus.ACTIVE, village, members);
        Household household = new Household(HouseholdFactory.householdId(county.neighbour().value(), number), village,
                null, Programme.DIBAO, ProgrammeStatus.ACTIVE, benefit.monthlyAmount(),
                dice.dateBetween(asOf.minusYears(3), asOf.minusMonths(3)),
                accounts.account(BankAccounts.NEIGHBOUR_ACCOUNTS + number), members.get(0).name(), false, members,
                benefit.memberIncomes());
        RegistryRows.write(out, OutputFile.PERSONS_NEIGHBOUR, household, dice);
        return household;
    }
}
