package org.doudi.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Employment;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.Assessor;
import org.doudi.policy.Decision;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicyPacks;
import org.doudi.policy.PolicySource;

/**
 * Members' monthly incomes and households' monthly amounts as the shipped policy packs and the engine give them
 * for the household's village (its region and area) on the generation date. Incomes are drawn as shares of the
 * Dibao standard ({@code dibao.standard}); amounts are the engine's own ({@link Assessor}, without explanations),
 * assessed on the facts the registry rows carry, as the payroll's recomputation reads them back:
 * <ul>
 *   <li>DIBAO, ACTIVE: each member earns 0.2-0.7 × the standard; the amount is the engine's Dibao amount
 *       (the gap or tier, minimum top-up, single-person floor, classified supplements, rounding: whatever the
 *       packs set);</li>
 *   <li>DIBAO, GRADUAL_EXIT: the household had ACTIVE incomes, which give its previous benefit; then a member took
 *       up work and the per-capita income rose to 1.05-1.45 × the standard (within
 *       {@code dibao.gradualExit.incomeCeilingMultiple}); the amount is the engine's gradual exit in a month drawn
 *       from {@code dibao.gradualExit.schedule}, and the incomes written are those after the rise;</li>
 *   <li>EXTREME_POVERTY: the person earns 0-0.2 × the standard; the amount is the engine's basic living standard
 *       plus the care standard of the person's self-care class;</li>
 *   <li>MARGINAL households earn 1.05-1.45 × the standard per head, monitored ones 1.2-2 ×, ended cases 1.5-2.5 ×;
 *       households not in payment get no amount.</li>
 * </ul>
 */
final class Benefits {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private final Assessor assessor;
    private final PolicySource policy;
    private final LocalDate asOf;
    /** The parameters in force in each village (its region and area) on the generation date. */
    private final Map<Village, Parameters> byVillage = new ConcurrentHashMap<>();

    Benefits(PolicySource policy, LocalDate asOf) {
        this.policy = policy;
        this.assessor = new Assessor(policy);
        this.asOf = asOf;
    }

    /** With the packs shipped in the jar. */
    static Benefits shipped(LocalDate asOf) {
        return new Benefits(PolicyPacks.shipped(), asOf);
    }

    /** The household's monthly benefit in 元 and each member's assessed monthly income in whole 元. */
    record Benefit(BigDecimal monthlyAmount, List<Long> memberIncomes) {
    }

    /** marginal.multiple × the Dibao standard × 12, per person and year: the marginal bound on annual per-capita income. */
    long marginalBoundPerPersonYear(DivisionCode region, Area area) {
        return marginalBound(policy.at(region, area, asOf));
    }

    long marginalBoundPerPersonYear(Village village) {
        return marginalBound(parameters(village));
    }

    private static long marginalBound(Parameters p) {
        return p.decimal("dibao.standard").multiply(p.decimal("marginal.multiple")).multiply(MONTHS_PER_YEAR)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Draws each member's monthly income for the household's programme and status, and the benefit that follows. */
    Benefit assess(Dice dice, Programme programme, ProgrammeStatus status, Village village, List<Member> members) {
        double standard = parameters(village).decimal("dibao.standard").doubleValue();
        List<Long> incomes = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            incomes.add(Math.round(standard * incomeShare(dice, programme, status)));
        }
        if (!Household.isPaying(status)) {
            return new Benefit(BigDecimal.ZERO, List.copyOf(incomes));
        }
        if (programme == Programme.EXTREME_POVERTY) {
            return new Benefit(extremePoverty(village, members, incomes), List.copyOf(incomes));
        }
        BigDecimal active = amount(dibao(village, members, incomes, null, null, -1));
        if (status != ProgrammeStatus.GRADUAL_EXIT) {
            return new Benefit(active, List.copyOf(incomes));
        }
        return gradualExit(dice, village, members, incomes, active);
    }

    /**
     * A member took up work ({@link #worker}): the household's per-capita income rises to a share of the standard between it and the gradual-exit ceiling, and
     * the engine pays the share of the previous benefit of a month drawn from the schedule.
     */
    private Benefit gradualExit(Dice dice, Village village, List<Member> members, List<Long> incomes,
                                BigDecimal previous) {
        Parameters p = parameters(village);
        double ceiling = p.decimal("dibao.gradualExit.incomeCeilingMultiple").doubleValue();
        double share = 1 + (ceiling - 1) * dice.uniform(0.1, 0.9);
        int month = dice.between(0, p.decimals("dibao.gradualExit.schedule").size() - 1);
        int worker = worker(members);
        long others = 0;
        for (int i = 0; i < incomes.size(); i++) {
            others += i == worker ? 0 : incomes.get(i);
        }
        double standard = p.decimal("dibao.standard").doubleValue();
        List<Long> raised = new ArrayList<>(incomes);
        raised.set(worker, Math.round(standard * share * members.size()) - others);
        Decision decision = dibao(village, members, raised, previous, month, worker);
        return new Benefit(amount(decision), List.copyOf(raised));
    }

