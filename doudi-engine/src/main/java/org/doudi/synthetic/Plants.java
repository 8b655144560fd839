package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Relation;

/**
 * Writes the feed rows (and manifest rows) of each planted anomaly, coherent with the registry household:
 * the rule's condition holds without doubt, and nothing else about the household makes another rule fire.
 */
final class Plants {

    private final County county;
    private final People people;
    private final LocalDate asOf;
    private final NeighbourRoll neighbourRoll;
    private final Benefits benefits;

    Plants(County county, People people, LocalDate asOf, NeighbourRoll neighbourRoll, Benefits benefits) {
        this.county = county;
        this.people = people;
        this.asOf = asOf;
        this.neighbourRoll = neighbourRoll;
        this.benefits = benefits;
    }

    Planted plant(UnitOutput out, Dice dice, HouseholdProfile profile, Household household) {
        return switch (profile.plant()) {
            case DEATH_THIS_MONTH -> death(out, dice, household, asOf.minusDays(dice.between(0, 25)), false);
            case DEATH_MONTHS_AGO -> death(out, dice, household, asOf.minusDays(dice.between(95, 400)), true);
            case VEHICLE -> vehicle(out, dice, household);
            case REAL_ESTATE -> realEstate(out, dice, household);
            case BUSINESS -> business(out, dice, household);
            case HOUSING_FUND -> housingFund(out, dice, household);
            case EMPLOYMENT -> employment(out, dice, household);
            case HIGH_MEDICAL -> highMedical(out, dice, household);
            case NEW_SEVERE_DISABILITY -> newSevereDisability(out, dice, household);
            case UNEMPLOYED -> unemployed(out, dice, household);
            case RELAPSE_RISK -> relapseRisk(out, dice, household);
            case HOTLINE -> hotline(out, dice, household);
            case DUPLICATE -> duplicate(out, dice, household);
            case ACCOUNT_HOLDER -> accountHolder(out, household);
            case SHARED_ACCOUNT -> sharedAccount(out, household, profile.index() - 1);
            case MINOR_AGES_OUT -> minorAgesOut(out, household);
            case STAFF_RELATIVE -> staffRelative(out, dice, household, true);
            case STAFF_RELATIVE_REGISTERED -> staffRelative(out, dice, household, false);
            case NONE, EXTREME_POVERTY_ADULT_IN_SCHOOL -> Planted.NOTHING;
        };
    }

    /** The manifest row for a household whose account the next household also uses. */
    void accountUsedByNext(UnitOutput out, Household household, long nextIndex) {
        out.manifest(Rule.SHARED_ACCOUNT, household.applicant().person(), household.id(),
                "账户 " + household.bankAccount() + " 同时用于 "
                        + HouseholdFactory.householdId(county.code().value(), nextIndex + 1));
    }

    private Planted death(UnitOutput out, Dice dice, Household household, LocalDate date, boolean monthsAgo) {
        Person deceased = household.oldest().person();
        FeedRows.death(out, false, deceased, date, dice.pick(FeedVocabulary.DEATH_SOURCES));
        String note = "死亡 " + date + "，户状态 " + household.status() + "，月发放 " + Benefits.text(household.monthlyAmount()) + " 元";
        out.manifest(Rule.DEATH_OF_RECIPIENT, deceased, household.id(), note);
        if (monthsAgo) {
            out.manifest(Rule.PAID_AFTER_DEATH, deceased, household.id(), note + "，死亡已超过一个发放月");
        }
        return new Planted(deceased, date);
    }

    private Planted vehicle(UnitOutput out, Dice dice, Household household) {
        Person owner = adult(household, 18, 70).person();
        String type = FeedVocabulary.COUNTED_VEHICLE_TYPES.get(dice.weighted(70, 20, 10));
        long value = dice.between(25, 160) * 1000L;
        String plate = DepartmentTexts.plate(dice);
        FeedRows.vehicle(out, false, owner, plate, type, dice.dateBetween(asOf.minusYears(3), asOf.minusDays(30)), value);
        out.manifest(Rule.VEHICLE_OWNED, owner, household.id(), type + " " + plate + "，价值 " + value + " 元");
        return Planted.NOTHING;
    }

    private Planted realEstate(UnitOutput out, Dice dice, Household household) {
        Person owner = household.applicant().person();
        FeedRows.property(out, false, owner, FeedVocabulary.RESIDENTIAL_PROPERTY, dice.between(6000, 12000),
                dice.dateBetween(LocalDate.of(2000, 1, 1), asOf.minusYears(2)));
        String note;
        if (dice.chance(0.5)) {
            FeedRows.property(out, false, owner, FeedVocabulary.RESIDENTIAL_PROPERTY, dice.between(7000, 14000),
                    dice.dateBetween(asOf.minusYears(4), asOf.minusDays(60)));
            note = "住宅2套，超过允许的" + FeedVocabulary.HOMES_ALLOWED + "套（政策假设：每户允许1套住宅）";
        } else {
            String type = dice.pick(FeedVocabulary.NON_RESIDENTIAL_PROPERTY);
            FeedRows.property(out, false, owner, type, dice.between(2000, 15000),
                    dice.dateBetween(asOf.minusYears(4), asOf.minusDays(60)));
            note = "非住宅房产（" + type + "）";
        }
        out.manifest(Rule.REAL_ESTATE_OWNED, owner, household.id(), note);
        return Planted.NOTHING;
    }

