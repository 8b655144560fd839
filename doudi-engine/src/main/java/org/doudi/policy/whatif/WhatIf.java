package org.doudi.policy.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.Assessor;
import org.doudi.policy.Decision;
import org.doudi.policy.Parameters;

/**
 * The engine as a simulator: re-assesses households under changed parameters and compares with the
 * parameters in force — who enters, who leaves, who gains, who loses, and what the month costs, per
 * township. Both sides are assessed by the same rules at the same date; only the changed parameters differ.
 */
public final class WhatIf {

    /** A household to re-assess: its key (household number), its township and its request. */
    public record Subject(String key, String township, AssessmentRequest request) {
    }

    public enum Effect {
        ENTERS, LEAVES, GAINS, LOSES, UNCHANGED
    }

    /** One household whose outcome differs. */
    public record Change(String key, String township, Effect effect, BigDecimal before, BigDecimal after) {
    }

    /** Counts and monthly cost for one township (or the total, with township null). */
    public record Row(String township, int assessed, int enters, int leaves, int gains, int loses,
                      BigDecimal costBefore, BigDecimal costAfter) {
        public BigDecimal costChange() {
            return costAfter.subtract(costBefore);
        }
    }

    public record Report(List<ParameterChange> changes, List<Row> townships, Row total, List<Change> households,
                         int refused) {
    }

    private final Assessor assessor;

    public WhatIf(Assessor assessor) {
        this.assessor = assessor;
    }

    public Report run(Iterable<Subject> subjects, List<ParameterChange> changes) {
        Map<String, Tally> tallies = new TreeMap<>();
        List<Change> households = new ArrayList<>();
        int refused = 0;
        for (Subject subject : subjects) {
            AssessmentRequest request = subject.request();
            Decision before;
            Decision after;
            try {
                before = assessor.assess(request, false);
                after = assessor.assess(changed(request, changes), false);
            } catch (RuntimeException e) {
                refused++;
                continue;
            }
            Effect effect = effect(before, after);
            tallies.computeIfAbsent(subject.township(), t -> new Tally()).add(effect, before, after);
            if (effect != Effect.UNCHANGED) {
                households.add(new Change(subject.key(), subject.township(), effect, before.monthlyAmount(),
                        after.monthlyAmount()));
            }
        }
        List<Row> rows = new ArrayList<>();
        Tally total = new Tally();
        tallies.forEach((township, tally) -> {
            rows.add(tally.row(township));
            total.merge(tally);
        });
        return new Report(List.copyOf(changes), rows, total.row(null), households, refused);
    }

    /** The request with the changed parameters as overrides, computed from the values in force for it. */
    AssessmentRequest changed(AssessmentRequest request, List<ParameterChange> changes) {
        Parameters current = assessor.policy().at(DivisionCode.parse(request.region()), request.area(), request.asOf());
        Map<String, Object> overrides = new LinkedHashMap<>(request.parameters() == null ? Map.of() : request.parameters());
        for (ParameterChange change : changes) {
            overrides.put(change.name(), change.apply(current.decimal(change.name())));
        }
        return new AssessmentRequest(request.programme(), request.asOf(), request.region(), request.area(), overrides,
                request.household(), request.temporary(), request.subject());
    }

    private static Effect effect(Decision before, Decision after) {
        if (!before.eligible() && after.eligible()) {
            return Effect.ENTERS;
        }
        if (before.eligible() && !after.eligible()) {
            return Effect.LEAVES;
        }
        int compared = after.monthlyAmount().compareTo(before.monthlyAmount());
        return compared > 0 ? Effect.GAINS : compared < 0 ? Effect.LOSES : Effect.UNCHANGED;
    }

    private static final class Tally {
        private final Map<Effect, Integer> counts = new HashMap<>();
        private int assessed;
        private BigDecimal before = BigDecimal.ZERO;
        private BigDecimal after = BigDecimal.ZERO;

        void add(Effect effect, Decision b, Decision a) {
            assessed++;
            counts.merge(effect, 1, Integer::sum);
            before = before.add(b.monthlyAmount());
            after = after.add(a.monthlyAmount());
        }

        void merge(Tally other) {
            assessed += other.assessed;
            other.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
            before = before.add(other.before);
            after = after.add(other.after);
        }

        Row row(String township) {
            return new Row(township, assessed, counts.getOrDefault(Effect.ENTERS, 0), counts.getOrDefault(Effect.LEAVES, 0),
                    counts.getOrDefault(Effect.GAINS, 0), counts.getOrDefault(Effect.LOSES, 0), before, after);
        }
    }
}
