package org.doudi.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.Programme;

/**
 * The answer to an {@link AssessmentRequest} (contracts/assessment.md): eligible or not, the monthly
 * amount (0 when not eligible), and why: reasons in Chinese with their references, the steps of the
 * arithmetic, and every parameter read with its source. {@code TEMPORARY} answers give the one-off
 * {@code amount}, the {@code approvalLevel} and the {@code deadline} instead.
 *
 * @param figures the named intermediate quantities (contract: at least those listed per programme)
 * @param notes warnings a reader must see: a parameter that is only illustrative, a flag for follow-up
 */
public record Decision(
        Programme programme,
        boolean eligible,
        BigDecimal monthlyAmount,
        BigDecimal amount,
        ApprovalLevel approvalLevel,
        LocalDate deadline,
        Map<String, Object> figures,
        List<Reason> reasons,
        List<Step> steps,
        List<ParameterUse> parametersUsed,
        List<String> notes) {

    /** Why, in Chinese, with the article or policy it rests on. */
    public record Reason(String code, String text, String reference) {
    }

    /** One step of the arithmetic, in order. */
    public record Step(String name, Object value, String explanation, String reference) {
    }

    /** A parameter read: its value and where it came from (pack file and citation, or the request override). */
    public record ParameterUse(String name, Object value, String source, boolean illustrative) {
    }

    /** Who approves a temporary-assistance grant of this amount. */
    public enum ApprovalLevel {
        TOWNSHIP, COUNTY, CITY
    }
}
