package org.doudi.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.doudi.access.RegionScope;
import org.doudi.divisions.DivisionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the household register. Every method takes the caller's {@link RegionScope} and filters in SQL:
 * a household outside the scope is indistinguishable from one that does not exist.
 */
public class Households {

    private static final String SEARCH_WHERE = """
             WHERE h.region_code LIKE :scope
               AND (CAST(:region AS text) IS NULL OR h.region_code LIKE :region || '%')
               AND (CAST(:name AS text) IS NULL OR h.id IN (
                     SELECT m.household_id FROM membership m JOIN person p ON p.id = m.person_id
                      WHERE m.valid_to IS NULL AND p.name LIKE '%' || :name || '%'))
               AND (CAST(:id AS text) IS NULL OR h.id IN (
                     SELECT m.household_id FROM membership m JOIN person p ON p.id = m.person_id
                      WHERE m.valid_to IS NULL
                        AND (p.id_number = :id OR (length(:id) BETWEEN 4 AND 17 AND p.id_number LIKE '%' || :id))))
               AND (CAST(:programme AS text) IS NULL OR h.id IN (
                     SELECT ps.household_id FROM programme_status ps
                      WHERE ps.superseded_at IS NULL AND ps.programme = :programme AND ps.status <> 'TERMINATED'))
            """;

    private final JdbcClient jdbc;

