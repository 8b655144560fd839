package org.doudi.policy;

import java.util.EnumMap;
import java.util.Map;
import org.doudi.kernel.Programme;
import org.doudi.policy.dibao.DibaoCalculator;
import org.doudi.policy.dibao.MarginalCalculator;
import org.doudi.policy.dibao.RigidExpenditureCalculator;

/** The calculator of every assessed programme. */
final class Calculators {

    private Calculators() {
    }

    static Map<Programme, ProgrammeCalculator> all() {
        Map<Programme, ProgrammeCalculator> calculators = new EnumMap<>(Programme.class);
        calculators.put(Programme.DIBAO, new DibaoCalculator());
        calculators.put(Programme.MARGINAL, new MarginalCalculator());
        calculators.put(Programme.RIGID_EXPENDITURE, new RigidExpenditureCalculator());
        return calculators;
    }
}
