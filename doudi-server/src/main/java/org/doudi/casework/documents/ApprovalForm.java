package org.doudi.casework.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 审批表: the internal form of one case, with the household, its members (full ID numbers), the investigation,
 * the arithmetic and the opinion of each level. Amounts, dates other than the application date and the summary
 * may be null while the case is still open: their boxes are printed empty.
 */
public record ApprovalForm(String caseNo, String programmeName, String regionName, String applicantName,
        String applicantIdNumber, String address, String area, List<FormMember> members, String applicationChannel,
        LocalDate appliedOn, LocalDate acceptedOn, String investigationSummary, List<Opinion> opinions,
        BigDecimal perCapitaIncome, BigDecimal standard, BigDecimal monthlyAmount, List<String> calculationSteps,
        boolean staffRelative) {

    public ApprovalForm {
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(programmeName, "programmeName");
        Objects.requireNonNull(applicantName, "applicantName");
        members = members == null ? List.of() : List.copyOf(members);
        opinions = opinions == null ? List.of() : List.copyOf(opinions);
        calculationSteps = calculationSteps == null ? List.of() : List.copyOf(calculationSteps);
    }
}
