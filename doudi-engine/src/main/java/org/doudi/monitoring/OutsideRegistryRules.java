package org.doudi.monitoring;

import java.util.List;
import org.doudi.kernel.Area;

/**
 * Leads about persons who are not in the registry (empty household): a new severe disability certificate, a
 * relapse-risk object below the marginal bound, a hardship call. The feeds are the county's own, so the
 * thresholds (rural) and the region of a lead are the registry's county, not the address code in the ID number
 * (where the person was first registered, often elsewhere); a call keeps the village on the ticket.
 */
final class OutsideRegistryRules {

    private final Thresholds.Cache thresholds;
    private final NeedRules rules;

    private final String county;

    OutsideRegistryRules(Thresholds.Cache thresholds, NeedRules rules, String county) {
        this.thresholds = thresholds;
        this.county = county;
        this.rules = rules;
    }

    /** Whether a row of someone outside the registry may make a lead (kept while reading). */
    static boolean mayMatter(FeedRow row) {
        Fact fact = row.fact();
        if (fact instanceof Fact.Certificate c) {
            return "VALID".equals(c.status()) && c.severe();
        }
        if (fact instanceof Fact.RelapseRisk r) {
            return "AT_RISK".equals(r.status());
        }
        return fact instanceof Fact.Ticket t && NeedRules.HARDSHIP_CATEGORY.equals(t.category());
    }

    void evaluate(List<FeedRow> outside, Findings out) {
        for (FeedRow row : outside) {
            Thresholds t = thresholds.at(county, Area.RURAL);
            Fact fact = row.fact();
            if (fact instanceof Fact.Certificate c) {
                if (rules.isNewSevere(c, t)) {
                    out.add(RuleId.NEW_SEVERE_DISABILITY, "", row.idNumber(), row.name(), county, row.source() + "："
                            + c.kind() + " " + c.grade() + "级，发证 " + c.issued() + "；不在低收入人口登记库", row.lowConfidence());
                }
            } else if (fact instanceof Fact.RelapseRisk r) {
                long bound = t.marginalBoundPerPersonYearCents();
                if (r.perCapitaIncomeCents() < bound) {
                    out.add(RuleId.RELAPSE_RISK_NOT_COVERED, "", row.idNumber(), row.name(), county,
                            NeedRules.relapseEvidence(row, bound) + "；不在低收入人口登记库", row.lowConfidence());
                }
            } else if (fact instanceof Fact.Ticket ticket) {
                out.add(RuleId.HOTLINE_HARDSHIP, "", row.idNumber(), row.name(), ticket.region().isEmpty() ? county : ticket.region(),
                        NeedRules.ticketEvidence(row) + "；来电人不在登记库，建议新建线索", row.lowConfidence());
            }
        }
    }
}
