package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Schooling;

/**
 * The built-in rules that look at one registry household and its members' feed rows. "Active" is in payment
 * (ACTIVE or GRADUAL_EXIT); thresholds come from the household's region and area ({@link Thresholds}).
 */
final class HouseholdRules {

    /** The 12345 category of a hardship report (乡村振兴/12345 vocabulary); other categories are not findings. */
    static final String HARDSHIP_CATEGORY = "生活困难求助";

    private final Registry registry;
    private final FeedIndex feeds;
    private final Thresholds.Cache thresholds;
    private final LocalDate asOf;

    HouseholdRules(Registry registry, FeedIndex feeds, Thresholds.Cache thresholds, LocalDate asOf) {
        this.registry = registry;
        this.feeds = feeds;
        this.thresholds = thresholds;
        this.asOf = asOf;
    }

    /** A household under evaluation: its findings go to {@code out}. */
    private final class Household {
        final int h;
        final Thresholds t;
        final Findings out;

        Household(int h, Findings out) {
            this.h = h;
            this.t = thresholds.at(registry.region(h), registry.area(h));
            this.out = out;
        }

        void add(RuleId rule, int person, String evidence, boolean lowConfidence) {
            out.add(rule, registry.householdId(h), registry.idNumber(person), registry.name(person), registry.region(h),
                    evidence, lowConfidence);
        }

        String standing() {
            return "户类别 " + registry.programme(h).name() + "，状态 " + registry.status(h).name() + "，月发放 "
                    + Money.yuan(registry.monthlyCents(h)) + " 元";
        }
    }

    void evaluate(int h, Findings out) {
        Household hh = new Household(h, out);
        boolean active = registry.active(h);
        for (int i = 0; i < registry.memberCount(h); i++) {
            int p = registry.member(h, i);
            if (active) {
                deaths(hh, p);
                vehicles(hh, p);
                businesses(hh, p);
                housingFund(hh, p);
                employment(hh, p);
                staffRelatives(hh, p);
                minorAgesOut(hh, p);
            }
            newSevereDisability(hh, p);
            unemployed(hh, p);
            relapseRisk(hh, p);
            student(hh, p);
            hotline(hh, p);
        }
        if (active) {
            realEstate(hh);
            accountHolder(hh);
        }
        medical(hh);
    }

    private void deaths(Household hh, int p) {
        LocalDate paidUntil = asOf.withDayOfMonth(1).minusMonths(1);
        for (FeedRow row : feeds.of(Feed.DEATHS, p)) {
            Fact.Death death = (Fact.Death) row.fact();
            if (death.date().isAfter(asOf)) {
                continue;
            }
            String evidence = row.source() + "：死亡日期 " + death.date() + (death.source().isEmpty() ? "" : "（" + death.source() + "）")
                    + "；" + hh.standing();
            hh.add(RuleId.DEATH_OF_RECIPIENT, p, evidence, row.lowConfidence());
            if (death.date().isBefore(paidUntil)) {
                hh.add(RuleId.PAID_AFTER_DEATH, p, evidence + "；死亡早于 " + paidUntil + "，已超过一个发放月", row.lowConfidence());
            }
        }
    }

