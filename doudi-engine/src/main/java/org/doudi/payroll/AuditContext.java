package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicySource;

/** One audit's view of a run: the lines by household and account, the registry's households, the parameters in force. */
final class AuditContext {

    final List<PayrollLine> lines;
    final PayrollInputs inputs;
    final YearMonth month;
    final Recomputation recomputation;
    /** Line indexes per household id, households in line order. */
    final Map<String, List<Integer>> linesByHousehold = new LinkedHashMap<>();
    /** Line indexes per non-empty account, accounts in line order. */
    final Map<String, List<Integer>> linesByAccount = new LinkedHashMap<>();
    private final Map<String, Household> byKey = new HashMap<>();
    private final Map<String, Household> byId = new HashMap<>();
    private final PolicySource policy;
    private final Map<String, Parameters> parameters = new ConcurrentHashMap<>();
    private final List<AuditFinding> findings = new ArrayList<>();

    AuditContext(List<PayrollLine> lines, PayrollInputs inputs, YearMonth month, PolicySource policy,
                 Recomputation recomputation) {
        this.lines = lines;
        this.inputs = inputs;
        this.month = month;
        this.policy = policy;
        this.recomputation = recomputation;
        for (Household h : Household.group(inputs.persons())) {
            byKey.put(h.key(), h);
            byId.putIfAbsent(h.id(), h);
        }
        for (int i = 0; i < lines.size(); i++) {
            PayrollLine line = lines.get(i);
            linesByHousehold.computeIfAbsent(line.householdId(), k -> new ArrayList<>()).add(i);
            if (line.account() != null && !line.account().isEmpty()) {
                linesByAccount.computeIfAbsent(line.account(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The registry's household for the line's household and programme, or null. */
    Household household(PayrollLine line) {
        return byKey.get(Household.key(line.householdId(), line.programme()));
    }

    /** The registry's household with this id (its first programme), or null. */
    Household household(String householdId) {
        return byId.get(householdId);
    }

    /** The parameters in force for the region and area on the month's first day. */
    Parameters parameters(String region, Area area) {
        return parameters.computeIfAbsent(region + "|" + area, k -> policy.at(
                DivisionCode.tryParse(region).orElse(DivisionCode.parse("110000")), area, month.atDay(1)));
    }

    /** The parameters for a line: its household's area, urban when the registry does not know the household. */
    Parameters parameters(PayrollLine line) {
        Household h = household(line);
        return parameters(line.region(), h == null ? Area.URBAN : h.area());
    }

    void add(String rule, String idNumber, String householdId, String reason, List<Integer> held) {
        BigDecimal amount = held.stream().map(i -> lines.get(i).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        findings.add(new AuditFinding(rule, idNumber, householdId, amount, reason, held));
    }

    List<AuditFinding> findings() {
        return findings;
    }
}
