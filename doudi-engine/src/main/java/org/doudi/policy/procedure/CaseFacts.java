package org.doudi.policy.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest.TemporaryKind;

/**
 * What the procedure needs to know about a case to say which steps are allowed and what is due next.
 * Dates are null until the event happened.
 *
 * @param temporaryKind for temporary assistance: emergency or expenditure; null otherwise
 * @param delegated the county has delegated confirmation to the township (region's policy)
 * @param staffRelative a member is a close relative of a caseworker or village cadre (第十一条)
 * @param homeVisits home visits recorded by the investigation team
 * @param verification where the information verification stands
 * @param favourable the last preliminary opinion was favourable (null before any opinion)
 * @param amount the amount at stake: for temporary assistance the grant, for others the monthly benefit
 * @param townshipLimit the township's approval ceiling for temporary assistance
 * @param countyLimit the county's approval ceiling for temporary assistance
 * @param special the decision may take the longer limit (objection, 人户分离, cross-region, hard investigation)
 * @param fileReceivedOn the day the file reached the confirming office
 * @param reviewDueOn for a review: the day it must be completed by
 */
public record CaseFacts(
        Programme programme,
        CaseKind kind,
        TemporaryKind temporaryKind,
        Stage stage,
        boolean delegated,
        boolean staffRelative,
        boolean promiseSigned,
        boolean authorisationSigned,
        boolean teamFormed,
        int homeVisits,
        Verification verification,
        boolean countyVisitDone,
        Boolean favourable,
        boolean recheckSelected,
        boolean recheckDone,
        BigDecimal amount,
        BigDecimal townshipLimit,
        BigDecimal countyLimit,
        boolean special,
        boolean noticeDelivered,
        LocalDate appliedOn,
        LocalDate acceptedOn,
        LocalDate verificationRequestedOn,
        LocalDate noticeStartedOn,
        LocalDate objectionOn,
        LocalDate fileReceivedOn,
        LocalDate helpedFirstOn,
        LocalDate decidedOn,
        LocalDate reviewDueOn) {

    /** The information verification of 第十七条–第十八条. */
    public enum Verification {
        NOT_REQUESTED, REQUESTED, DONE, OBJECTED
    }

    public boolean isEmergency() {
        return programme == Programme.TEMPORARY && temporaryKind == TemporaryKind.EMERGENCY;
    }
}
