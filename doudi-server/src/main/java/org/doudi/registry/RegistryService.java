package org.doudi.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.registry.RegistryChanges.HouseholdChange;
import org.doudi.registry.RegistryChanges.NewMember;
import org.doudi.registry.RegistryChanges.PersonChange;
import org.doudi.registry.RegistryChanges.StatusChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the register by people. Each change: checks the user's region, takes the household's
 * version the user saw (a concurrent change loses with a clear message and writes nothing), requires a
 * reason, writes the timeline and the audit log, all in one transaction.
 */
public class RegistryService {

    private final JdbcClient jdbc;
    private final Households households;
    private final Timeline timeline;
    private final AuditLog audit;
    private final DivisionDirectory divisions;

    RegistryService(JdbcClient jdbc, Households households, Timeline timeline, AuditLog audit,
                    DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.households = households;
        this.timeline = timeline;
        this.audit = audit;
        this.divisions = divisions;
    }

    @Transactional
    public void changeHousehold(DoudiUser actor, long householdId, int seenVersion, HouseholdChange change,
                                String reason) {
        HouseholdDetail before = claim(actor, householdId, seenVersion, reason);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        diff(changes, "address", before.address(), blankToNull(change.address()));
        diff(changes, "area", before.area(), change.area().name());
        diff(changes, "staff_relative", before.staffRelative(), change.staffRelative());
        jdbc.sql("UPDATE household SET address = ?, area = ?, staff_relative = ? WHERE id = ?")
                .params(blankToNull(change.address()), change.area().name(), change.staffRelative(), householdId).update();
        record(actor, before, null, "HOUSEHOLD_CHANGED", reason, changes);
    }

    @Transactional
    public void changePerson(DoudiUser actor, long householdId, int seenVersion, long personId, PersonChange change,
                             String reason) {
        HouseholdDetail household = claim(actor, householdId, seenVersion, reason);
        PersonDetail before = households.person(personId, actor.scope())
                .filter(p -> Objects.equals(p.householdId(), householdId))
                .orElseThrow(RegistryException::notFound);
        validate(change);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        diff(changes, "name", before.name(), change.name().strip());
        diff(changes, "phone", before.phone(), blankToNull(change.phone()));
        diff(changes, "habitual_region", before.habitualRegion(), blankToNull(change.habitualRegion()));
        diff(changes, "habitual_area", before.habitualArea(), nameOf(change.habitualArea()));
        diff(changes, "disability_kind", before.disabilityKind(), nameOf(change.disabilityKind()));
        diff(changes, "disability_grade", before.disabilityGrade(), change.disabilityGrade());
        diff(changes, "disability_certified_on", before.disabilityCertifiedOn(), change.disabilityCertifiedOn());
        diff(changes, "serious_illness", before.seriousIllness(), change.seriousIllness());
        diff(changes, "work_capacity", before.workCapacity(), nameOf(change.workCapacity()));
        diff(changes, "self_care", before.selfCare(), nameOf(change.selfCare()));
        diff(changes, "schooling", before.schooling(), nameOf(change.schooling()));
        diff(changes, "employment", before.employment(), nameOf(change.employment()));
        diff(changes, "employed_since", before.employedSince(), change.employedSince());
        diff(changes, "bank_account", before.bankAccount(), blankToNull(change.bankAccount()));
        diff(changes, "account_holder", before.accountHolder(), blankToNull(change.accountHolder()));
        jdbc.sql("""
                UPDATE person SET name = ?, phone = ?, habitual_region = ?, habitual_area = ?, disability_kind = ?,
                       disability_grade = ?, disability_certified_on = ?, serious_illness = ?, work_capacity = ?,
                       self_care = ?, schooling = ?, employment = ?, employed_since = ?, bank_account = ?,
                       account_holder = ?, updated_at = now()
                 WHERE id = ?
                """).params(change.name().strip(), blankToNull(change.phone()), blankToNull(change.habitualRegion()),
                        nameOf(change.habitualArea()), nameOf(change.disabilityKind()), change.disabilityGrade(),
                        change.disabilityCertifiedOn(), change.seriousIllness(), nameOf(change.workCapacity()),
                        nameOf(change.selfCare()), nameOf(change.schooling()), nameOf(change.employment()),
                        change.employedSince(), blankToNull(change.bankAccount()), blankToNull(change.accountHolder()), personId)
                .update();
        record(actor, household, personId, "PERSON_CHANGED", reason, changes);
    }

