package org.doudi.registry.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.registry.PersonsFile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Merges the staged rows into the register, set by set, writing a timeline event for every change. A
 * household in the file is described completely by its rows: members no longer listed leave it. Optional
 * columns absent from the file leave what the register holds untouched. Runs inside the import's
 * transaction; a value equal to the register's is not a change, so importing the same file twice
 * changes nothing the second time.
 */
final class ImportApply {

    /** A person column, the staged expression that feeds it, and the optional file column it needs. */
    private record PersonField(String column, String staged, String fileColumn) {
    }

    private static final List<PersonField> PERSON_FIELDS = List.of(
            new PersonField("name", "r.name", null),
            new PersonField("registered_region", "r.region", null),
            new PersonField("registered_area", "r.area", null),
            new PersonField("bank_account", "r.bank_account", null),
            new PersonField("account_holder", "r.account_holder", null),
            new PersonField("disability_kind", "r.disability_kind", null),
            new PersonField("disability_grade", "r.disability_grade", null),
            new PersonField("phone", "r.phone", PersonsFile.PHONE),
            new PersonField("habitual_region", "r.habitual_region", PersonsFile.HABITUAL_REGION),
            new PersonField("habitual_area", "r.habitual_area", PersonsFile.HABITUAL_AREA),
            new PersonField("disability_certified_on", "r.disability_certified_on", PersonsFile.DISABILITY_CERTIFIED_ON),
            new PersonField("serious_illness", "coalesce(r.serious_illness, false)", PersonsFile.SERIOUS_ILLNESS),
            new PersonField("work_capacity", "r.work_capacity", PersonsFile.WORK_CAPACITY),
            new PersonField("self_care", "r.self_care", PersonsFile.SELF_CARE),
            new PersonField("schooling", "r.schooling", PersonsFile.SCHOOLING),
            new PersonField("employment", "r.employment", PersonsFile.EMPLOYMENT),
            new PersonField("monthly_income", "r.monthly_income", PersonsFile.MONTHLY_INCOME));

    private final JdbcClient jdbc;
    private final String actor;
    private final String reason;
    private final LocalDate today;
    private final List<PersonField> personFields;
    private final boolean hasAddress;

