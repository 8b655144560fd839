package org.doudi.access;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: every read of a person's record and every change, with user, time, action, subject and
 * client address. Append-only; searched by auditors.
 */
public class AuditLog {

    /** One logged event. */
    public record Event(long id, Instant at, String username, String action, String subjectType, String subjectId,
                        String regionCode, String clientAddress, String detail) {
    }

    /** What an auditor searches by; null fields match everything. */
    public record Query(String username, String action, String subjectId, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the signed-in user (or of {@code system} outside a request). */
    public void record(String action, String subjectType, String subjectId, String regionCode, String detail) {
        recordAs(currentUsername(), action, subjectType, subjectId, regionCode, detail);
    }

    public void recordAs(String username, String action, String subjectType, String subjectId, String regionCode,
                         String detail) {
        jdbc.sql("""
                INSERT INTO audit_event (username, action, subject_type, subject_id, region_code, client_address, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(username, action, subjectType, subjectId, blankToNull(regionCode), clientAddress(), detail)
                .update();
    }

    /** Newest first, limited; events about regions outside the auditor's scope are not shown. */
    public List<Event> search(Query query, RegionScope scope, int limit) {
        return jdbc.sql("""
                SELECT id, at, username, action, subject_type, subject_id, region_code, client_address, detail
                  FROM audit_event
                 WHERE (region_code IS NULL OR region_code LIKE :scope)
                   AND (CAST(:username AS text) IS NULL OR username = :username)
                   AND (CAST(:action AS text) IS NULL OR action = :action)
                   AND (CAST(:subject AS text) IS NULL OR subject_id = :subject)
                   AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
                   AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
                 ORDER BY id DESC
                 LIMIT :limit
                """)
                .param("scope", scope.likePattern())
                .param("username", blankToNull(query.username()))
                .param("action", blankToNull(query.action()))
                .param("subject", blankToNull(query.subjectId()))
                .param("from", query.from() == null ? null : Timestamp.valueOf(query.from().atStartOfDay()))
                .param("to", query.to() == null ? null : Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()))
                .param("limit", limit)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("region_code"), rs.getString("client_address"), rs.getString("detail")))
                .list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
