package org.doudi.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** An alert as stored, with the stage of the case its verification opened (null when none). */
public record Alert(
        long id,
        String rule,
        String severity,
        String householdNo,
        Long householdId,
        String idNumber,
        String name,
        String regionCode,
        String evidence,
        String recommendation,
        boolean lowConfidence,
        String status,
        Instant raisedAt,
        Instant lastSeenAt,
        LocalDate dueOn,
        String outcome,
        String outcomeNote,
        String referredTo,
        Long caseId,
        String caseNo,
        String caseStage,
        String verifiedBy,
        Instant verifiedAt,
        Instant closedAt,
        boolean held,
        int version) {

    static final String SELECT = """
            SELECT a.*, c.case_no, c.stage AS case_stage,
                   EXISTS (SELECT 1 FROM payment_hold p WHERE p.alert_id = a.id AND p.released_at IS NULL) AS held
              FROM alert a LEFT JOIN assistance_case c ON c.id = a.case_id
            """;

    static Alert map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Timestamp verified = rs.getTimestamp("verified_at");
        java.sql.Timestamp closed = rs.getTimestamp("closed_at");
        return new Alert(rs.getLong("id"), rs.getString("rule"), rs.getString("severity"), rs.getString("household_no"),
                rs.getObject("household_id", Long.class), rs.getString("id_number"), rs.getString("name"),
                rs.getString("region_code"), rs.getString("evidence"), rs.getString("recommendation"),
                rs.getBoolean("low_confidence"), rs.getString("status"), rs.getTimestamp("raised_at").toInstant(),
                rs.getTimestamp("last_seen_at").toInstant(), rs.getObject("due_on", LocalDate.class),
                rs.getString("outcome"), rs.getString("outcome_note"), rs.getString("referred_to"),
                rs.getObject("case_id", Long.class), rs.getString("case_no"), rs.getString("case_stage"),
                rs.getString("verified_by"), verified == null ? null : verified.toInstant(),
                closed == null ? null : closed.toInstant(), rs.getBoolean("held"), rs.getInt("version"));
    }

    public boolean overdue(LocalDate today) {
        return !"CLOSED".equals(status) && outcome == null && dueOn.isBefore(today);
    }

    public String idNumberMasked() {
        return idNumber == null ? "" : org.doudi.kernel.IdNumber.mask(idNumber);
    }
}