    public Households(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of matching households, ordered by region and household number. */
    public List<HouseholdSummary> search(HouseholdSearch search, RegionScope scope) {
        return bind(jdbc.sql("""
                SELECT h.id, h.household_no, h.region_code, d.name AS region_name, h.area,
                       ap.name AS applicant_name, ap.id_number AS applicant_id_number,
                       (SELECT count(*) FROM membership m WHERE m.household_id = h.id AND m.valid_to IS NULL) AS members,
                       (SELECT string_agg(ps.programme || ':' || ps.status, ',' ORDER BY ps.programme)
                          FROM programme_status ps WHERE ps.household_id = h.id AND ps.superseded_at IS NULL) AS programmes,
                       (SELECT coalesce(sum(ps.monthly_amount), 0) FROM programme_status ps
                         WHERE ps.household_id = h.id AND ps.superseded_at IS NULL
                           AND ps.status IN ('ACTIVE', 'GRADUAL_EXIT')) AS monthly_amount
                  FROM household h
                  JOIN division d ON d.code = h.region_code
                  LEFT JOIN LATERAL (
                       SELECT p.name, p.id_number FROM membership m JOIN person p ON p.id = m.person_id
                        WHERE m.household_id = h.id AND m.valid_to IS NULL AND m.relation = 'APPLICANT' LIMIT 1) ap ON true
                """ + SEARCH_WHERE + """
                 ORDER BY h.region_code, h.household_no
                 LIMIT :limit OFFSET :offset
                """), search, scope)
                .param("limit", HouseholdSearch.PAGE_SIZE)
                .param("offset", search.page() * HouseholdSearch.PAGE_SIZE)
                .query((rs, n) -> new HouseholdSummary(rs.getLong("id"), rs.getString("household_no"),
                        rs.getString("region_code"), rs.getString("region_name"), rs.getString("area"),
                        rs.getString("applicant_name"),
                        org.doudi.kernel.IdNumber.mask(rs.getString("applicant_id_number")),
                        rs.getInt("members"), rs.getString("programmes"), rs.getBigDecimal("monthly_amount")))
                .list();
    }

    public long count(HouseholdSearch search, RegionScope scope) {
        return bind(jdbc.sql("SELECT count(*) FROM household h " + SEARCH_WHERE), search, scope)
                .query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, HouseholdSearch search, RegionScope scope) {
        return spec.param("scope", scope.likePattern())
                .param("region", search.region())
                .param("name", search.name() == null ? null : search.name().replace("%", "").replace("_", ""))
                .param("id", search.idNumber())
                .param("programme", search.programme());
    }

    public Optional<HouseholdDetail> find(long id, RegionScope scope) {
        return jdbc.sql("SELECT h.id, h.household_no, h.region_code, "
                        + DivisionDirectory.fullNameOf("h.region_code") + " AS region_full_name, "
                        + "h.area, h.address, h.staff_relative, h.version, h.created_at, h.updated_at "
                        + "FROM household h WHERE h.id = ? AND h.region_code LIKE ?").params(id, scope.likePattern()).query(HouseholdDetail.class).optional();
    }

    public Optional<Long> idOf(String householdNo, RegionScope scope) {
        return jdbc.sql("SELECT id FROM household WHERE household_no = ? AND region_code LIKE ?")
                .params(householdNo, scope.likePattern()).query(Long.class).optional();
    }

    /** Who was a member on the date: membership started on or before it and not ended before it. */
    public List<Member> membersOn(long householdId, LocalDate date) {
        return jdbc.sql(MEMBER_SELECT + """
                 WHERE m.household_id = ?
                   AND (m.valid_from IS NULL OR m.valid_from <= ?)
                   AND (m.valid_to IS NULL OR m.valid_to >= ?)
                 ORDER BY (m.relation <> 'APPLICANT'), p.birth_date
                """).params(householdId, date, date).query(Member.class).list();
    }

    /** Every membership the household ever had, current ones first. */
    public List<Member> allMembers(long householdId) {
        return jdbc.sql(MEMBER_SELECT + """
                 WHERE m.household_id = ?
                 ORDER BY (m.valid_to IS NOT NULL), (m.relation <> 'APPLICANT'), p.birth_date
                """).param(householdId).query(Member.class).list();
    }

    private static final String MEMBER_SELECT = """
            SELECT m.id AS membership_id, p.id AS person_id, p.id_number, p.name, p.sex, p.birth_date, m.relation,
                   p.disability_kind, p.disability_grade, p.serious_illness, p.work_capacity, p.self_care,
                   m.valid_from, m.valid_to, m.end_reason
              FROM membership m JOIN person p ON p.id = m.person_id
            """;

    public List<ProgrammeStatusEntry> programmeStatuses(long householdId, boolean withHistory) {
        return jdbc.sql("""
                SELECT id, programme, status, monthly_amount, enrolled_since, status_since, reason, recorded_by,
                       recorded_at, superseded_at
                  FROM programme_status
                 WHERE household_id = ? AND (? OR superseded_at IS NULL)
                 ORDER BY (superseded_at IS NOT NULL), programme, recorded_at DESC, id DESC
                """).params(householdId, withHistory).query(ProgrammeStatusEntry.class).list();
    }

    public List<TimelineEntry> timeline(long householdId) {
        return jdbc.sql("""
                SELECT e.id, e.at, e.actor, e.action, e.reason, p.name AS person_name, e.changes::text AS changes
                  FROM household_event e LEFT JOIN person p ON p.id = e.person_id
                 WHERE e.household_id = ?
                 ORDER BY e.at DESC, e.id DESC
                """).param(householdId).query(TimelineEntry.class).list();
    }

    /** A person, if they are (or were last) a member of a household inside the scope. */
    public Optional<PersonDetail> person(long personId, RegionScope scope) {
        return jdbc.sql("""
                SELECT p.id, p.id_number, p.name, p.sex, p.birth_date, p.registered_region, p.registered_area,
                       p.habitual_region, p.habitual_area, p.disability_kind, p.disability_grade,
                       p.disability_certified_on, p.serious_illness, p.work_capacity, p.self_care, p.schooling,
                       p.employment, p.employed_since, p.phone, p.bank_account, p.account_holder, p.monthly_income,
                       h.id AS household_id, h.household_no, m.relation, h.region_code AS household_region
                  FROM person p
                  JOIN LATERAL (SELECT * FROM membership m WHERE m.person_id = p.id
                                 ORDER BY (m.valid_to IS NOT NULL), m.valid_to DESC LIMIT 1) m ON true
                  JOIN household h ON h.id = m.household_id
                 WHERE p.id = ? AND h.region_code LIKE ?
                """).params(personId, scope.likePattern()).query(PersonDetail.class).optional();
    }

    public RegisterStatistics statistics(RegionScope scope) {
        long households = jdbc.sql("SELECT count(*) FROM household WHERE region_code LIKE ?")
                .param(scope.likePattern()).query(Long.class).single();
        long persons = jdbc.sql("""
                SELECT count(*) FROM membership m JOIN household h ON h.id = m.household_id
                 WHERE m.valid_to IS NULL AND h.region_code LIKE ?
                """).param(scope.likePattern()).query(Long.class).single();
        List<RegisterStatistics.ProgrammeCount> byProgramme = jdbc.sql("""
                SELECT ps.programme, ps.status, count(*) AS households, sum(ps.monthly_amount) AS monthly_amount
                  FROM programme_status ps JOIN household h ON h.id = ps.household_id
                 WHERE ps.superseded_at IS NULL AND h.region_code LIKE ?
                 GROUP BY ps.programme, ps.status
                 ORDER BY ps.programme, ps.status
                """).param(scope.likePattern()).query(RegisterStatistics.ProgrammeCount.class).list();
        return new RegisterStatistics(households, persons, byProgramme);
    }
}