    private Planted business(UnitOutput out, Dice dice, Household household) {
        Person owner = adult(household, 18, 59).person();
        long capital = dice.between(5, 100) * 10_000L;
        String name = DepartmentTexts.businessName(dice, county, owner);
        FeedRows.business(out, false, owner, name, capital, FeedVocabulary.BUSINESS_ACTIVE);
        out.manifest(Rule.BUSINESS_REGISTERED, owner, household.id(), name + "，注册资本 " + capital + " 元，存续");
        return Planted.NOTHING;
    }

    private Planted housingFund(UnitOutput out, Dice dice, Household household) {
        Person payer = adult(household, 18, 59).person();
        long cents = dice.yuanCents(180, 900);
        LocalDate since = asOf.minusDays(dice.between(60, 700));
        FeedRows.housingFund(out, false, payer, cents, since);
        out.manifest(Rule.HOUSING_FUND_CONTRIBUTIONS, payer, household.id(), "自 " + since + " 缴存公积金");
        return Planted.NOTHING;
    }

    private Planted employment(UnitOutput out, Dice dice, Household household) {
        Person worker = adult(household, 18, 59).person();
        LocalDate earliest = household.enrolledSince().plusDays(30);
        LocalDate from = earliest.isAfter(asOf.minusDays(180)) ? earliest : asOf.minusDays(180);
        LocalDate date = dice.dateBetween(from, asOf.minusDays(5));
        FeedRows.labour(out, false, worker, LabourEvent.EMPLOYED, date, dice.yuanCents(2200, 4800));
        out.manifest(Rule.EMPLOYMENT_STARTED, worker, household.id(),
                "就业登记 " + date + "，晚于纳入日期 " + household.enrolledSince());
        return Planted.NOTHING;
    }

    /** Out-of-pocket spending of at least 60,000 元 and twice the household's income at the marginal bound. */
    private Planted highMedical(UnitOutput out, Dice dice, Household household) {
        Person patient = adult(household, 18, 99).person();
        long bound = benefits.marginalBoundPerPersonYear(household.village()) * household.members().size();
        long total = Math.round(Math.max(60_000, 2 * bound) * dice.uniform(1.0, 1.4) * 100);
        int settlements = dice.between(3, 6);
        String diagnosis = dice.pick(DepartmentTexts.SERIOUS_DIAGNOSES);
        long left = total;
        for (int i = 0; i < settlements; i++) {
            long share = i == settlements - 1 ? left : total / settlements;
            left -= share;
            long cost = Math.round(share / dice.uniform(0.35, 0.55));
            FeedRows.medical(out, false, patient, asOf.minusDays(dice.between(10, 330)), cost, share, diagnosis);
        }
        out.manifest(Rule.HIGH_MEDICAL_SPENDING, patient, household.id(), "近12个月自付 " + total / 100 + " 元（" + diagnosis
                + "），户收入上限约 " + bound + " 元/年");
        return Planted.NOTHING;
    }

    private Planted newSevereDisability(UnitOutput out, Dice dice, Household household) {
        Person person = household.firstOr(m -> !m.hasDisability() && m.person().ageOn(asOf) >= 2).person();
        Disability certificate = severeCertificate(dice, asOf.minusDays(dice.between(10, 150)));
        FeedRows.certificate(out, false, person, certificate.kind(), certificate.grade(), certificate.certifiedOn(),
                FeedVocabulary.CERTIFICATE_VALID);
        out.manifest(Rule.NEW_SEVERE_DISABILITY, person, household.id(), certificate.kind() + " " + certificate.grade()
                + "级，发证 " + certificate.certifiedOn() + "，户类别 " + programmeName(household));
        return Planted.NOTHING;
    }

    static Disability severeCertificate(Dice dice, LocalDate issued) {
        return switch (dice.weighted(35, 20, 20, 10, 15)) {
            case 0 -> new Disability(DisabilityKind.PHYSICAL, dice.between(1, 2), issued);
            case 1 -> new Disability(DisabilityKind.INTELLECTUAL, dice.between(1, 3), issued);
            case 2 -> new Disability(DisabilityKind.MENTAL, dice.between(1, 3), issued);
            case 3 -> new Disability(DisabilityKind.VISUAL, dice.between(1, 2), issued);
            default -> new Disability(DisabilityKind.MULTIPLE, dice.between(1, 2), issued);
        };
    }

