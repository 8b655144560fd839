package org.doudi.casework;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest.TemporaryKind;
import org.doudi.policy.procedure.CaseFacts;
import org.doudi.policy.procedure.CaseFacts.Verification;
import org.doudi.policy.procedure.CaseKind;
import org.doudi.policy.procedure.Stage;

/** One case as stored: its facts, its decision and what it waits for. */
public record CaseFile(
        long id,
        String caseNo,
        CaseKind kind,
        Programme programme,
        TemporaryKind temporaryKind,
        long householdId,
        String householdNo,
        String applicantName,
        Long subjectPersonId,
        String regionCode,
        String residenceBasis,
        String channel,
        String entrustedBy,
        String cause,
        Stage stage,
        boolean promiseSigned,
        boolean authorisationSigned,
        List<String> missingItems,
        boolean staffRelative,
        String staffRelativeNote,
        boolean delegated,
        boolean special,
        String specialReason,
        List<String> team,
        Verification verification,
        String verificationResult,
        boolean countyVisitDone,
        Boolean favourable,
        String opinion,
        String opinionBy,
        String objection,
        boolean recheckSelected,
        String recheckResult,
        String assets,
        String expenses,
        BigDecimal requestedAmount,
        BigDecimal amount,
        Integer coveredPersons,
        String assessment,
        String outcome,
        String decisionReasons,
        String decidedBy,
        LocalDate paymentFrom,
        String reviewReason,
        LocalDate reviewDueOn,
        LocalDate appliedOn,
        LocalDate acceptedOn,
        LocalDate teamFormedOn,
        LocalDate verificationRequestedOn,
        LocalDate noticeStartedOn,
        LocalDate objectionOn,
        LocalDate fileReceivedOn,
        LocalDate helpedFirstOn,
        LocalDate decidedOn,
        LocalDate noticeDeliveredOn,
        String dueOffice,
        String dueTask,
        LocalDate dueOn,
        String dueRule,
        String dueReference,
        int homeVisits,
        String openedBy,
        Instant openedAt,
        int version) {

    static final String SELECT = """
            SELECT c.*, h.household_no,
                   (SELECT p.name FROM membership m JOIN person p ON p.id = m.person_id
                     WHERE m.household_id = c.household_id AND m.valid_to IS NULL
                     ORDER BY (m.relation <> 'APPLICANT'), p.birth_date LIMIT 1) AS applicant_name,
                   (SELECT count(*) FROM case_visit v WHERE v.case_id = c.id AND v.kind IN ('HOME', 'REMOTE')) AS home_visits
              FROM assistance_case c JOIN household h ON h.id = c.household_id
            """;

    static CaseFile map(ResultSet rs, int row) throws SQLException {
        String temporaryKind = rs.getString("temporary_kind");
        return new CaseFile(rs.getLong("id"), rs.getString("case_no"), CaseKind.valueOf(rs.getString("kind")),
                Programme.valueOf(rs.getString("programme")),
                temporaryKind == null ? null : TemporaryKind.valueOf(temporaryKind), rs.getLong("household_id"),
                rs.getString("household_no"), rs.getString("applicant_name"), rs.getObject("subject_person_id", Long.class), rs.getString("region_code"),
                rs.getString("residence_basis"), rs.getString("channel"), rs.getString("entrusted_by"),
                rs.getString("cause"), Stage.valueOf(rs.getString("stage")), rs.getBoolean("promise_signed"),
                rs.getBoolean("authorisation_signed"), list(rs.getArray("missing_items")),
                rs.getBoolean("staff_relative"), rs.getString("staff_relative_note"), rs.getBoolean("delegated"),
                rs.getBoolean("special"), rs.getString("special_reason"), list(rs.getArray("team")),
                Verification.valueOf(rs.getString("verification")), rs.getString("verification_result"),
                rs.getBoolean("county_visit_done"), rs.getObject("favourable", Boolean.class), rs.getString("opinion"),
                rs.getString("opinion_by"), rs.getString("objection"), rs.getBoolean("recheck_selected"),
                rs.getString("recheck_result"), rs.getString("assets"), rs.getString("expenses"),
                rs.getBigDecimal("requested_amount"), rs.getBigDecimal("amount"),
                rs.getObject("covered_persons", Integer.class), rs.getString("assessment"), rs.getString("outcome"),
                rs.getString("decision_reasons"), rs.getString("decided_by"), date(rs, "payment_from"),
                rs.getString("review_reason"), date(rs, "review_due_on"), date(rs, "applied_on"),
                date(rs, "accepted_on"), date(rs, "team_formed_on"), date(rs, "verification_requested_on"),
                date(rs, "notice_started_on"), date(rs, "objection_on"), date(rs, "file_received_on"),
                date(rs, "helped_first_on"), date(rs, "decided_on"), date(rs, "notice_delivered_on"),
                rs.getString("due_office"), rs.getString("due_task"), date(rs, "due_on"), rs.getString("due_rule"),
                rs.getString("due_reference"), rs.getInt("home_visits"), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), rs.getInt("version"));
    }

    /** The facts the procedure reads, with the township's and county's limits for temporary assistance. */
    CaseFacts facts(BigDecimal townshipLimit, BigDecimal countyLimit) {
        return new CaseFacts(programme, kind, temporaryKind, stage, delegated, staffRelative, promiseSigned,
                authorisationSigned, team != null && !team.isEmpty(), homeVisits, verification, countyVisitDone,
                favourable, recheckSelected, recheckResult != null, amount != null ? amount : requestedAmount,
                townshipLimit, countyLimit, special, noticeDeliveredOn != null, appliedOn, acceptedOn,
                verificationRequestedOn, noticeStartedOn, objectionOn, fileReceivedOn, helpedFirstOn, decidedOn,
                reviewDueOn);
    }

    public boolean overdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
