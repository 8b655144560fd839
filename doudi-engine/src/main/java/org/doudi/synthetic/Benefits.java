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

    /** The household's current monthly benefit in 元: 0 unless in payment. */
    static long monthlyAmount(Dice dice, Programme programme, ProgrammeStatus status, Area area, List<Member> members,
                              LocalDate asOf) {
        if (!Household.isPaying(status)) {
            return 0;
        }
        long full = programme == Programme.EXTREME_POVERTY
                ? extremePovertySupport(area, members.get(0).selfCare())
                : dibaoGap(dice, area, members, asOf);
        return status == ProgrammeStatus.GRADUAL_EXIT ? Math.round(full * 0.5) : full;
    }

    /** Per member, the standard less that member's share of income, plus 20% of the standard for the classified. */
    private static long dibaoGap(Dice dice, Area area, List<Member> members, LocalDate asOf) {
        long standard = dibaoStandard(area);
        double total = 0;
        for (Member member : members) {
            total += standard * dice.uniform(0.3, 0.8);
            int age = member.person().ageOn(asOf);
            if (age >= 70 || age < 16 || member.severelyDisabled() || member.seriousIllness()) {
                total += standard * 0.2;
            }
        }
        return Math.round(total);
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
