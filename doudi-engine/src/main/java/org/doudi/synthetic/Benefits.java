package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.List;
import org.doudi.kernel.Area;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.SelfCare;

/**
 * Plausible monthly amounts. 安庆/望江 standards for 2025 were not found (domain/regional-parameters.md
 * §3.2), so the generator assumes figures in line with the neighbouring Anhui cities of 2023-2024 (宣城 780 /
 * 755, 池州 725 / 708 in 2022, plus the province's yearly rises): Dibao 800 元 urban and 770 元 rural per
 * person and month; extreme-poverty basic support 1.3 x the Dibao standard plus care by self-care ability
 * (35% / 20% / 3% of an assumed 1,780 元 minimum wage, the dispersed-care shares of 宣政秘〔2022〕40号).
 */
final class Benefits {

    static final long URBAN_DIBAO_STANDARD = 800;
    static final long RURAL_DIBAO_STANDARD = 770;
    static final long MINIMUM_WAGE = 1780;
    static final double MARGINAL_MULTIPLE = 1.5;

    private Benefits() {
    }

    static long dibaoStandard(Area area) {
        return area == Area.URBAN ? URBAN_DIBAO_STANDARD : RURAL_DIBAO_STANDARD;
    }

    /** 1.5 x the Dibao standard x 12, per person and year: the marginal bound on annual per-capita income. */
    static long marginalBoundPerPersonYear(Area area) {
        return Math.round(dibaoStandard(area) * MARGINAL_MULTIPLE * 12);
    }

    /** The household's monthly benefit and each member's assessed monthly income, in 元. */
    record Benefit(long monthlyAmount, List<Long> memberIncomes) {
    }

    /**
     * Draws each member's monthly income for the household's programme and status, and the benefit that
     * follows from it: Dibao pays each member's gap to the standard (plus 20% of the standard for the old,
     * the young, the severely disabled and the seriously ill), half of it in the gradual exit; marginal
     * households earn 1.05-1.45x the standard per head, monitored ones 1.2-2x, ended cases 1.5-2.5x.
     */
    static Benefit assess(Dice dice, Programme programme, ProgrammeStatus status, Area area, List<Member> members,
                          LocalDate asOf) {
        long standard = dibaoStandard(area);
        List<Long> incomes = new java.util.ArrayList<>(members.size());
        double gap = 0;
        for (Member member : members) {
            double share = incomeShare(dice, programme, status);
            long income = Math.round(standard * share);
            incomes.add(income);
            gap += Math.max(0, standard - income);
            int age = member.person().ageOn(asOf);
            if (age >= 70 || age < 16 || member.severelyDisabled() || member.seriousIllness()) {
                gap += standard * 0.2;
            }
        }
        if (!Household.isPaying(status)) {
            return new Benefit(0, List.copyOf(incomes));
        }
        long full = programme == Programme.EXTREME_POVERTY
                ? extremePovertySupport(area, members.get(0).selfCare())
                : Math.round(gap);
        return new Benefit(status == ProgrammeStatus.GRADUAL_EXIT ? Math.round(full * 0.5) : full, List.copyOf(incomes));
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

    private static long extremePovertySupport(Area area, SelfCare selfCare) {
        long basic = Math.round(dibaoStandard(area) * 1.3);
        double careShare = switch (selfCare) {
            case FULLY_LOST -> 0.35;
            case PARTLY_LOST -> 0.20;
            case ABLE -> 0.03;
        };
        return basic + Math.round(MINIMUM_WAGE * careShare);
    }
}