    /** Owners of non-exempt vehicles, when the household has more than dibao.assets.vehiclesAllowed. */
    private void vehicles(Household hh, int p) {
        List<FeedRow> counted = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            int member = registry.member(hh.h, i);
            for (FeedRow row : feeds.of(Feed.VEHICLES, member)) {
                if (!hh.t.exemptVehicleTypes().contains(((Fact.Vehicle) row.fact()).type())) {
                    total++;
                    if (member == p) {
                        counted.add(row);
                    }
                }
            }
        }
        if (total > hh.t.vehiclesAllowed()) {
            for (FeedRow row : counted) {
                Fact.Vehicle v = (Fact.Vehicle) row.fact();
                hh.add(RuleId.VEHICLE_OWNED, p, row.source() + "：" + v.type() + " " + v.plate() + "，登记 " + v.registered()
                        + "，价值 " + Money.yuan(v.valueCents()) + " 元（非豁免车型；本户非豁免车辆 " + total + " 辆，允许 "
                        + hh.t.vehiclesAllowed() + " 辆）", row.lowConfidence());
            }
        }
    }

    private void realEstate(Household hh) {
        int homes = 0;
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            for (FeedRow row : feeds.of(Feed.REAL_ESTATE, registry.member(hh.h, i))) {
                homes += hh.t.residentialTypes().contains(((Fact.Property) row.fact()).type()) ? 1 : 0;
            }
        }
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            int p = registry.member(hh.h, i);
            for (FeedRow row : feeds.of(Feed.REAL_ESTATE, p)) {
                Fact.Property property = (Fact.Property) row.fact();
                boolean residential = hh.t.residentialTypes().contains(property.type());
                String what = row.source() + "：" + property.type() + " " + Money.yuan(property.areaCenti()) + " 平方米，登记 "
                        + property.registered();
                if (residential && homes > hh.t.homesAllowed()) {
                    hh.add(RuleId.REAL_ESTATE_OWNED, p, what + "（本户住宅 " + homes + " 套，允许 " + hh.t.homesAllowed() + " 套）",
                            row.lowConfidence());
                } else if (!residential && !hh.t.nonResidentialAllowed()) {
                    hh.add(RuleId.REAL_ESTATE_OWNED, p, what + "（非居住类房产）", row.lowConfidence());
                }
            }
        }
    }

    private void businesses(Household hh, int p) {
        if (hh.t.businessAllowed()) {
            return;
        }
        for (FeedRow row : feeds.of(Feed.BUSINESSES, p)) {
            Fact.Business b = (Fact.Business) row.fact();
            if ("ACTIVE".equals(b.status())) {
                hh.add(RuleId.BUSINESS_REGISTERED, p, row.source() + "：" + b.businessName() + "，注册资本 "
                        + Money.yuan(b.capitalCents()) + " 元，存续", row.lowConfidence());
            }
        }
    }

    private void housingFund(Household hh, int p) {
        for (FeedRow row : feeds.of(Feed.HOUSING_FUND, p)) {
            Fact.HousingFund f = (Fact.HousingFund) row.fact();
            if (f.since() == null || !f.since().isAfter(asOf)) {
                hh.add(RuleId.HOUSING_FUND_CONTRIBUTIONS, p, row.source() + "：月缴存 " + Money.yuan(f.monthlyCents()) + " 元"
                        + (f.since() == null ? "" : "，自 " + f.since()), row.lowConfidence());
            }
        }
    }

    /** An EMPLOYED event after the household's enrolment (jobs held before it were known when it was assessed). */
    private void employment(Household hh, int p) {
        LocalDate enrolled = registry.enrolledSince(hh.h);
        for (FeedRow row : feeds.of(Feed.LABOUR, p)) {
            Fact.Labour l = (Fact.Labour) row.fact();
            if ("EMPLOYED".equals(l.event()) && !l.date().isAfter(asOf) && (enrolled == null || l.date().isAfter(enrolled))) {
                hh.add(RuleId.EMPLOYMENT_STARTED, p, row.source() + "：就业登记 " + l.date() + "，月收入 "
                        + Money.yuan(l.monthlyCents()) + " 元；纳入日期 " + enrolled, row.lowConfidence());
            }
        }
    }

    /**
     * Out-of-pocket spending of all members settled in the last monitoring.medical.windowMonths months above
     * {@link Thresholds#medicalThresholdCents}; the subject is the member who paid most. Households in payment
     * or monitored (not suspended or terminated).
     */
    private void medical(Household hh) {
        ProgrammeStatus status = registry.status(hh.h);
        if (status == ProgrammeStatus.SUSPENDED || status == ProgrammeStatus.TERMINATED) {
            return;
        }
        LocalDate from = asOf.minusMonths(hh.t.medicalWindowMonths());
        long total = 0;
        long sure = 0;
        long most = -1;
        int patient = -1;
        List<String> lines = new ArrayList<>();
        java.util.Set<String> diagnoses = new java.util.TreeSet<>();
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            int p = registry.member(hh.h, i);
            long own = 0;
            java.util.Set<String> ownDiagnoses = new java.util.TreeSet<>();
            for (FeedRow row : feeds.of(Feed.MEDICAL, p)) {
                Fact.Medical m = (Fact.Medical) row.fact();
                if (m.settled().isAfter(from) && !m.settled().isAfter(asOf)) {
                    own += m.outOfPocketCents();
                    sure += row.lowConfidence() ? 0 : m.outOfPocketCents();
                    lines.add(row.file() + " 第" + row.line() + "行");
                    if (!m.diagnosis().isEmpty()) {
                        ownDiagnoses.add(m.diagnosis());
                    }
                }
            }
            total += own;
            if (own > most) {
                most = own;
                patient = p;
                diagnoses = ownDiagnoses;
            }
        }
        long threshold = hh.t.medicalThresholdCents(registry.memberCount(hh.h));
        if (total > threshold) {
            hh.add(RuleId.HIGH_MEDICAL_SPENDING, patient, from + " 至 " + asOf + " 全户医疗自付合计 " + Money.yuan(total)
                    + " 元（本人 " + Money.yuan(most) + " 元" + (diagnoses.isEmpty() ? "" : "，" + String.join("、", diagnoses)) + "；" + String.join("、", lines) + "），超过预警线 "
                    + Money.yuan(threshold) + " 元 = max(" + Money.yuan(hh.t.medicalFloorCents()) + ", "
                    + hh.t.rigidExpenditureShare().stripTrailingZeros().toPlainString() + " × 低保标准 "
                    + Money.yuan(hh.t.dibaoStandardCents()) + " × 12 × " + registry.memberCount(hh.h) + "人)",
                    sure <= threshold);
        }
    }

    /** A new severe certificate the registry does not record, for a person in no programme or a marginal household. */
    private void newSevereDisability(Household hh, int p) {
        Programme programme = registry.programme(hh.h);
        if (programme != Programme.LOW_INCOME && programme != Programme.MARGINAL
                && registry.status(hh.h) != ProgrammeStatus.TERMINATED) {
            return;
        }
        for (FeedRow row : feeds.of(Feed.DISABILITY, p)) {
            Fact.Certificate c = (Fact.Certificate) row.fact();
            boolean recorded = registry.disabilityKind(p) == c.kind().ordinal() && registry.disabilityGrade(p) <= c.grade();
            if (isNewSevere(c, hh.t) && !recorded) {
                hh.add(RuleId.NEW_SEVERE_DISABILITY, p, row.source() + "：" + c.kind() + " " + c.grade() + "级，发证 "
                        + c.issued() + "；" + hh.standing(), row.lowConfidence());
            }
        }
    }

    boolean isNewSevere(Fact.Certificate c, Thresholds t) {
        return "VALID".equals(c.status()) && c.severe() && !c.issued().isAfter(asOf)
                && c.issued().isAfter(asOf.minusMonths(t.newCertificateMonths()));
    }

    private void unemployed(Household hh, int p) {
        if (registry.status(hh.h) != ProgrammeStatus.MONITORED && registry.programme(hh.h) != Programme.MARGINAL) {
            return;
        }
        for (FeedRow row : feeds.of(Feed.LABOUR, p)) {
            Fact.Labour l = (Fact.Labour) row.fact();
            if ("UNEMPLOYED_REGISTERED".equals(l.event()) && !l.date().isAfter(asOf)) {
                hh.add(RuleId.UNEMPLOYED_LOW_INCOME, p, row.source() + "：失业登记 " + l.date() + "；" + hh.standing(),
                        row.lowConfidence());
            }
        }
    }

    /** Covered means in payment, or a monitored marginal household; everything else is "in no programme". */
    private void relapseRisk(Household hh, int p) {
        boolean covered = registry.active(hh.h)
                || registry.programme(hh.h) == Programme.MARGINAL && registry.status(hh.h) == ProgrammeStatus.MONITORED;
        if (covered) {
            return;
        }
        long bound = hh.t.marginalBoundPerPersonYearCents();
        for (FeedRow row : feeds.of(Feed.RURAL_REVITALISATION, p)) {
            Fact.RelapseRisk r = (Fact.RelapseRisk) row.fact();
            if ("AT_RISK".equals(r.status()) && r.perCapitaIncomeCents() < bound) {
                hh.add(RuleId.RELAPSE_RISK_NOT_COVERED, p, relapseEvidence(row, bound) + "；" + hh.standing(),
                        row.lowConfidence());
            }
        }
    }

    static String relapseEvidence(FeedRow row, long boundCents) {
        Fact.RelapseRisk r = (Fact.RelapseRisk) row.fact();
        return row.source() + "：防返贫监测对象（风险未消除" + (r.since() == null ? "" : "，自 " + r.since()) + "），人均年收入 "
                + Money.yuan(r.perCapitaIncomeCents()) + " 元，低于低保边缘线 " + Money.yuan(boundCents) + " 元/人·年";
    }

    private void student(Household hh, int p) {
        if (!registry.active(hh.h) && registry.programme(hh.h) != Programme.MARGINAL) {
            return;
        }
        for (FeedRow row : feeds.of(Feed.EDUCATION, p)) {
            Fact.Student s = (Fact.Student) row.fact();
            hh.add(RuleId.STUDENT_IN_LOW_INCOME_HOUSEHOLD, p, row.source() + "：" + s.stage() + "，入学 " + s.enrolled()
                    + "，年费用 " + Money.yuan(s.feesCents()) + " 元；" + hh.standing(), row.lowConfidence());
        }
    }

    private void hotline(Household hh, int p) {
        for (FeedRow row : feeds.of(Feed.HOTLINE, p)) {
            Fact.Ticket t = (Fact.Ticket) row.fact();
            if (HARDSHIP_CATEGORY.equals(t.category())) {
                hh.add(RuleId.HOTLINE_HARDSHIP, p, ticketEvidence(row) + "；" + hh.standing(), row.lowConfidence());
            }
        }
    }

    static String ticketEvidence(FeedRow row) {
        Fact.Ticket t = (Fact.Ticket) row.fact();
        return row.source() + "：工单 " + t.ticketId() + "，" + t.receivedAt() + "，" + t.category() + "：" + t.text();
    }

    private void staffRelatives(Household hh, int p) {
        if (registry.staffRelative(hh.h)) {
            return;
        }
        for (FeedRow row : feeds.of(Feed.STAFF, p)) {
            Fact.StaffTie s = (Fact.StaffTie) row.fact();
            hh.add(RuleId.STAFF_RELATIVE_UNREGISTERED, p, row.source() + "：" + s.role() + " " + s.staffName() + "（"
                    + s.region() + "）的近亲属（" + s.relation() + "）；本户未登记近亲属备案", row.lowConfidence());
        }
    }

    /** An extreme-poverty person who reached extremePoverty.minorLimitAge in the window and is not in school. */
    private void minorAgesOut(Household hh, int p) {
        if (registry.programme(hh.h) != Programme.EXTREME_POVERTY) {
            return;
        }
        LocalDate adult = registry.birthDate(p).plusYears(hh.t.minorLimitAge());
        if (adult.isAfter(asOf) || !adult.isAfter(asOf.minusMonths(hh.t.minorAgesOutMonths()))) {
            return;
        }
        int schooling = registry.schooling(p);
        boolean inSchool = !feeds.of(Feed.EDUCATION, p).isEmpty()
                || schooling >= 0 && schooling != Schooling.NONE.ordinal();
        if (!inSchool) {
            hh.add(RuleId.MINOR_AGES_OUT, p, "特困人员，出生 " + registry.birthDate(p) + "，" + adult + " 满"
                    + hh.t.minorLimitAge() + "周岁，教育部门数据和登记信息均无在学记录", false);
        }
    }

    private void accountHolder(Household hh) {
        String holder = registry.accountHolder(hh.h);
        if (holder == null || holder.isEmpty()) {
            return;
        }
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            if (registry.name(registry.member(hh.h, i)).equals(holder)) {
                return;
            }
        }
        int applicant = registry.applicant(hh.h);
        hh.add(RuleId.ACCOUNT_HOLDER_MISMATCH, applicant, "收款账户 " + registry.bankAccount(hh.h) + " 户名“" + holder
                + "”既非本户成员也非申请人“" + registry.name(applicant) + "”", false);
    }
}