    ImportApply(JdbcClient jdbc, String actor, String reason, LocalDate today, Set<String> fileColumns) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.reason = reason;
        this.today = today;
        this.personFields = PERSON_FIELDS.stream()
                .filter(f -> f.fileColumn() == null || fileColumns.contains(f.fileColumn())).toList();
        this.hasAddress = fileColumns.contains(PersonsFile.ADDRESS);
    }

    ImportReport.Counts run() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('doudi.registry.import'))").query(Object.class).list();
        // the merge sorts and hashes whole files: give this transaction room so nothing spills to disk
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        long eventMark = jdbc.sql("SELECT coalesce(max(id), 0) FROM household_event").query(Long.class).single();
        stageHouseholds();
        int householdsCreated = createHouseholds();
        changeHouseholds();
        int personsCreated = createPersons();
        linkPersons();
        int personsChanged = changePersons();
        int relationsChanged = changeRelations();
        int membersAdded = addMembers();
        int membersEnded = endMembers();
        int statusesChanged = changeStatuses();
        int householdsChanged = jdbc.sql("""
                UPDATE household SET version = version + 1, updated_at = now()
                 WHERE id IN (SELECT household_id FROM household_event
                               WHERE id > ? AND reason = ? AND action <> 'CREATED')
                """).params(eventMark, reason).update();
        return new ImportReport.Counts(householdsCreated, householdsChanged, personsCreated, personsChanged,
                membersAdded, membersEnded, relationsChanged, statusesChanged);
    }

    /** One row per household: its fields from the applicant's row (the checks made all rows agree). */
    private void stageHouseholds() {
        jdbc.sql("""
                CREATE TEMP TABLE import_household ON COMMIT DROP AS
                SELECT DISTINCT ON (r.household_no) r.household_no, r.region, r.area, r.address, r.staff_relative,
                       r.programme, r.status, r.monthly_amount, r.enrolled_since, h.id AS household_id,
                       false AS created
                  FROM import_row r LEFT JOIN household h ON h.household_no = r.household_no
                 ORDER BY r.household_no, (r.relation <> 'APPLICANT'), r.line
                """).update();
        jdbc.sql("CREATE INDEX ON import_household (household_no)").update();
    }

    private int createHouseholds() {
        int created = jdbc.sql("""
                WITH inserted AS (
                    INSERT INTO household (household_no, region_code, area, address, staff_relative)
                    SELECT household_no, region, area, address, staff_relative FROM import_household
                     WHERE household_id IS NULL
                    RETURNING id, household_no)
                UPDATE import_household ih SET household_id = i.id, created = true
                  FROM inserted i WHERE ih.household_no = i.household_no
                """).update();
        jdbc.sql("""
                INSERT INTO household_event (household_id, actor, action, reason, changes)
                SELECT ih.household_id, ?, 'CREATED', ?, jsonb_strip_nulls(jsonb_build_object(
                       'members', c.members, 'programme', ih.programme, 'status', ih.status,
                       'monthly_amount', ih.monthly_amount))
                  FROM import_household ih
                  JOIN (SELECT household_no, count(*) AS members FROM import_row GROUP BY household_no) c
                       ON c.household_no = ih.household_no
                 WHERE ih.created
                """).params(actor, reason).update();
        jdbc.sql("ANALYZE import_household").update();
        return created;
    }

    private void changeHouseholds() {
        String differs = "(h.region_code, h.area, h.staff_relative) IS DISTINCT FROM (ih.region, ih.area, ih.staff_relative)"
                + (hasAddress ? " OR h.address IS DISTINCT FROM ih.address" : "");
        jdbc.sql("""
                INSERT INTO household_event (household_id, actor, action, reason, changes)
                SELECT h.id, ?, 'HOUSEHOLD_CHANGED', ?, jsonb_strip_nulls(jsonb_build_object(
                       'region_code', CASE WHEN h.region_code IS DISTINCT FROM ih.region THEN jsonb_build_array(h.region_code, ih.region) END,
                       'area', CASE WHEN h.area IS DISTINCT FROM ih.area THEN jsonb_build_array(h.area, ih.area) END,
                       'staff_relative', CASE WHEN h.staff_relative IS DISTINCT FROM ih.staff_relative
                                              THEN jsonb_build_array(h.staff_relative, ih.staff_relative) END
                       """ + (hasAddress ? """
                       , 'address', CASE WHEN h.address IS DISTINCT FROM ih.address THEN jsonb_build_array(h.address, ih.address) END
                       """ : "") + """
                       ))
                  FROM household h JOIN import_household ih ON ih.household_id = h.id AND NOT ih.created
                 WHERE """ + differs).params(actor, reason).update();
        jdbc.sql("UPDATE household h SET region_code = ih.region, area = ih.area, staff_relative = ih.staff_relative"
                + (hasAddress ? ", address = ih.address" : "")
                + " FROM import_household ih WHERE ih.household_id = h.id AND NOT ih.created AND (" + differs + ")").update();
    }

    private int createPersons() {
        return jdbc.sql("""
                INSERT INTO person (id_number, name, sex, birth_date, registered_region, registered_area, habitual_region,
                                    habitual_area, disability_kind, disability_grade, disability_certified_on,
                                    serious_illness, work_capacity, self_care, schooling, employment, phone,
                                    bank_account, account_holder, monthly_income)
                SELECT r.id_number, r.name, r.sex, r.birth_date, r.region, r.area, r.habitual_region, r.habitual_area,
                       r.disability_kind, r.disability_grade, r.disability_certified_on, coalesce(r.serious_illness, false),
                       r.work_capacity, r.self_care, r.schooling, r.employment, r.phone, r.bank_account, r.account_holder,
                       r.monthly_income
                  FROM import_row r
                 WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id_number = r.id_number)
                """).update();
    }

    /**
     * Links every row to its person, its household and the person's current membership, once, so the
     * steps after it need no more look-ups by ID number. A person created by this import has
     * {@code created_at} equal to the transaction's start ({@code now()}).
     */
    private void linkPersons() {
        jdbc.sql("""
                CREATE TEMP TABLE import_person ON COMMIT DROP AS
                SELECT r.line, r.relation, p.id AS person_id, p.created_at = now() AS person_created,
                       ih.household_id, ih.created AS household_created,
                       m.id AS membership_id, m.household_id AS current_household, m.relation AS current_relation
                  FROM import_row r
                  JOIN person p ON p.id_number = r.id_number
                  JOIN import_household ih ON ih.household_no = r.household_no
                  LEFT JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
                """).update();
        jdbc.sql("CREATE INDEX ON import_person (person_id)").update();
        jdbc.sql("ANALYZE import_person").update();
    }

    /** Persons that existed before this import and whose fields in the file differ. */
    private int changePersons() {
        String before = personFields.stream().map(f -> "p." + f.column()).collect(Collectors.joining(", "));
        String after = personFields.stream().map(PersonField::staged).collect(Collectors.joining(", "));
        String differs = "(" + before + ") IS DISTINCT FROM (" + after + ")";
        List<String> pairs = new ArrayList<>();
        for (PersonField f : personFields) {
            pairs.add("'" + f.column() + "', CASE WHEN p." + f.column() + " IS DISTINCT FROM " + f.staged()
                    + " THEN jsonb_build_array(p." + f.column() + ", " + f.staged() + ") END");
        }
        jdbc.sql("INSERT INTO household_event (household_id, person_id, actor, action, reason, changes) "
                        + "SELECT ip.household_id, p.id, ?, 'PERSON_CHANGED', ?, jsonb_strip_nulls(jsonb_build_object("
                        + String.join(", ", pairs) + ")) FROM import_person ip JOIN person p ON p.id = ip.person_id "
                        + "JOIN import_row r ON r.line = ip.line WHERE NOT ip.person_created AND " + differs)
                .params(actor, reason).update();
        String set = personFields.stream().map(f -> f.column() + " = " + f.staged()).collect(Collectors.joining(", "));
        return jdbc.sql("UPDATE person p SET " + set + ", updated_at = now() FROM import_person ip, import_row r"
                + " WHERE p.id = ip.person_id AND r.line = ip.line AND NOT ip.person_created AND " + differs).update();
    }

    private int changeRelations() {
        jdbc.sql("""
                INSERT INTO household_event (household_id, person_id, actor, action, reason, changes)
                SELECT household_id, person_id, ?, 'RELATION_CHANGED', ?,
                       jsonb_build_object('relation', jsonb_build_array(current_relation, relation))
                  FROM import_person
                 WHERE current_household = household_id AND current_relation <> relation
                """).params(actor, reason).update();
        return jdbc.sql("""
                UPDATE membership m SET relation = ip.relation
                  FROM import_person ip
                 WHERE m.id = ip.membership_id AND ip.current_household = ip.household_id
                   AND ip.current_relation <> ip.relation
                """).update();
    }

    /**
     * Members of a household created by this import, themselves new to the register, belong to it since
     * before the register began; anyone else joins a household on the import date.
     */
    private int addMembers() {
        int added = jdbc.sql("""
                INSERT INTO membership (household_id, person_id, relation, valid_from)
                SELECT household_id, person_id, relation,
                       CASE WHEN household_created AND person_created THEN NULL ELSE CAST(? AS date) END
                  FROM import_person WHERE membership_id IS NULL
                """).param(today).update();
        jdbc.sql("""
                INSERT INTO household_event (household_id, person_id, actor, action, reason, changes)
                SELECT household_id, person_id, ?, 'MEMBER_ADDED', ?,
                       jsonb_build_object('relation', jsonb_build_array(NULL, relation),
                                          'valid_from', jsonb_build_array(NULL, CAST(? AS date)))
                  FROM import_person WHERE membership_id IS NULL AND NOT household_created
                """).params(actor, reason, today).update();
        return added;
    }

    private int endMembers() {
        return jdbc.sql("""
                WITH ended AS (
                    UPDATE membership m
                       SET valid_to = GREATEST(coalesce(m.valid_from, CAST(:yesterday AS date)), CAST(:yesterday AS date)),
                           end_reason = :endReason
                      FROM import_household ih
                     WHERE m.household_id = ih.household_id AND m.valid_to IS NULL AND NOT ih.created
                       AND NOT EXISTS (SELECT 1 FROM import_person ip
                                        WHERE ip.person_id = m.person_id AND ip.household_id = ih.household_id)
                    RETURNING m.household_id, m.person_id, m.valid_to)
                INSERT INTO household_event (household_id, person_id, actor, action, reason, changes)
                SELECT household_id, person_id, :actor, 'MEMBER_ENDED', :reason,
                       jsonb_build_object('valid_to', jsonb_build_array(NULL, valid_to))
                  FROM ended
                """).param("yesterday", today.minusDays(1)).param("endReason", "导入文件中该户不再列出此人：" + reason)
                .param("actor", actor).param("reason", reason).update();
    }

    /**
     * A household's programme status in the file, if it differs from the current one, becomes current. A
     * household created by this import has its status in its CREATED event rather than an event of its own.
     */
    private int changeStatuses() {
        int changed = jdbc.sql("""
                CREATE TEMP TABLE import_status ON COMMIT DROP AS
                SELECT ih.household_id, ih.created, ih.programme, ih.status, ih.monthly_amount, ih.enrolled_since,
                       ps.id AS current_id, ps.status AS old_status, ps.monthly_amount AS old_amount,
                       ps.enrolled_since AS old_enrolled_since, ps.status_since AS old_status_since
                  FROM import_household ih
                  LEFT JOIN programme_status ps ON ps.household_id = ih.household_id
                        AND ps.programme = ih.programme AND ps.superseded_at IS NULL
                 WHERE ih.programme IS NOT NULL
                   AND (ps.id IS NULL OR (ps.status, ps.monthly_amount, ps.enrolled_since)
                                         IS DISTINCT FROM (ih.status, ih.monthly_amount, ih.enrolled_since))
                """).update();
        jdbc.sql("UPDATE programme_status SET superseded_at = now() WHERE id IN (SELECT current_id FROM import_status)")
                .update();
        jdbc.sql("""
                INSERT INTO programme_status (household_id, programme, status, monthly_amount, enrolled_since,
                                              status_since, reason, recorded_by)
                SELECT household_id, programme, status, monthly_amount, enrolled_since,
                       CASE WHEN current_id IS NULL THEN coalesce(enrolled_since, CAST(:today AS date))
                            WHEN old_status = status THEN old_status_since
                            ELSE CAST(:today AS date) END,
                       :reason, :actor
                  FROM import_status
                """).param("today", today).param("reason", reason).param("actor", actor).update();
        jdbc.sql("""
                INSERT INTO household_event (household_id, actor, action, reason, changes)
                SELECT household_id, :actor, 'PROGRAMME_CHANGED', :reason, jsonb_strip_nulls(jsonb_build_object(
                       'programme', jsonb_build_array(programme, programme),
                       'status', CASE WHEN old_status IS DISTINCT FROM status THEN jsonb_build_array(old_status, status) END,
                       'monthly_amount', CASE WHEN old_amount IS DISTINCT FROM monthly_amount
                                              THEN jsonb_build_array(old_amount, monthly_amount) END,
                       'enrolled_since', CASE WHEN old_enrolled_since IS DISTINCT FROM enrolled_since
                                              THEN jsonb_build_array(old_enrolled_since, enrolled_since) END))
                  FROM import_status WHERE NOT created
                """).param("actor", actor).param("reason", reason).update();
        return changed;
    }
}
