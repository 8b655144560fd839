package org.doudi.synthetic;

import java.time.LocalDate;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.Sex;

/**
 * What the departments ordinarily know about registry members, none of which should make a rule fire:
 * modest medical bills, the certificates the registry already records, one home, exempt vehicles, closed
 * businesses, pensions, unemployment of members already in Dibao, relapse-risk objects already covered,
 * harmless hotline calls, deaths in households no longer paid. Students are the exception: every student of
 * an active or marginal household is a STUDENT_IN_LOW_INCOME_HOUSEHOLD finding, so each goes in the manifest.
 */
final class RegistryFeeds {

    private final County county;
    private final LocalDate asOf;

    RegistryFeeds(County county, LocalDate asOf) {
        this.county = county;
        this.asOf = asOf;
    }

    void write(UnitOutput out, Dice dice, HouseholdProfile profile, Household household, Planted plantedDeath) {
        Planted planted = plantedDeath;
        if (profile.plant() == Plant.NONE && !household.paying() && dice.chance(0.004)) {
            planted = new Planted(household.oldest().person(), asOf.minusDays(dice.between(0, 300)));
            FeedRows.death(out, true, planted.deceased(), planted.deathDate(), dice.pick(FeedVocabulary.DEATH_SOURCES));
        }
        boolean inpatientThisYear = false;
        for (Member member : household.members()) {
            inpatientThisYear |= medical(out, dice, member, planted, inpatientThisYear);
            if (member.hasDisability()) {
                Disability d = member.disability();
                FeedRows.certificate(out, true, member.person(), d.kind(), d.grade(), d.certifiedOn(),
                        FeedVocabulary.CERTIFICATE_VALID);
            }
            student(out, dice, household, member);
            if (!planted.died(member)) {
                vehicle(out, dice, household, member);
                closedBusiness(out, dice, member);
                if (profile.plant() != Plant.EMPLOYMENT && profile.plant() != Plant.UNEMPLOYED) {
                    labour(out, dice, household, member);
                }
            }
        }
        if (profile.plant() != Plant.REAL_ESTATE) {
            home(out, dice, household);
        }
        if (profile.plant() != Plant.RELAPSE_RISK) {
            relapseRiskCovered(out, dice, household);
        }
        if (profile.plant() != Plant.HOTLINE && dice.chance(0.01)) {
            harmlessCall(out, dice, household);
        }
    }

    /** Up to four settlements in two years; at most one hospital stay per household in the last twelve months. */
    private boolean medical(UnitOutput out, Dice dice, Member member, Planted planted, boolean inpatientThisYear) {
        LocalDate last = planted.died(member) ? planted.deathDate().minusDays(1) : asOf;
        int settlements = dice.weighted(20, 30, 25, 15, 10);
        boolean inpatient = false;
        for (int i = 0; i < settlements; i++) {
            if (dice.chance(0.2)) {
                boolean thisYear = !inpatientThisYear && !inpatient && dice.chance(0.5);
                LocalDate date = thisYear ? last.minusDays(dice.between(0, 330)) : last.minusDays(dice.between(400, 730));
                long total = dice.yuanCents(3000, 15000);
                FeedRows.medical(out, true, member.person(), date, total, Math.round(total * dice.uniform(0.15, 0.3)),
                        dice.pick(DepartmentTexts.MINOR_DIAGNOSES));
                inpatient |= thisYear;
            } else {
                long total = dice.yuanCents(40, 600);
                FeedRows.medical(out, true, member.person(), last.minusDays(dice.between(0, 730)), total,
                        Math.round(total * dice.uniform(0.3, 0.6)), dice.pick(DepartmentTexts.MINOR_DIAGNOSES));
            }
        }
        return inpatient;
    }

    private void student(UnitOutput out, Dice dice, Household household, Member member) {
        if (!member.inSchool()) {
            return;
        }
        Schooling stage = member.schooling();
        FeedRows.student(out, true, member.person(), stage, stageStart(member.person(), stage), annualFees(dice, stage));
        if (household.paying() || household.marginal()) {
            out.manifest(Rule.STUDENT_IN_LOW_INCOME_HOUSEHOLD, member.person(), household.id(),
                    stage + "，户状态 " + household.status() + "，" + household.programme());
        }
    }

    /** 1 September of the year the person reached the stage's starting age (or the last one before as-of). */
    LocalDate stageStart(Person person, Schooling stage) {
        int startAge = switch (stage) {
            case PRESCHOOL -> 3;
            case COMPULSORY -> 6;
            case SENIOR_HIGH, VOCATIONAL -> 15;
            default -> 18;
        };
        LocalDate start = LocalDate.of(person.birthDate().getYear() + startAge, 9, 1);
        while (start.isAfter(asOf)) {
            start = start.minusYears(1);
        }
        return start;
    }

    static long annualFees(Dice dice, Schooling stage) {
        return switch (stage) {
            case PRESCHOOL -> dice.between(12, 30) * 100L;
            case COMPULSORY -> dice.chance(0.7) ? 0 : dice.between(2, 8) * 100L;
            case SENIOR_HIGH -> dice.between(16, 32) * 100L;
            case VOCATIONAL -> dice.chance(0.6) ? 0 : dice.between(10, 20) * 100L;
            default -> dice.between(40, 65) * 100L;
        };
    }

