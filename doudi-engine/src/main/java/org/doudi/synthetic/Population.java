package org.doudi.synthetic;

import java.time.LocalDate;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;

/**
 * Persons of the general population who live near a household and are not in the registry. Departments
 * send everyone, so they fill the feeds with rows that must not fire: cars, homes and businesses of people
 * who are not assisted, students of non-assisted families, deaths of non-recipients, old severe
 * certificates, relapse-risk objects above the marginal bound, caseworkers' relatives outside the registry.
 * A few of them carry the anomalies that concern people outside the registry: a new severe disability, a
 * relapse-risk object in no programme, a hardship call.
 */
final class Population {

    private final County county;
    private final People people;
    private final LocalDate asOf;
    private final NeighbourRoll neighbourRoll;

    Population(County county, People people, LocalDate asOf, NeighbourRoll neighbourRoll) {
        this.county = county;
        this.people = people;
        this.asOf = asOf;
        this.neighbourRoll = neighbourRoll;
    }

    void write(UnitOutput out, Dice dice, Village village) {
        int persons = dice.weighted(6, 22, 30, 24, 11, 7);
        for (int i = 0; i < persons; i++) {
            Person person = people.create(out, dice, People.anySex(dice), age(dice));
            rows(out, dice, person, village);
        }
        if (dice.chance(0.0025)) {
            newSevereDisability(out, dice);
        }
        if (dice.chance(0.003)) {
            relapseRiskNotCovered(out, dice);
        }
        if (dice.chance(0.002)) {
            hardshipCall(out, dice, village);
        }
        if (dice.chance(0.025)) {
            staffWithRelatives(out, dice, village);
        }
        if (dice.chance(0.004)) {
            neighbourRoll.enrolNeighbourOwn(out, dice);
        }
    }

    private static int age(Dice dice) {
        int decade = dice.weighted(10, 11, 12, 14, 15, 15, 12, 8, 3);
        return decade * 10 + dice.between(0, decade == 8 ? 15 : 9);
    }

    private void rows(UnitOutput out, Dice dice, Person person, Village village) {
        int age = person.ageOn(asOf);
        medical(out, dice, person);
        if (age >= 20 && age <= 65) {
            vehicle(out, dice, person);
        }
        if (age >= 25) {
            property(out, dice, person);
        }
        if (age >= 25 && age < 65 && dice.chance(0.15)) {
            String status = new String[] {FeedVocabulary.BUSINESS_ACTIVE, "CANCELLED", "REVOKED"}[dice.weighted(70, 20, 10)];
            FeedRows.business(out, true, person, DepartmentTexts.businessName(dice, county, person),
                    dice.between(3, 200) * 10_000L, status);
        }
        if (age >= 22 && age < 60 && dice.chance(0.3)) {
            FeedRows.housingFund(out, true, person, dice.yuanCents(200, 2500), asOf.minusDays(dice.between(30, 4000)));
        }
        if (age >= 18 && age < 65 && dice.chance(0.2)) {
            labour(out, dice, person, age);
        }
        Schooling stage = MemberTraits.schooling(dice, age);
        if (stage != Schooling.NONE) {
            LocalDate enrolled = LocalDate.of(asOf.getYear() - dice.between(0, 2), 9, 1);
            FeedRows.student(out, true, person, stage, enrolled.isAfter(asOf) ? enrolled.minusYears(1) : enrolled,
                    RegistryFeeds.annualFees(dice, stage));
        }
        if (dice.chance(0.05)) {
            oldCertificate(out, dice, person);
        }
        if (age >= 60 && dice.chance(0.025)) {
            FeedRows.death(out, true, person, asOf.minusDays(dice.between(0, 360)), dice.pick(FeedVocabulary.DEATH_SOURCES));
        }
        if (village.area() == Area.RURAL && dice.chance(0.08)) {
            boolean atRisk = dice.chance(0.4);
            FeedRows.relapseRisk(out, true, person, atRisk ? FeedVocabulary.RELAPSE_AT_RISK : FeedVocabulary.RELAPSE_RISK_ELIMINATED,
                    asOf.minusDays(dice.between(60, 1500)), atRisk ? dice.between(20000, 35000) : dice.between(16000, 40000));
        }
        if (dice.chance(0.03)) {
            FeedRows.ticket(out, true, DepartmentTexts.ticketId(out.index(), out.nextTicket()), person,
                    MemberTraits.mobile(dice), DepartmentTexts.receivedAt(dice, asOf.minusDays(dice.between(1, 300))),
                    village.code().value(), dice.pick(FeedVocabulary.HOTLINE_OTHER), DepartmentTexts.otherText(dice));
        }
    }