    /** The member whose income rose: the first who works, else the first of working age, else the applicant. */
    private int worker(List<Member> members) {
        int workingAge = -1;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.employment() == Employment.EMPLOYED || m.employment() == Employment.FLEXIBLE) {
                return i;
            }
            int age = m.person().ageOn(asOf);
            if (workingAge < 0 && age >= 16 && age < 60) {
                workingAge = i;
            }
        }
        return Math.max(workingAge, 0);
    }

    /** The engine's basic living standard plus the care standard of the person's self-care class. */
    private BigDecimal extremePoverty(Village village, List<Member> members, List<Long> incomes) {
        Decision decision = assessor.assess(request(Programme.EXTREME_POVERTY, village, members, incomes, null, null,
                -1), false);
        return figure(decision, "basicStandard").add(figure(decision, "careStandard"));
    }

    private Decision dibao(Village village, List<Member> members, List<Long> incomes, BigDecimal previous,
                           Integer monthsSinceIncomeAboveStandard, int worker) {
        return assessor.assess(request(Programme.DIBAO, village, members, incomes, previous,
                monthsSinceIncomeAboveStandard, worker), false);
    }

    /** The request the registry rows amount to (as the payroll's recomputation builds it), for the generation date. */
    private AssessmentRequest request(Programme programme, Village village, List<Member> members, List<Long> incomes,
                                      BigDecimal previous, Integer monthsSinceIncomeAboveStandard, int worker) {
        List<AssessmentRequest.Member> requestMembers = new ArrayList<>(members.size());
        List<AssessmentRequest.Income> requestIncomes = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String id = "m" + (i + 1);
            AssessmentRequest.Disability disability = m.disability() == null ? null
                    : new AssessmentRequest.Disability(m.disability().kind(), m.disability().grade());
            LocalDate employedSince = i == worker ? asOf.minusMonths(monthsSinceIncomeAboveStandard + 1L) : null;
            requestMembers.add(new AssessmentRequest.Member(id, null, m.person().birthDate(), m.relation(), disability,
                    m.seriousIllness(), m.schooling(), AssessmentRequest.selfCareItemsFor(m.selfCare()), employedSince,
                    null, null, null, null, null, null, null, null));
            if (incomes.get(i) > 0) {
                requestIncomes.add(new AssessmentRequest.Income(id, AssessmentRequest.IncomeType.OTHER,
                        BigDecimal.valueOf(incomes.get(i)), null));
            }
        }
        AssessmentRequest.Household household = new AssessmentRequest.Household(requestMembers, requestIncomes,
                List.of(), List.of(), null, previous, monthsSinceIncomeAboveStandard, List.of(), List.of(programme));
        return new AssessmentRequest(programme, asOf, village.code().value(), village.area(), null, household, null,
                null);
    }

    /** A Dibao decision's amount; a household the engine finds ineligible is a generator bug, not data. */
    private static BigDecimal amount(Decision decision) {
        if (!decision.eligible() || decision.monthlyAmount().signum() <= 0) {
            throw new IllegalStateException("生成的低保户不符合条件 (a generated Dibao household is not eligible): "
                    + decision.reasons());
        }
        return decision.monthlyAmount();
    }

    private static BigDecimal figure(Decision decision, String name) {
        return new BigDecimal(String.valueOf(decision.figures().get(name)));
    }

    private Parameters parameters(Village village) {
        return byVillage.computeIfAbsent(village, v -> policy.at(v.code(), v.area(), asOf));
    }

    /** An amount as the registry writes it: whole 元 without decimals, else 元 and 分. */
    static String text(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.setScale(0).toPlainString() : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A member's income as a share of the Dibao standard. */
    private static double incomeShare(Dice dice, Programme programme, ProgrammeStatus status) {
        if (programme == Programme.EXTREME_POVERTY) {
            return dice.uniform(0, 0.2);
        }
        if (status == ProgrammeStatus.TERMINATED) {
            return dice.uniform(1.5, 2.5);
        }
        return switch (programme) {
            case DIBAO -> dice.uniform(0.2, 0.7);
            case MARGINAL -> dice.uniform(1.05, 1.45);
            default -> dice.uniform(1.2, 2.0);
        };
    }
}
