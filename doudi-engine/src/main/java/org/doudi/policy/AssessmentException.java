package org.doudi.policy;

import org.doudi.kernel.Refusal;

/**
 * A request that cannot be assessed: the contract's error object ({@code code}, {@code message} in Chinese,
 * {@code field} as a path such as {@code household.members[1].idNumber}).
 */
public class AssessmentException extends Refusal {

    public AssessmentException(String code, String field, String message) {
        super(code, field, message);
    }
}
