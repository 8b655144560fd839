package org.doudi.synthetic;

import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;

/** The first decisions about a household, cheap to recompute for any index: size, programme, status, plant. */
record HouseholdProfile(long index, int size, Programme programme, ProgrammeStatus status, Plant plant) {

    boolean paying() {
        return (programme == Programme.DIBAO || programme == Programme.EXTREME_POVERTY) && Household.isPaying(status);
    }
}
