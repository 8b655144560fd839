package org.doudi.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.doudi.policy.AssessmentRequest.Asset;
import org.doudi.policy.AssessmentRequest.Expense;

/**
 * What a person enters with a step; each step reads the fields it needs and says which are missing.
 *
 * @param version the case version the person saw: a step on a case changed since is refused, nothing written
 * @param note the opinion, finding, objection, reasons or remark the step records
 * @param items the missing materials of a one-time notice, or the team members
 * @param visitKind HOME, NEIGHBOUR, LETTER or REMOTE (phone or video during a major emergency)
 * @param outcome for a review: UNCHANGED, INCREASE, DECREASE, GRADUAL_EXIT, SUSPEND or TERMINATE
 * @param instalments temporary assistance paid in stages: the amounts in order, the first due on approval and
 *                    each next one a month later; empty for a single payment
 * @param assets the family's property found by the investigation (deposits, vehicles, homes...)
 * @param expenses the rigid expenditure of the last 12 months (medical, education, rehabilitation...)
 */
public record StepInput(
        int version,
        String note,
        List<String> items,
        String visitKind,
        LocalDate visitedOn,
        List<String> visitors,
        Boolean familySigned,
        Boolean favourable,
        Boolean promiseSigned,
        Boolean authorisationSigned,
        BigDecimal amount,
        String outcome,
        List<BigDecimal> instalments,
        List<Asset> assets,
        List<Expense> expenses) {

    /** A step without findings. */
    public StepInput(int version, String note, List<String> items, String visitKind, LocalDate visitedOn,
                     List<String> visitors, Boolean familySigned, Boolean favourable, Boolean promiseSigned,
                     Boolean authorisationSigned, BigDecimal amount, String outcome, List<BigDecimal> instalments) {
        this(version, note, items, visitKind, visitedOn, visitors, familySigned, favourable, promiseSigned,
                authorisationSigned, amount, outcome, instalments, null, null);
    }

    public static StepInput note(int version, String note) {
        return new StepInput(version, note, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The investigation's findings: the property and the rigid expenditure of the last 12 months. */
    public static StepInput findings(int version, String note, List<Asset> assets, List<Expense> expenses) {
        return new StepInput(version, note, null, null, null, null, null, null, null, null, null, null, null, assets,
                expenses);
    }
}