    /** Adds a member from a date; an existing person must not be a current member of another household. */
    @Transactional
    public long addMember(DoudiUser actor, long householdId, int seenVersion, NewMember member, String reason) {
        HouseholdDetail household = claim(actor, householdId, seenVersion, reason);
        IdNumber idNumber = parseId(member.idNumber());
        if (member.relation() == Relation.APPLICANT) {
            throw new RegistryException("APPLICANT_EXISTS", "relation", "每户只有一名申请人；新成员请选择其他关系");
        }
        Long personId = jdbc.sql("SELECT id FROM person WHERE id_number = ?").param(idNumber.value())
                .query(Long.class).optional().orElse(null);
        if (personId != null) {
            List<String> elsewhere = jdbc.sql("""
                    SELECT h.household_no FROM membership m JOIN household h ON h.id = m.household_id
                     WHERE m.person_id = ? AND m.valid_to IS NULL
                    """).param(personId).query(String.class).list();
            if (!elsewhere.isEmpty()) {
                throw new RegistryException("PERSON_IN_OTHER_HOUSEHOLD", "idNumber",
                        "该身份证号码已是户 " + elsewhere.get(0) + " 的在册成员，须先在原户办理迁出");
            }
        } else {
            if (member.name() == null || member.name().isBlank()) {
                throw new RegistryException("NAME_MISSING", "name", "请填写姓名");
            }
            String region = requireRegion(member.registeredRegion(), "registeredRegion");
            personId = jdbc.sql("""
                    INSERT INTO person (id_number, name, sex, birth_date, registered_region, registered_area)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                    """).params(idNumber.value(), member.name().strip(), idNumber.sex().name(), idNumber.birthDate(),
                            region, member.registeredArea().name())
                    .query(Long.class).single();
        }
        long membershipId = jdbc.sql("""
                INSERT INTO membership (household_id, person_id, relation, valid_from) VALUES (?, ?, ?, ?) RETURNING id
                """).params(householdId, personId, member.relation().name(), member.from()).query(Long.class).single();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("relation", new Object[] {null, member.relation().name()});
        changes.put("valid_from", new Object[] {null, member.from()});
        record(actor, household, personId, "MEMBER_ADDED", reason, changes);
        return membershipId;
    }

    /** Ends a membership on a date (the last day the person belonged to the household). */
    @Transactional
    public void endMembership(DoudiUser actor, long householdId, int seenVersion, long membershipId, LocalDate lastDay,
                              String reason) {
        HouseholdDetail household = claim(actor, householdId, seenVersion, reason);
        Member member = households.allMembers(householdId).stream()
                .filter(m -> m.membershipId() == membershipId && m.current())
                .findFirst().orElseThrow(RegistryException::notFound);
        if (member.validFrom() != null && lastDay.isBefore(member.validFrom())) {
            throw new RegistryException("DATE_BEFORE_START", "to", "离开日期不能早于加入日期 " + member.validFrom());
        }
        long others = households.membersOn(householdId, lastDay).stream()
                .filter(m -> m.current() && m.membershipId() != membershipId).count();
        if (Relation.valueOf(member.relation()) == Relation.APPLICANT && others > 0) {
            throw new RegistryException("APPLICANT_HAS_MEMBERS", "membershipId",
                    "申请人迁出前，须先为其他成员指定新的申请人，或先办理其他成员迁出");
        }
        jdbc.sql("UPDATE membership SET valid_to = ?, end_reason = ? WHERE id = ?")
                .params(lastDay, reason.strip(), membershipId).update();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("valid_to", new Object[] {null, lastDay});
        record(actor, household, member.personId(), "MEMBER_ENDED", reason, changes);
    }