    private void medical(UnitOutput out, Dice dice, Person person) {
        int settlements = dice.weighted(70, 20, 10);
        for (int i = 0; i < settlements; i++) {
            boolean large = dice.chance(0.1);
            long total = large ? dice.yuanCents(20_000, 150_000) : dice.yuanCents(40, 800);
            FeedRows.medical(out, true, person, asOf.minusDays(dice.between(0, 730)), total,
                    Math.round(total * dice.uniform(0.2, 0.6)),
                    dice.pick(large ? DepartmentTexts.SERIOUS_DIAGNOSES : DepartmentTexts.MINOR_DIAGNOSES));
        }
    }

    private void vehicle(UnitOutput out, Dice dice, Person person) {
        if (dice.chance(0.35)) {
            FeedRows.vehicle(out, true, person, DepartmentTexts.plate(dice),
                    FeedVocabulary.COUNTED_VEHICLE_TYPES.get(dice.weighted(70, 20, 10)),
                    dice.dateBetween(asOf.minusYears(12), asOf.minusDays(10)), dice.between(30, 250) * 1000L);
        } else if (dice.chance(0.1)) {
            FeedRows.vehicle(out, true, person, DepartmentTexts.plate(dice), dice.pick(FeedVocabulary.EXEMPT_VEHICLE_TYPES),
                    dice.dateBetween(asOf.minusYears(10), asOf.minusDays(10)), dice.between(15, 120) * 100L);
        }
    }

    private void property(UnitOutput out, Dice dice, Person person) {
        if (dice.chance(0.45)) {
            int homes = dice.chance(0.1) ? 2 : 1;
            for (int i = 0; i < homes; i++) {
                FeedRows.property(out, true, person, FeedVocabulary.RESIDENTIAL_PROPERTY, dice.between(5000, 16000),
                        dice.dateBetween(LocalDate.of(1998, 1, 1), asOf.minusDays(30)));
            }
        }
        if (dice.chance(0.06)) {
            FeedRows.property(out, true, person, dice.pick(FeedVocabulary.NON_RESIDENTIAL_PROPERTY), dice.between(2000, 30000),
                    dice.dateBetween(LocalDate.of(2005, 1, 1), asOf.minusDays(30)));
        }
    }

    private void labour(UnitOutput out, Dice dice, Person person, int age) {
        int kind = dice.weighted(55, 30, age >= 55 ? 15 : 0);
        LocalDate date = asOf.minusDays(dice.between(5, 1500));
        switch (kind) {
            case 0 -> FeedRows.labour(out, true, person, LabourEvent.EMPLOYED, date, dice.yuanCents(2500, 9000));
            case 1 -> FeedRows.labour(out, true, person, LabourEvent.UNEMPLOYED_REGISTERED, date,
                    dice.chance(0.4) ? 160_200 : 0);
            default -> FeedRows.labour(out, true, person, LabourEvent.PENSION_STARTED, date, dice.yuanCents(1800, 4500));
        }
    }

