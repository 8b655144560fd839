package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.doudi.kernel.Area;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.Assessor;
import org.doudi.policy.Decision;
import org.doudi.policy.PolicySource;
import org.doudi.registry.PersonRow;

/**
 * The engine's own amount for a household, where the registry gives enough to assess it: an ACTIVE Dibao
 * household whose members' {@code monthly_income} the file carries. The request is the household's members
 * (relation, disability, serious illness, schooling, self-care class) and their incomes, assessed by
 * {@link Assessor} for the household's region and area on the first day of the month. Gradual-exit amounts
 * need the previous benefit and the months since income passed the standard, which the export does not hold,
 * and the other programmes are paid per person with facts the export lacks (supporters, care assessments): for
 * those the registry's amount stands alone. Computed once per household and month (on any thread); the text of
 * the parameters used, the same for every household of a region and area that took the same path, once per path.
 */
final class Recomputation {

    /** The engine's amount and the parameters it used, with their sources. */
    record Result(BigDecimal amount, boolean eligible, String parameters) {
    }

    private record Computed(Household.Key household, YearMonth month) {
    }

    /** What a parameters text depends on: the packs give one value and source per region, area, date and name. */
    private record Used(String region, Area area, YearMonth month, List<String> names) {
    }

    private final Assessor assessor;
    private final boolean incomesKnown;
    private final Map<Computed, Optional<Result>> cache = new ConcurrentHashMap<>();
    private final Map<Used, String> texts = new ConcurrentHashMap<>();

    Recomputation(PolicySource policy, boolean incomesKnown) {
        this.assessor = new Assessor(policy);
        this.incomesKnown = incomesKnown;
    }

    Optional<Result> of(Household household, YearMonth month) {
        if (!incomesKnown || household.programme() != Programme.DIBAO
                || household.status() != ProgrammeStatus.ACTIVE) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(new Computed(household.key(), month), k -> assess(household, month));
    }

    private Optional<Result> assess(Household household, YearMonth month) {
        List<AssessmentRequest.Member> members = new ArrayList<>();
        List<AssessmentRequest.Income> incomes = new ArrayList<>();
        for (PersonRow row : household.members()) {
            String id = "m" + (members.size() + 1);
            members.add(member(row, id));
            if (row.monthlyIncome() != null && row.monthlyIncome().signum() > 0) {
                incomes.add(new AssessmentRequest.Income(id, AssessmentRequest.IncomeType.OTHER, row.monthlyIncome(), null));
            }
        }
        AssessmentRequest.Household facts = new AssessmentRequest.Household(members, incomes, List.of(), List.of(),
                null, null, null, List.of(), List.of(Programme.DIBAO));
        try {
            Decision decision = assessor.assess(new AssessmentRequest(Programme.DIBAO, month.atDay(1),
                    household.region(), household.area(), null, facts, null, null), false);
            BigDecimal amount = decision.eligible() && decision.monthlyAmount() != null
                    ? decision.monthlyAmount() : BigDecimal.ZERO;
            List<String> names = decision.parametersUsed().stream().map(Decision.ParameterUse::name).toList();
            String text = texts.computeIfAbsent(new Used(household.region(), household.area(), month, names),
                    k -> parameters(decision));
            return Optional.of(new Result(amount, decision.eligible(), text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static AssessmentRequest.Member member(PersonRow row, String id) {
        AssessmentRequest.Disability disability = row.disabilityKind() == null ? null
                : new AssessmentRequest.Disability(row.disabilityKind(), row.disabilityGrade());
        return new AssessmentRequest.Member(id, row.idNumber().value(), null, row.relation(), disability,
                row.seriousIllness(), row.schooling(), AssessmentRequest.selfCareItemsFor(row.selfCare()), null, null,
                null, null, null, null, null, null, null);
    }

    /** {@code name=value（pack file[，示例值]）} for each parameter used, joined by "；". */
    private static String parameters(Decision decision) {
        return decision.parametersUsed().stream().map(p -> {
            String source = p.source() == null ? "" : p.source();
            int cut = source.indexOf('：');
            return p.name() + "=" + p.value() + "（" + (cut < 0 ? source : source.substring(0, cut))
                    + (p.illustrative() ? "，示例值" : "") + "）";
        }).collect(Collectors.joining("；"));
    }
}
