package org.doudi.casework.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * 审核确认结果告知书: the decision on one application as the household receives it, with the engine's reasons,
 * the arithmetic and the appeal rights. An approval needs its monthly amount and the first month of payment;
 * a refusal has neither.
 */
public record DecisionNotice(String caseNo, String issuingAuthority, String applicantName, String householdAddress,
        String programmeName, boolean approved, BigDecimal monthlyAmount, YearMonth paymentFrom, int coveredPersons,
        List<Reason> reasons, List<String> calculationSteps, LocalDate decidedOn, String appealAuthority,
        String appealCourt) {

    public DecisionNotice {
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(issuingAuthority, "issuingAuthority");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(programmeName, "programmeName");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(appealAuthority, "appealAuthority");
        Objects.requireNonNull(appealCourt, "appealCourt");
        if (approved && (monthlyAmount == null || paymentFrom == null)) {
            throw new IllegalArgumentException("an approval needs the monthly amount and the first month of payment");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        calculationSteps = calculationSteps == null ? List.of() : List.copyOf(calculationSteps);
    }
}
