package org.doudi.synthetic;

import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;

/**
 * Draws each household's profile from its own stream, so that a household can look at its neighbours'
 * profiles without generating them (a shared account joins household i to household i-1).
 *
 * <p>Household sizes: 35% one person, 25% two, 18% three, 12% four, 10% five to seven. Programmes: about
 * 55% DIBAO, 12% EXTREME_POVERTY (single persons), 15% MARGINAL and 18% monitored LOW_INCOME.
 */
final class Profiles {

    private static final long STREAM = 0x5052_4F46L;

    private final long seed;
    private final long households;

    Profiles(long seed, long households) {
        this.seed = seed;
        this.households = households;
    }

    HouseholdProfile of(long index) {
        HouseholdProfile base = base(index);
        if (base.plant() == Plant.SHARED_ACCOUNT && !sharesWithPrevious(index)) {
            return new HouseholdProfile(index, base.size(), base.programme(), base.status(), Plant.NONE);
        }
        return base;
    }

    /** Whether the next household puts its benefit into this household's account. */
    boolean accountSharedByNext(long index) {
        return index + 1 < households && base(index + 1).plant() == Plant.SHARED_ACCOUNT && sharesWithPrevious(index + 1);
    }

    private boolean sharesWithPrevious(long index) {
        if (index == 0) {
            return false;
        }
        HouseholdProfile previous = base(index - 1);
        return previous.paying() && previous.plant() != Plant.SHARED_ACCOUNT;
    }

    private HouseholdProfile base(long index) {
        Dice dice = Dice.of(seed, index, STREAM);
        int size = size(dice);
        Programme programme = programme(dice, size);
        ProgrammeStatus status = status(dice, programme);
        return new HouseholdProfile(index, size, programme, status, plant(dice, programme, status));
    }

    private static int size(Dice dice) {
        int size = 1 + dice.weighted(35, 25, 18, 12, 10);
        return size < 5 ? size : 5 + dice.weighted(60, 30, 10);
    }

    /** Extreme poverty only for single persons; the other programmes in proportion among the rest. */
    private static Programme programme(Dice dice, int size) {
        if (size == 1) {
            return switch (dice.weighted(34, 40, 12, 14)) {
                case 0 -> Programme.EXTREME_POVERTY;
                case 1 -> Programme.DIBAO;
                case 2 -> Programme.MARGINAL;
                default -> Programme.LOW_INCOME;
            };
        }
        return switch (dice.weighted(63, 17, 20)) {
            case 0 -> Programme.DIBAO;
            case 1 -> Programme.MARGINAL;
            default -> Programme.LOW_INCOME;
        };
    }

    private static ProgrammeStatus status(Dice dice, Programme programme) {
        if (programme == Programme.MARGINAL || programme == Programme.LOW_INCOME) {
            return ProgrammeStatus.MONITORED;
        }
        if (programme == Programme.EXTREME_POVERTY) {
            return switch (dice.weighted(92, 3, 5)) {
                case 0 -> ProgrammeStatus.ACTIVE;
                case 1 -> ProgrammeStatus.SUSPENDED;
                default -> ProgrammeStatus.TERMINATED;
            };
        }
        return switch (dice.weighted(86, 4, 3, 7)) {
            case 0 -> ProgrammeStatus.ACTIVE;
            case 1 -> ProgrammeStatus.GRADUAL_EXIT;
            case 2 -> ProgrammeStatus.SUSPENDED;
            default -> ProgrammeStatus.TERMINATED;
        };
    }

    private static Plant plant(Dice dice, Programme programme, ProgrammeStatus status) {
        double draw = dice.uniform(0, 1);
        for (Plant plant : Plant.values()) {
            if (plant.rate() > 0 && plant.fits(programme, status)) {
                draw -= plant.rate();
                if (draw < 0) {
                    return plant;
                }
            }
        }
        return Plant.NONE;
    }
}
