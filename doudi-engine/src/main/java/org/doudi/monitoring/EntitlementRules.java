package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Schooling;

/**
 * The rules about what a household in payment (ACTIVE or GRADUAL_EXIT) may have or must report: deaths, vehicles,
 * property, businesses, housing-fund contributions, new jobs, unregistered staff relatives, a minor coming of
 * age, the receiving account's holder.
 */
final class EntitlementRules {

    private final Registry registry;
    private final FeedIndex feeds;
    private final LocalDate asOf;

    EntitlementRules(Registry registry, FeedIndex feeds, LocalDate asOf) {
        this.registry = registry;
        this.feeds = feeds;
        this.asOf = asOf;
    }

    void evaluate(HouseholdContext hh) {
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            int p = registry.member(hh.h, i);
            deaths(hh, p);
            vehicles(hh, p);
            businesses(hh, p);
            housingFund(hh, p);
            employment(hh, p);
            staffRelatives(hh, p);
            minorAgesOut(hh, p);
        }
        realEstate(hh);
        accountHolder(hh);
    }

    private void deaths(HouseholdContext hh, int p) {
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
    private void vehicles(HouseholdContext hh, int p) {
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

    private void realEstate(HouseholdContext hh) {
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

    private void businesses(HouseholdContext hh, int p) {
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

    private void housingFund(HouseholdContext hh, int p) {
        for (FeedRow row : feeds.of(Feed.HOUSING_FUND, p)) {
            Fact.HousingFund f = (Fact.HousingFund) row.fact();
            if (f.since() == null || !f.since().isAfter(asOf)) {
                hh.add(RuleId.HOUSING_FUND_CONTRIBUTIONS, p, row.source() + "：月缴存 " + Money.yuan(f.monthlyCents()) + " 元"
                        + (f.since() == null ? "" : "，自 " + f.since()), row.lowConfidence());
            }
        }
    }

    /** An EMPLOYED event after the household's enrolment (jobs held before it were known when it was assessed). */
    private void employment(HouseholdContext hh, int p) {
        LocalDate enrolled = registry.enrolledSince(hh.h);
        for (FeedRow row : feeds.of(Feed.LABOUR, p)) {
            Fact.Labour l = (Fact.Labour) row.fact();
            if ("EMPLOYED".equals(l.event()) && !l.date().isAfter(asOf) && (enrolled == null || l.date().isAfter(enrolled))) {
                hh.add(RuleId.EMPLOYMENT_STARTED, p, row.source() + "：就业登记 " + l.date() + "，月收入 "
                        + Money.yuan(l.monthlyCents()) + " 元；纳入日期 " + enrolled, row.lowConfidence());
            }
        }
    }

    private void staffRelatives(HouseholdContext hh, int p) {
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
    private void minorAgesOut(HouseholdContext hh, int p) {
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

    private void accountHolder(HouseholdContext hh) {
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
