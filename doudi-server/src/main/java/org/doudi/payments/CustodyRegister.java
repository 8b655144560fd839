package org.doudi.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The card-custody register (卡折委托代管, 民发〔2021〕57号第二十六条): when someone other than the family holds a
 * recipient's card or receives into his own account (a recipient who cannot look after himself), a written
 * agreement is filed with the county: agreement number, custodian, relation, account, filed date, expiry. The
 * payroll audit accepts a payment to a custodian's account only under an agreement filed by the month's end and not
 * expired or ended before it starts. An agreement is ended, never deleted.
 */
@Component
public class CustodyRegister {

    public static final Set<Role> KEEPERS = EnumSet.of(Role.TOWNSHIP_CASEWORKER, Role.TOWNSHIP_APPROVER,
            Role.COUNTY_REVIEWER, Role.ADMIN);

    public record Agreement(long id, String agreementNo, long householdId, String householdNo, String custodianName,
                            String custodianIdNumber, String relation, String account, LocalDate filedOn,
                            LocalDate expiresOn, LocalDate endedOn, String endReason, String recordedBy,
                            boolean inForce) {
    }

    public record NewAgreement(String agreementNo, long householdId, String custodianName, String custodianIdNumber,
                               String relation, String account, LocalDate filedOn, LocalDate expiresOn) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CustodyRegister(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Agreement file(DoudiUser by, NewAgreement a) {
        if (!KEEPERS.contains(by.role())) {
            throw PaymentException.forbidden("登记代管协议");
        }
        String region = jdbc.sql("SELECT region_code FROM household WHERE id = ? AND region_code LIKE ?")
                .params(a.householdId(), by.scope().likePattern()).query(String.class).optional()
                .orElseThrow(() -> new PaymentException("NOT_FOUND", "householdId", "家庭不存在或不在您的管辖范围内"));
        String number = required(a.agreementNo(), "agreementNo", "请填写协议编号");
        String custodian = required(a.custodianName(), "custodianName", "请填写代管人姓名");
        String relation = required(a.relation(), "relation", "请填写代管人与受助人的关系（如：村干部、亲属、护理机构）");
        String account = required(a.account(), "account", "请填写代管收款账户").replace(" ", "");
        if (!account.matches("[0-9]{8,32}")) {
            throw new PaymentException("ACCOUNT_INVALID", "account", "收款账户应为8至32位数字：" + account);
        }
        String custodianId = null;
        if (a.custodianIdNumber() != null && !a.custodianIdNumber().isBlank()) {
            try {
                custodianId = IdNumber.parse(a.custodianIdNumber().strip()).value();
            } catch (InvalidIdNumberException e) {
                throw new PaymentException(e.problem().code(), "custodianIdNumber", "代管人身份证号：" + e.problem().message());
            }
        }
        if (a.filedOn() == null) {
            throw new PaymentException("FILED_ON_MISSING", "filedOn", "请填写县级民政部门备案日期");
        }
        if (a.filedOn().isAfter(LocalDate.now(clock))) {
            throw new PaymentException("FILED_ON_IN_FUTURE", "filedOn", "备案日期不能晚于今天");
        }
        if (a.expiresOn() != null && a.expiresOn().isBefore(a.filedOn())) {
            throw new PaymentException("EXPIRES_BEFORE_FILED", "expiresOn", "有效期至不能早于备案日期");
        }
        boolean taken = jdbc.sql("SELECT count(*) > 0 FROM custody_agreement WHERE agreement_no = ?").param(number)
                .query(Boolean.class).single();
        if (taken) {
            throw new PaymentException("AGREEMENT_NO_TAKEN", "agreementNo", "协议编号已登记：" + number);
        }
        long id = jdbc.sql("""
                INSERT INTO custody_agreement (agreement_no, household_id, custodian_name, custodian_id_number,
                                               custodian_relation, account, filed_on, expires_on, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(number, a.householdId(), custodian, custodianId, relation, account, a.filedOn(),
                        a.expiresOn(), by.username()).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO household_event (household_id, actor, action, reason, changes)
                VALUES (?, ?, 'CUSTODY_FILED', ?, NULL)
                """).params(a.householdId(), by.username(), "代管协议 " + number + " 备案：代管人 " + custodian + "（" + relation + "）")
                .update();
        audit.recordAs(by.username(), "CUSTODY_FILED", "HOUSEHOLD", String.valueOf(a.householdId()), region, number);
        return find(by, id);
    }

    @Transactional
    public Agreement end(DoudiUser by, long id, LocalDate endedOn, String reason) {
        if (!KEEPERS.contains(by.role())) {
            throw PaymentException.forbidden("终止代管协议");
        }
        Agreement a = find(by, id);
        if (a.endedOn() != null) {
            throw new PaymentException("AGREEMENT_ENDED", null, "该代管协议已于 " + a.endedOn() + " 终止");
        }
        String why = required(reason, "reason", "请填写终止原因");
        LocalDate on = endedOn == null ? LocalDate.now(clock) : endedOn;
        if (on.isBefore(a.filedOn())) {
            throw new PaymentException("ENDED_BEFORE_FILED", "endedOn", "终止日期不能早于备案日期");
        }
        jdbc.sql("UPDATE custody_agreement SET ended_on = ?, end_reason = ? WHERE id = ?").params(on, why, id).update();
        jdbc.sql("""
                INSERT INTO household_event (household_id, actor, action, reason, changes)
                VALUES (?, ?, 'CUSTODY_ENDED', ?, NULL)
                """).params(a.householdId(), by.username(), "代管协议 " + a.agreementNo() + " 终止：" + why).update();
        audit.recordAs(by.username(), "CUSTODY_ENDED", "HOUSEHOLD", String.valueOf(a.householdId()), "", a.agreementNo());
        return find(by, id);
    }

    public Agreement find(DoudiUser by, long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ? AND h.region_code LIKE ?").params(LocalDate.now(clock), LocalDate.now(clock), id,
                by.scope().likePattern()).query(this::agreement).optional()
                .orElseThrow(() -> PaymentException.notFound("代管协议"));
    }

    /** Agreements of the user's region, or of one household, newest first. */
    public List<Agreement> list(DoudiUser by, Long householdId) {
        return jdbc.sql(SELECT + " WHERE h.region_code LIKE ? AND (CAST(? AS bigint) IS NULL OR c.household_id = ?) ORDER BY c.filed_on DESC, c.id DESC")
                .params(LocalDate.now(clock), LocalDate.now(clock), by.scope().likePattern(), householdId, householdId)
                .query(this::agreement).list();
    }

    private static final String SELECT = """
            SELECT c.*, h.household_no,
                   (c.ended_on IS NULL OR c.ended_on >= CAST(? AS date)) AND (c.expires_on IS NULL OR c.expires_on >= CAST(? AS date)) AS in_force
              FROM custody_agreement c JOIN household h ON h.id = c.household_id
            """;

    private Agreement agreement(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Agreement(rs.getLong("id"), rs.getString("agreement_no"), rs.getLong("household_id"),
                rs.getString("household_no"), rs.getString("custodian_name"),
                PaymentQueries.mask(rs.getString("custodian_id_number")), rs.getString("custodian_relation"),
                rs.getString("account"), rs.getObject("filed_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"), rs.getString("recorded_by"), rs.getBoolean("in_force"));
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new PaymentException(field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase() + "_MISSING", field, message);
        }
        return value.strip();
    }
}