    /** Certificates of people outside the registry: severe ones are at least three years old, so not new. */
    private void oldCertificate(UnitOutput out, Dice dice, Person person) {
        DisabilityKind kind = dice.pick(DisabilityKind.values());
        int grade = dice.between(1, 4);
        LocalDate earliest = person.birthDate().plusYears(1);
        earliest = earliest.isBefore(LocalDate.of(2008, 1, 1)) ? LocalDate.of(2008, 1, 1) : earliest;
        LocalDate oldEnough = asOf.minusYears(3);
        boolean severe = new Disability(kind, grade, asOf).severe();
        if (severe && earliest.isAfter(oldEnough)) {
            grade = 4;
            severe = false;
        }
        LocalDate issued = dice.dateBetween(earliest, severe ? oldEnough : asOf.minusDays(10));
        String status = dice.chance(0.05) ? FeedVocabulary.CERTIFICATE_CANCELLED : FeedVocabulary.CERTIFICATE_VALID;
        FeedRows.certificate(out, true, person, kind, grade, issued, status);
    }

    private void newSevereDisability(UnitOutput out, Dice dice) {
        Person person = people.create(out, dice, People.anySex(dice), dice.between(5, 70));
        Disability certificate = Plants.severeCertificate(dice, asOf.minusDays(dice.between(10, 150)));
        FeedRows.certificate(out, false, person, certificate.kind(), certificate.grade(), certificate.certifiedOn(),
                FeedVocabulary.CERTIFICATE_VALID);
        out.manifest(Rule.NEW_SEVERE_DISABILITY, person, "", certificate.kind() + " " + certificate.grade()
                + "级，发证 " + certificate.certifiedOn() + "，不在任何救助项目");
    }

    private void relapseRiskNotCovered(UnitOutput out, Dice dice) {
        Person person = people.create(out, dice, People.anySex(dice), dice.between(30, 75));
        long income = dice.between(4000, 11000);
        FeedRows.relapseRisk(out, false, person, FeedVocabulary.RELAPSE_AT_RISK, asOf.minusDays(dice.between(60, 900)), income);
        out.manifest(Rule.RELAPSE_RISK_NOT_COVERED, person, "", "防返贫监测对象，人均年收入 " + income + " 元，未纳入任何救助");
    }

    private void hardshipCall(UnitOutput out, Dice dice, Village village) {
        Person caller = people.create(out, dice, People.anySex(dice), dice.between(25, 80));
        String ticket = DepartmentTexts.ticketId(out.index(), out.nextTicket());
        FeedRows.ticket(out, false, ticket, caller, MemberTraits.mobile(dice),
                DepartmentTexts.receivedAt(dice, asOf.minusDays(dice.between(1, 60))), village.code().value(),
                FeedVocabulary.HOTLINE_HARDSHIP, DepartmentTexts.hardshipText(dice));
        out.manifest(Rule.HOTLINE_HARDSHIP, caller, "", "工单 " + ticket + "，来电人不在登记库");
    }

    /** A caseworker or cadre and their close relatives, none of whom is in the registry. */
    private void staffWithRelatives(UnitOutput out, Dice dice, Village village) {
        int age = dice.between(28, 58);
        Person staff = people.create(out, dice, People.anySex(dice), age);
        String role = dice.pick(FeedVocabulary.STAFF_ROLES);
        String region = role.startsWith("乡镇") ? village.township() : village.code().value();
        int relatives = dice.between(1, 3);
        for (int i = 0; i < relatives; i++) {
            Relation relation = new Relation[] {Relation.SPOUSE, Relation.PARENT, Relation.CHILD, Relation.SIBLING}[i == 0
                    ? dice.weighted(50, 20, 15, 15) : dice.weighted(0, 40, 30, 30)];
            int relativeAge = switch (relation) {
                case SPOUSE -> Math.max(22, age + dice.between(-4, 4));
                case PARENT -> Math.min(95, age + dice.between(22, 32));
                case CHILD -> Math.max(0, age - dice.between(22, 32));
                default -> Math.max(18, age + dice.between(-8, 8));
            };
            Person relative = people.create(out, dice, relation == Relation.SPOUSE ? People.opposite(staff.sex())
                    : People.anySex(dice), relativeAge);
            FeedRows.staff(out, staff, role, region, relative, relation);
        }
    }
}
