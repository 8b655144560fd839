package org.doudi.policy;

import java.util.EnumMap;
import java.util.Map;
import org.doudi.kernel.Programme;

/** The calculator of every assessed programme. */
final class Calculators {

    private Calculators() {
    }

    static Map<Programme, ProgrammeCalculator> all() {
        Map<Programme, ProgrammeCalculator> calculators = new EnumMap<>(Programme.class);
        calculators.put(Programme.EXTREME_POVERTY, new org.doudi.policy.extremepoverty.ExtremePovertyCalculator());
        calculators.put(Programme.TEMPORARY, new org.doudi.policy.temporary.TemporaryAssistanceCalculator());
        return calculators;
    }
}
