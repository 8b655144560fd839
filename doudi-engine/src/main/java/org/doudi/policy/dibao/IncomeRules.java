package org.doudi.policy.dibao;

import java.util.List;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.IncomeType;

/**
 * Which incomes count (第十三条): those of counted members and of the household as a whole, except the
 * types the pack excludes and, while the pack says so, the basic pension of the residents' pension scheme.
 */
record IncomeRules(HouseholdUnit unit, boolean residentBasicPensionExcluded, List<?> excludedTypes) {

    static final String EXCLUDED_TYPES = "dibao.income.excludedTypes";
    static final String RESIDENT_BASIC_PENSION = "dibao.income.residentBasicPensionExcluded";

    /** Why an income is not counted. */
    enum NotCounted {
        MEMBER_NOT_COUNTED, RESIDENT_BASIC_PENSION, EXCLUDED_TYPE
    }

    static IncomeRules of(Assessment assessment, HouseholdUnit unit) {
        Object excluded = assessment.parameters().get(EXCLUDED_TYPES).value();
        return new IncomeRules(unit, assessment.parameters().flag(RESIDENT_BASIC_PENSION),
                excluded instanceof List<?> list ? list : List.of());
    }

    /** Null when the income counts. */
    NotCounted whyNotCounted(Income income) {
        if (income.member() != null && !unit.counts(income.member())) {
            return NotCounted.MEMBER_NOT_COUNTED;
        }
        if (income.type() == IncomeType.RESIDENT_BASIC_PENSION && residentBasicPensionExcluded) {
            return NotCounted.RESIDENT_BASIC_PENSION;
        }
        if (excludedTypes.contains(income.type().name())) {
            return NotCounted.EXCLUDED_TYPE;
        }
        return null;
    }

    boolean counts(Income income) {
        return whyNotCounted(income) == null;
    }
}
