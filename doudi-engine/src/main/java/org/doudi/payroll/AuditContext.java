package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicySource;

/**
 * One audit's view of a run: the lines by household and account, the registry's households, the parameters in
 * force and the figures the rules read from them. Built once, then only read: the rules may run on any thread.
 */
final class AuditContext {

    final List<PayrollLine> lines;
    final PayrollInputs inputs;
    final YearMonth month;
    final Recomputation recomputation;
    /** The households that have lines, by id, in line order, with their registry household and their lines. */
    final List<HouseholdLines> linesByHousehold;
    /** Line indexes per non-empty account, accounts in line order. */
    final Map<String, List<Integer>> linesByAccount;
    private final Households households;
    /** Per line: the registry's household of its id and programme (or null), and what is in force for it. */
    private final Household[] lineHouseholds;
    private final InForce[] lineInForce;
    private final PolicySource policy;
    private final Map<String, Map<Area, InForce>> inForce = new ConcurrentHashMap<>();
    /** Findings per rule, in {@link PayrollAudit#RULES} order; each rule adds only to its own list. */
    private final List<List<AuditFinding>> findings = new ArrayList<>();

    /** A household id that has lines: the registry's household with that id (its first programme) and the lines. */
    record HouseholdLines(String id, Household household, List<Integer> lines) {
    }

    AuditContext(List<PayrollLine> lines, PayrollInputs inputs, Households households, YearMonth month,
                 PolicySource policy, Recomputation recomputation) {
        this.lines = lines;
        this.inputs = inputs;
        this.month = month;
        this.policy = policy;
        this.recomputation = recomputation;
        this.households = households;
        this.lineHouseholds = new Household[lines.size()];
        this.lineInForce = new InForce[lines.size()];
        Map<String, List<Integer>> byHousehold = new LinkedHashMap<>(capacity(lines.size()));
        this.linesByAccount = new LinkedHashMap<>(capacity(lines.size()));
        InForce last = null;
        for (int i = 0; i < lines.size(); i++) {
            PayrollLine line = lines.get(i);
            Household h = households.of(line.householdId(), line.programme());
            Area area = h == null ? Area.URBAN : h.area();
            if (last == null || !java.util.Objects.equals(last.region, line.region()) || last.area != area) {
                last = inForce(line.region(), area);
            }
            lineHouseholds[i] = h;
            lineInForce[i] = last;
            append(byHousehold, line.householdId(), i);
            if (line.account() != null && !line.account().isEmpty()) {
                append(linesByAccount, line.account(), i);
            }
        }
        List<HouseholdLines> held = new ArrayList<>(byHousehold.size());
        byHousehold.forEach((id, indexes) -> held.add(new HouseholdLines(id, households.byId(id), indexes)));
        this.linesByHousehold = held;
        PayrollAudit.RULES.forEach(rule -> findings.add(new ArrayList<>()));
    }

    private static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }

    /** Adds a line index to a key's list: a single index as an immutable one-element list until a second comes. */
    private static void append(Map<String, List<Integer>> map, String key, int index) {
        List<Integer> present = map.putIfAbsent(key, List.of(index));
        if (present != null) {
            List<Integer> more = present instanceof ArrayList<Integer> list ? list : new ArrayList<>(present);
            more.add(index);
            map.put(key, more);
        }
    }

    /** The registry's household for the line's household and programme, or null. */
    Household household(int line) {
        return lineHouseholds[line];
    }

    /** The registry's household with this id (its first programme), or null. */
    Household household(String householdId) {
        return households.byId(householdId);
    }

    /** What is in force for the region and area on the month's first day. */
    InForce inForce(String region, Area area) {
        return inForce.computeIfAbsent(String.valueOf(region), k -> new ConcurrentHashMap<>()).computeIfAbsent(area, a ->
                new InForce(region, a, policy.at(DivisionCode.tryParse(region).orElse(DivisionCode.parse("110000")), a,
                        month.atDay(1))));
    }

    /** What is in force for a line: its household's area, urban when the registry does not know the household. */
    InForce inForce(int line) {
        return lineInForce[line];
    }

    void add(String rule, String idNumber, String householdId, String reason, List<Integer> held) {
        BigDecimal amount = BigDecimal.ZERO;
        for (int i : held) {
            amount = amount.add(lines.get(i).amount());
        }
        findings.get(PayrollAudit.RULES.indexOf(rule)).add(new AuditFinding(rule, idNumber, householdId, amount, reason,
                held));
    }

    /** The findings, rule by rule in {@link PayrollAudit#RULES} order, each rule's in the order it added them. */
    List<AuditFinding> findings() {
        List<AuditFinding> all = new ArrayList<>();
        findings.forEach(all::addAll);
        return all;
    }

    /**
     * The parameters in force for one region and area, and what the rules read from them, each read once when first
     * asked for: the thresholds of {@code payroll.*} and the statutory maximum by programme and household size.
     */
    static final class InForce {

        final String region;
        final Area area;
        final Parameters parameters;
        private volatile Integer frequentLines;
        private volatile BigDecimal largeAmount;
        private volatile BigDecimal tolerance;
        private final Map<Programme, Map<Integer, Optional<StatutoryMaximum.Limit>>> limits =
                new ConcurrentHashMap<>();

        InForce(String region, Area area, Parameters parameters) {
            this.region = region;
            this.area = area;
            this.parameters = parameters;
        }

        int frequentLinesPerAccount() {
            if (frequentLines == null) {
                frequentLines = parameters.integer("payroll.frequentLinesPerAccount");
            }
            return frequentLines;
        }

        /** payroll.largeAmountStandardMultiple × dibao.standard. */
        BigDecimal largeAmount() {
            if (largeAmount == null) {
                largeAmount = parameters.decimal("payroll.largeAmountStandardMultiple")
                        .multiply(parameters.decimal("dibao.standard"));
            }
            return largeAmount;
        }

        BigDecimal recomputeTolerance() {
            if (tolerance == null) {
                tolerance = parameters.decimal("payroll.recomputeTolerance");
            }
            return tolerance;
        }

        Optional<StatutoryMaximum.Limit> statutoryMaximum(Programme programme, int members) {
            return limits.computeIfAbsent(programme, p -> new ConcurrentHashMap<>())
                    .computeIfAbsent(members, n -> StatutoryMaximum.of(programme, parameters, n));
        }
    }
}