    private void vehicle(UnitOutput out, Dice dice, Household household, Member member) {
        int age = member.person().ageOn(asOf);
        if (age < 18 || age > 75) {
            return;
        }
        String type = null;
        if (member.hasDisability() && member.disability().kind() == DisabilityKind.PHYSICAL && dice.chance(0.25)) {
            type = "残疾人专用车";
        } else if (household.village().area() == Area.RURAL && member.person().sex() == Sex.MALE && age <= 65
                && dice.chance(0.08)) {
            type = dice.chance(0.5) ? "三轮摩托车" : "普通二轮摩托车";
        } else if (household.village().area() == Area.URBAN && dice.chance(0.03)) {
            type = "电动自行车";
        }
        if (type != null) {
            FeedRows.vehicle(out, true, member.person(), DepartmentTexts.plate(dice), type,
                    dice.dateBetween(asOf.minusYears(8), asOf.minusDays(30)), dice.between(15, 300) * 100L);
        }
    }

    private void closedBusiness(UnitOutput out, Dice dice, Member member) {
        int age = member.person().ageOn(asOf);
        if (age >= 25 && age < 60 && dice.chance(0.02)) {
            FeedRows.business(out, true, member.person(), DepartmentTexts.businessName(dice, county, member.person()),
                    dice.between(1, 10) * 10_000L, dice.pick(FeedVocabulary.BUSINESS_CLOSED));
        }
    }

    /** Resident pensions of the old; unemployment of members already paid; jobs held before enrolment. */
    private void labour(UnitOutput out, Dice dice, Household household, Member member) {
        Person person = member.person();
        int age = person.ageOn(asOf);
        LocalDate sixty = person.birthDate().plusYears(60);
        if (age >= 60 && sixty.getYear() >= 2012 && dice.chance(0.05)) {
            FeedRows.labour(out, true, person, LabourEvent.PENSION_STARTED, sixty, dice.yuanCents(150, 260));
        } else if (age >= 18 && age < 60 && household.paying() && household.programme() == Programme.DIBAO) {
            if (dice.chance(0.025)) {
                FeedRows.labour(out, true, person, LabourEvent.UNEMPLOYED_REGISTERED, asOf.minusDays(dice.between(10, 360)), 0);
            } else if (dice.chance(0.015)) {
                LocalDate before = household.enrolledSince().minusDays(dice.between(30, 900));
                LocalDate adult = person.birthDate().plusYears(18);
                if (before.isAfter(adult) && before.isBefore(asOf.minusMonths(13))) {
                    FeedRows.labour(out, true, person, LabourEvent.EMPLOYED, before, dice.yuanCents(1800, 3500));
                }
            }
        }
    }

    private void home(UnitOutput out, Dice dice, Household household) {
        Member applicant = household.applicant();
        if (applicant.person().ageOn(asOf) >= 20
                && dice.chance(household.village().area() == Area.URBAN ? 0.45 : 0.2)) {
            FeedRows.property(out, true, applicant.person(), FeedVocabulary.RESIDENTIAL_PROPERTY, dice.between(4000, 11000),
                    dice.dateBetween(LocalDate.of(1998, 1, 1), asOf.minusYears(2)));
        }
    }

    /** Relapse-risk objects already covered by Dibao or MARGINAL, and monitored ones whose risk is gone. */
    private void relapseRiskCovered(UnitOutput out, Dice dice, Household household) {
        if (household.village().area() != Area.RURAL) {
            return;
        }
        Person head = household.applicant().person();
        LocalDate since = asOf.minusDays(dice.between(60, 1200));
        if (household.paying() && household.programme() == Programme.DIBAO && dice.chance(0.12)) {
            FeedRows.relapseRisk(out, true, head, FeedVocabulary.RELAPSE_AT_RISK, since, dice.between(5000, 11000));
        } else if (household.marginal() && dice.chance(0.05)) {
            FeedRows.relapseRisk(out, true, head, FeedVocabulary.RELAPSE_AT_RISK, since, dice.between(6000, 12000));
        } else if (household.programme() == Programme.LOW_INCOME && household.status() == ProgrammeStatus.MONITORED
                && dice.chance(0.05)) {
            FeedRows.relapseRisk(out, true, head, FeedVocabulary.RELAPSE_RISK_ELIMINATED, since, dice.between(18000, 30000));
        }
    }

    private void harmlessCall(UnitOutput out, Dice dice, Household household) {
        Member caller = household.applicant();
        FeedRows.ticket(out, true, DepartmentTexts.ticketId(out.index(), out.nextTicket()), caller.person(),
                caller.phone() != null ? caller.phone() : MemberTraits.mobile(dice),
                DepartmentTexts.receivedAt(dice, asOf.minusDays(dice.between(1, 300))), household.village().code().value(),
                dice.pick(FeedVocabulary.HOTLINE_OTHER), DepartmentTexts.otherText(dice));
    }
}
