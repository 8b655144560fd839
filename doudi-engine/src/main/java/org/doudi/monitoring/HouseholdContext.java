package org.doudi.monitoring;

/** A household under evaluation: its thresholds, and where its findings go. */
final class HouseholdContext {

    final int h;
    final Thresholds t;
    private final Registry registry;
    private final Findings out;

    HouseholdContext(Registry registry, int h, Thresholds t, Findings out) {
        this.registry = registry;
        this.h = h;
        this.t = t;
        this.out = out;
    }

    void add(RuleId rule, int person, String evidence, boolean lowConfidence) {
        out.add(rule, registry.householdId(h), registry.idNumber(person), registry.name(person), registry.region(h),
                evidence, lowConfidence);
    }

    /** "户类别 DIBAO，状态 ACTIVE，月发放 1080 元", for evidence. */
    String standing() {
        return "户类别 " + registry.programme(h).name() + "，状态 " + registry.status(h).name() + "，月发放 "
                + Money.yuan(registry.monthlyCents(h)) + " 元";
    }
}