    /** Records a new programme status; the previous one stays in the history. */
    @Transactional
    public void setProgrammeStatus(DoudiUser actor, long householdId, int seenVersion, StatusChange change,
                                   String reason) {
        HouseholdDetail household = claim(actor, householdId, seenVersion, reason);
        BigDecimal amount = change.monthlyAmount() == null ? BigDecimal.ZERO : change.monthlyAmount();
        if (amount.signum() < 0 || amount.scale() > 2) {
            throw new RegistryException("AMOUNT_INVALID", "monthlyAmount", "月金额须为不小于0、最多两位小数的数");
        }
        if (amount.signum() > 0 && (change.status() == ProgrammeStatus.TERMINATED
                || change.status() == ProgrammeStatus.MONITORED)) {
            throw new RegistryException("AMOUNT_NOT_PAYABLE", "monthlyAmount", "停保或监测状态的月金额应为0");
        }
        var current = households.programmeStatuses(householdId, false).stream()
                .filter(s -> s.programme().equals(change.programme().name())).findFirst();
        jdbc.sql("UPDATE programme_status SET superseded_at = now() WHERE household_id = ? AND programme = ? AND superseded_at IS NULL")
                .params(householdId, change.programme().name()).update();
        jdbc.sql("""
                INSERT INTO programme_status (household_id, programme, status, monthly_amount, enrolled_since,
                                              status_since, reason, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(householdId, change.programme().name(), change.status().name(), amount,
                        current.map(ProgrammeStatusEntry::enrolledSince).orElse(change.since()), change.since(),
                        reason.strip(), actor.username())
                .update();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("programme", new Object[] {change.programme().name(), change.programme().name()});
        diff(changes, "status", current.map(ProgrammeStatusEntry::status).orElse(null), change.status().name());
        diff(changes, "monthly_amount", current.map(ProgrammeStatusEntry::monthlyAmount).orElse(null), amount);
        diff(changes, "status_since", current.map(ProgrammeStatusEntry::statusSince).orElse(null), change.since());
        record(actor, household, null, "PROGRAMME_CHANGED", reason, changes);
    }

    /**
     * The household as the user may see it, after bumping its version from the one the user saw: if
     * somebody else changed it meanwhile, nothing is written and the user is told.
     */
    private HouseholdDetail claim(DoudiUser actor, long householdId, int seenVersion, String reason) {
        if (!actor.role().maintainsRegister()) {
            throw new RegistryException("FORBIDDEN", null, "当前角色无权修改户籍登记");
        }
        if (reason == null || reason.isBlank()) {
            throw new RegistryException("REASON_MISSING", "reason", "请填写变更原因");
        }
        HouseholdDetail household = households.find(householdId, actor.scope()).orElseThrow(RegistryException::notFound);
        int updated = jdbc.sql("UPDATE household SET version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
                .params(householdId, seenVersion).update();
        if (updated == 0) {
            throw RegistryException.conflict();
        }
        return household;
    }

    private void record(DoudiUser actor, HouseholdDetail household, Long personId, String action, String reason,
                        Map<String, Object[]> changes) {
        timeline.record(household.id(), personId, actor.username(), action, reason.strip(), changes);
        audit.record(action, personId == null ? "HOUSEHOLD" : "PERSON",
                personId == null ? household.householdNo() : String.valueOf(personId), household.regionCode(), reason.strip());
    }

    private void validate(PersonChange change) {
        if (change.name() == null || change.name().isBlank()) {
            throw new RegistryException("NAME_MISSING", "name", "请填写姓名");
        }
        if ((change.disabilityKind() == null) != (change.disabilityGrade() == null)) {
            throw new RegistryException("DISABILITY_INCOMPLETE", "disabilityGrade", "残疾类别和等级须同时填写或同时为空");
        }
        if (change.disabilityGrade() != null && (change.disabilityGrade() < 1 || change.disabilityGrade() > 4)) {
            throw new RegistryException("DISABILITY_GRADE_INVALID", "disabilityGrade", "残疾等级须为1至4级");
        }
        if (change.bankAccount() != null && !change.bankAccount().isBlank()
                && !change.bankAccount().strip().matches("[0-9]{8,30}")) {
            throw new RegistryException("BANK_ACCOUNT_INVALID", "bankAccount", "收款账号须为8至30位数字");
        }
        if (change.habitualRegion() != null && !change.habitualRegion().isBlank()) {
            requireRegion(change.habitualRegion(), "habitualRegion");
        }
    }

    private String requireRegion(String code, String field) {
        String value = code == null ? "" : code.strip();
        if (!divisions.exists(value)) {
            throw new RegistryException("REGION_UNKNOWN", field, "区划代码不存在：" + value);
        }
        return value;
    }

    private static IdNumber parseId(String raw) {
        try {
            return IdNumber.parse(raw);
        } catch (InvalidIdNumberException e) {
            throw new RegistryException(e.problem().code(), "idNumber", e.problem().message());
        }
    }

    private static void diff(Map<String, Object[]> changes, String field, Object before, Object after) {
        Object a = before instanceof BigDecimal b ? b.stripTrailingZeros() : before;
        Object b = after instanceof BigDecimal c ? c.stripTrailingZeros() : after;
        if (!Objects.equals(a, b)) {
            changes.put(field, new Object[] {before, after});
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
