package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;

/**
 * The rules that find a need: high medical spending, a new severe disability, unemployment in a monitored
 * household, a relapse-risk object in no programme, a student to refer, a hardship call.
 */
final class NeedRules {

    /** The 12345 category of a hardship report; other categories are not findings. */
    static final String HARDSHIP_CATEGORY = "生活困难求助";

    private final Registry registry;
    private final FeedIndex feeds;
    private final LocalDate asOf;

    NeedRules(Registry registry, FeedIndex feeds, LocalDate asOf) {
        this.registry = registry;
        this.feeds = feeds;
        this.asOf = asOf;
    }

    void evaluate(HouseholdContext hh) {
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            int p = registry.member(hh.h, i);
            newSevereDisability(hh, p);
            unemployed(hh, p);
            relapseRisk(hh, p);
            student(hh, p);
            hotline(hh, p);
        }
        medical(hh);
    }

    /**
     * Out-of-pocket spending of all members settled in the last monitoring.medical.windowMonths months above
     * {@link Thresholds#medicalThresholdCents}; the subject is the member who paid most. Households in payment
     * or monitored (not suspended or terminated).
     */
    private void medical(HouseholdContext hh) {
        ProgrammeStatus status = registry.status(hh.h);
        if (status == ProgrammeStatus.SUSPENDED || status == ProgrammeStatus.TERMINATED) {
            return;
        }
        LocalDate from = asOf.minusMonths(hh.t.medicalWindowMonths());
        long total = 0;
        long sure = 0;
        long most = -1;
        int patient = -1;
        for (int i = 0; i < registry.memberCount(hh.h); i++) {
            int p = registry.member(hh.h, i);
            long own = 0;
            for (FeedRow row : feeds.of(Feed.MEDICAL, p)) {
                Fact.Medical m = (Fact.Medical) row.fact();
                if (m.settled().isAfter(from) && !m.settled().isAfter(asOf)) {
                    own += m.outOfPocketCents();
                    sure += row.lowConfidence() ? 0 : m.outOfPocketCents();
                }
            }
            total += own;
            if (own > most) {
                most = own;
                patient = p;
            }
        }
        long threshold = hh.t.medicalThresholdCents(registry.memberCount(hh.h));
        if (total > threshold) {
            List<String> lines = new ArrayList<>();
            java.util.Set<String> diagnoses = new java.util.TreeSet<>();
            for (int i = 0; i < registry.memberCount(hh.h); i++) {
                int p = registry.member(hh.h, i);
                for (FeedRow row : feeds.of(Feed.MEDICAL, p)) {
                    Fact.Medical m = (Fact.Medical) row.fact();
                    if (m.settled().isAfter(from) && !m.settled().isAfter(asOf)) {
                        lines.add(row.file() + " 第" + row.line() + "行");
                        if (p == patient && !m.diagnosis().isEmpty()) {
                            diagnoses.add(m.diagnosis());
                        }
                    }
                }
            }
            hh.add(RuleId.HIGH_MEDICAL_SPENDING, patient, from + " 至 " + asOf + " 全户医疗自付合计 " + Money.yuan(total)
                    + " 元（本人 " + Money.yuan(most) + " 元" + (diagnoses.isEmpty() ? "" : "，" + String.join("、", diagnoses)) + "；" + String.join("、", lines) + "），超过预警线 "
                    + Money.yuan(threshold) + " 元 = max(" + Money.yuan(hh.t.medicalFloorCents()) + ", "
                    + hh.t.rigidExpenditureShare().stripTrailingZeros().toPlainString() + " × 低保标准 "
                    + Money.yuan(hh.t.dibaoStandardCents()) + " × 12 × " + registry.memberCount(hh.h) + "人)",
                    sure <= threshold);
        }
    }

    /** A new severe certificate the registry does not record, for a person in no programme or a marginal household. */
    private void newSevereDisability(HouseholdContext hh, int p) {
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

    private void unemployed(HouseholdContext hh, int p) {
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
    private void relapseRisk(HouseholdContext hh, int p) {
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

    private void student(HouseholdContext hh, int p) {
        if (!registry.active(hh.h) && registry.programme(hh.h) != Programme.MARGINAL) {
            return;
        }
        for (FeedRow row : feeds.of(Feed.EDUCATION, p)) {
            Fact.Student s = (Fact.Student) row.fact();
            hh.add(RuleId.STUDENT_IN_LOW_INCOME_HOUSEHOLD, p, row.source() + "：" + s.stage() + "，入学 " + s.enrolled()
                    + "，年费用 " + Money.yuan(s.feesCents()) + " 元；" + hh.standing(), row.lowConfidence());
        }
    }

    private void hotline(HouseholdContext hh, int p) {
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
}
