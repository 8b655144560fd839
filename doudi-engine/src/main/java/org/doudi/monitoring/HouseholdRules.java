package org.doudi.monitoring;

import java.time.LocalDate;

/**
 * The built-in rules that look at one registry household and its members' feed rows: the entitlement rules
 * for households in payment, and the need rules for every household. Thresholds come from the household's
 * region and area ({@link Thresholds}).
 */
final class HouseholdRules {

    private final Registry registry;
    private final Thresholds.Cache thresholds;
    private final EntitlementRules entitlement;
    private final NeedRules need;

    HouseholdRules(Registry registry, FeedIndex feeds, Thresholds.Cache thresholds, LocalDate asOf) {
        this.registry = registry;
        this.thresholds = thresholds;
        this.entitlement = new EntitlementRules(registry, feeds, asOf);
        this.need = new NeedRules(registry, feeds, asOf);
    }

    void evaluate(int h, Findings out) {
        HouseholdContext household = new HouseholdContext(registry, h, thresholds.at(registry.region(h), registry.area(h)), out);
        if (registry.active(h)) {
            entitlement.evaluate(household);
        }
        need.evaluate(household);
    }

    NeedRules need() {
        return need;
    }
}
