package org.doudi.monitoring;

import java.util.List;
import org.doudi.kernel.Area;

/**
 * Leads about persons who are not in the registry (empty household): a new severe disability certificate, a
 * relapse-risk object below the marginal bound, a hardship call. Thresholds are those of the region in the
 * person's ID number (rural for relapse-risk objects), or of the ticket's village.
 */
final class OutsideRegistryRules {

    private final Thresholds.Cache thresholds;
    private final HouseholdRules rules;

    OutsideRegistryRules(Thresholds.Cache thresholds, HouseholdRules rules) {
        this.thresholds = thresholds;
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
        return fact instanceof Fact.Ticket t && HouseholdRules.HARDSHIP_CATEGORY.equals(t.category());
    }

    void evaluate(List<FeedRow> outside, Findings out) {
        for (FeedRow row : outside) {
            String addressCode = row.idNumber().length() == 18 ? row.idNumber().substring(0, 6) : "";
            Fact fact = row.fact();
            if (fact instanceof Fact.Certificate c) {
                if (rules.isNewSevere(c, thresholds.at(addressCode, Area.RURAL))) {
                    out.add(RuleId.NEW_SEVERE_DISABILITY, "", row.idNumber(), row.name(), addressCode, row.source() + "："
                            + c.kind() + " " + c.grade() + "级，发证 " + c.issued() + "；不在低收入人口登记库", row.lowConfidence());
                }
            } else if (fact instanceof Fact.RelapseRisk r) {
                long bound = thresholds.at(addressCode, Area.RURAL).marginalBoundPerPersonYearCents();
                if (r.perCapitaIncomeCents() < bound) {
                    out.add(RuleId.RELAPSE_RISK_NOT_COVERED, "", row.idNumber(), row.name(), addressCode,
                            HouseholdRules.relapseEvidence(row, bound) + "；不在低收入人口登记库", row.lowConfidence());
                }
            } else if (fact instanceof Fact.Ticket t) {
                out.add(RuleId.HOTLINE_HARDSHIP, "", row.idNumber(), row.name(), t.region().isEmpty() ? addressCode : t.region(),
                        HouseholdRules.ticketEvidence(row) + "；来电人不在登记库，建议新建线索", row.lowConfidence());
            }
        }
    }
}