    private Planted unemployed(UnitOutput out, Dice dice, Household household) {
        Person person = adult(household, 18, 59).person();
        LocalDate date = asOf.minusDays(dice.between(10, 300));
        FeedRows.labour(out, false, person, LabourEvent.UNEMPLOYED_REGISTERED, date, dice.chance(0.3) ? 160_200 : 0);
        out.manifest(Rule.UNEMPLOYED_LOW_INCOME, person, household.id(), "失业登记 " + date + "，户类别 " + programmeName(household));
        return Planted.NOTHING;
    }

    private Planted relapseRisk(UnitOutput out, Dice dice, Household household) {
        Person head = household.applicant().person();
        long income = dice.between(4000, 11000);
        FeedRows.relapseRisk(out, false, head, FeedVocabulary.RELAPSE_AT_RISK, asOf.minusDays(dice.between(60, 900)), income);
        out.manifest(Rule.RELAPSE_RISK_NOT_COVERED, head, household.id(), "防返贫监测对象，人均年收入 " + income
                + " 元，低于边缘线 " + benefits.marginalBoundPerPersonYear(household.village()) + " 元，未纳入任何救助");
        return Planted.NOTHING;
    }

    private Planted hotline(UnitOutput out, Dice dice, Household household) {
        Member caller = household.applicant();
        String phone = caller.phone() != null ? caller.phone() : MemberTraits.mobile(dice);
        String ticket = DepartmentTexts.ticketId(out.index(), out.nextTicket());
        FeedRows.ticket(out, false, ticket, caller.person(), phone,
                DepartmentTexts.receivedAt(dice, asOf.minusDays(dice.between(1, 60))), household.village().code().value(),
                FeedVocabulary.HOTLINE_HARDSHIP, DepartmentTexts.hardshipText(dice));
        out.manifest(Rule.HOTLINE_HARDSHIP, caller.person(), household.id(), "工单 " + ticket);
        return Planted.NOTHING;
    }

    private Planted duplicate(UnitOutput out, Dice dice, Household household) {
        Member member = adult(household, 18, 59);
        Household elsewhere = neighbourRoll.enrolElsewhere(out, dice, member);
        out.manifest(Rule.DUPLICATE_ENROLMENT, member.person(), household.id(), "同时在 " + elsewhere.id() + " 低保在保");
        out.manifest(Rule.DUPLICATE_ENROLMENT, member.person(), elsewhere.id(), "同时在 " + household.id() + " 在保");
        return Planted.NOTHING;
    }

    private Planted accountHolder(UnitOutput out, Household household) {
        out.manifest(Rule.ACCOUNT_HOLDER_MISMATCH, household.applicant().person(), household.id(),
                "账户户名 " + household.accountHolder() + " 既非本人也非申请人");
        return Planted.NOTHING;
    }

    private Planted sharedAccount(UnitOutput out, Household household, long previousIndex) {
        out.manifest(Rule.SHARED_ACCOUNT, household.applicant().person(), household.id(),
                "账户 " + household.bankAccount() + " 同时用于 "
                        + HouseholdFactory.householdId(county.code().value(), previousIndex + 1));
        return Planted.NOTHING;
    }

    private Planted minorAgesOut(UnitOutput out, Household household) {
        Person person = household.applicant().person();
        out.manifest(Rule.MINOR_AGES_OUT, person, household.id(),
                "特困，" + person.birthDate().plusYears(18) + " 满18周岁，未在学");
        return Planted.NOTHING;
    }

    /** A caseworker or cadre whose close relative is a member; the case is registered only for decoys. */
    private Planted staffRelative(UnitOutput out, Dice dice, Household household, boolean unregistered) {
        Member relative = adult(household, 18, 99);
        int age = relative.person().ageOn(asOf);
        boolean parentOfStaff = age >= 55;
        int staffAge = parentOfStaff ? clamp(age - dice.between(24, 32), 25, 58) : clamp(age + dice.between(-8, 8), 25, 58);
        String relativeSurname = relative.name().substring(0, 1);
        Person staff = people.create(out, dice,
                parentOfStaff && relative.person().sex() != org.doudi.kernel.Sex.MALE ? Names.surname(dice) : relativeSurname,
                People.anySex(dice), people.birthForAge(dice, staffAge));
        String role = dice.pick(FeedVocabulary.STAFF_ROLES);
        String region = role.startsWith("乡镇") ? household.village().township() : household.village().code().value();
        FeedRows.staff(out, staff, role, region, relative.person(), parentOfStaff ? Relation.PARENT : Relation.SIBLING);
        if (unregistered) {
            out.manifest(Rule.STAFF_RELATIVE_UNREGISTERED, relative.person(), household.id(),
                    role + " " + staff.name() + " 的近亲属，未备案");
        }
        return Planted.NOTHING;
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    private Member adult(Household household, int youngest, int oldest) {
        Predicate<Member> fits = m -> {
            int age = m.person().ageOn(asOf);
            return age >= youngest && age <= oldest && !m.inSchool();
        };
        return household.firstOr(fits);
    }

    private static String programmeName(Household household) {
        return household.programme().fileCode().isEmpty() ? "LOW_INCOME" : household.programme().name();
    }
}
