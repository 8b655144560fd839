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
        calculators.put(Programme.DIBAO, new org.doudi.policy.dibao.DibaoCalculator());
        calculators.put(Programme.MARGINAL, new org.doudi.policy.dibao.MarginalCalculator());
        calculators.put(Programme.RIGID_EXPENDITURE, new org.doudi.policy.dibao.RigidExpenditureCalculator());
        calculators.put(Programme.EXTREME_POVERTY, new org.doudi.policy.extremepoverty.ExtremePovertyCalculator());
        calculators.put(Programme.TEMPORARY, new org.doudi.policy.temporary.TemporaryAssistanceCalculator());
        calculators.put(Programme.DISABILITY_LIVING, new org.doudi.policy.allowances.DisabilityLivingCalculator());
        calculators.put(Programme.DISABILITY_CARE, new org.doudi.policy.allowances.DisabilityCareCalculator());
        calculators.put(Programme.OLD_AGE_ALLOWANCE, new org.doudi.policy.allowances.OldAgeAllowanceCalculator());
        calculators.put(Programme.UNSUPPORTED_CHILD, new org.doudi.policy.allowances.UnsupportedChildCalculator());
        return calculators;
    }
}
