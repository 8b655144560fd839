package org.doudi.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.doudi.access.RegionScope;
import org.doudi.casework.documents.ApprovalForm;
import org.doudi.casework.documents.DecisionNotice;
import org.doudi.casework.documents.FormMember;
import org.doudi.casework.documents.Opinion;
import org.doudi.casework.documents.PublicNoticeList;
import org.doudi.casework.documents.PublicNoticeRow;
import org.doudi.casework.documents.Reason;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.PolicySource;
import org.doudi.policy.procedure.Procedure;
import org.doudi.policy.procedure.Stage;
import org.doudi.policy.procedure.StatutoryDeadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The written documents of a case, from its stored facts and the engine's explanation: the 告知书, the 审批表 and
 * the village's 公示名单 (name, number of members and amount only: 第十九条、第二十四条).
 */
public class CaseDocumentData {

    private static final String HOTLINE = "12349";

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;
    private final JsonMapper json;
    private final PolicySource policy;
    private final WorkingDayCalendar calendar;

    CaseDocumentData(JdbcClient jdbc, DivisionDirectory divisions, JsonMapper json, PolicySource policy,
                     WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.json = json;
        this.policy = policy;
        this.calendar = calendar;
    }

    /** The notice of a decision; only once the case is decided or refused. */
    public DecisionNotice notice(CaseFile file) {
        if (file.stage() != Stage.DECIDED && file.stage() != Stage.REFUSED) {
            throw new CaseException("NOT_DECIDED", null, "案件尚未作出决定，不能出具告知书");
        }
        boolean approved = !"REFUSED".equals(file.outcome());
        String county = name(file.regionCode().substring(0, 6));
        List<Reason> reasons = new ArrayList<>();
        if (!approved && file.decisionReasons() != null) {
            reasons.add(new Reason("DECISION", file.decisionReasons(), null));
        }
        JsonNode assessment = assessment(file);
        if (assessment != null && approved) {
            assessment.path("reasons").forEach(r -> reasons.add(new Reason(r.path("code").asString(""),
                    r.path("text").asString(""), r.path("reference").asString(null))));
        }
        boolean paid = approved && file.amount() != null && file.paymentFrom() != null;
        return new DecisionNotice(file.caseNo(), county + "民政局", file.applicantName(), address(file.householdId()),
                CaseService.programmeName(file.programme()) + ("APPROVED".equals(file.outcome()) || !approved ? ""
                        : "（" + CaseService.outcomeName(file.outcome()) + "）"),
                approved, paid ? file.amount() : null, paid ? YearMonth.from(file.paymentFrom()) : null,
                file.coveredPersons() == null ? 0 : file.coveredPersons(), reasons, steps(assessment), file.decidedOn(),
                county + "人民政府", county + "人民法院");
    }

    /** The approval form, printable at any stage: boxes of steps not yet taken stay empty. */
    public ApprovalForm approvalForm(CaseFile file) {
        List<FormMember> members = jdbc.sql("""
                SELECT p.name, p.id_number, m.relation, p.sex, p.birth_date, p.disability_kind, p.disability_grade,
                       p.serious_illness, p.employment, p.monthly_income
                  FROM membership m JOIN person p ON p.id = m.person_id
                 WHERE m.household_id = ? AND m.valid_to IS NULL
                 ORDER BY (m.relation <> 'APPLICANT'), p.birth_date
                """).param(file.householdId()).query((rs, n) -> new FormMember(rs.getString("name"),
                rs.getString("id_number"), Labels.relation(rs.getString("relation")),
                "MALE".equals(rs.getString("sex")) ? "男" : "女",
                java.time.Period.between(rs.getObject("birth_date", LocalDate.class), LocalDate.now()).getYears(),
                Labels.health(rs.getString("disability_kind"), (Integer) rs.getObject("disability_grade"),
                        rs.getBoolean("serious_illness")),
                Labels.employment(rs.getString("employment")), rs.getBigDecimal("monthly_income"))).list();
        List<Opinion> opinions = new ArrayList<>();
        eventNote(file.id(), "OPEN", "VILLAGE_ASSISTANT").ifPresent(e -> opinions.add(new Opinion("村（居）委会", e[0], e[1], LocalDate.parse(e[2]))));
        if (file.opinion() != null) {
            eventNote(file.id(), "PROPOSE", null).ifPresent(e ->
                    opinions.add(new Opinion("乡镇（街道）", file.opinion(), e[1], LocalDate.parse(e[2]))));
        }
        if (file.decidedOn() != null) {
            String level = "COUNTY".equals(decidingRole(file)) ? "县级民政部门" : "乡镇（街道）";
            opinions.add(new Opinion(level, CaseService.outcomeName(file.outcome())
                    + (file.decisionReasons() == null ? "" : "。" + file.decisionReasons()), file.decidedBy(), file.decidedOn()));
        }
        JsonNode assessment = assessment(file);
        String area = jdbc.sql("SELECT area FROM household WHERE id = ?").param(file.householdId()).query(String.class).single();
        String summary = String.join("\n", jdbc.sql("""
                SELECT visited_on || ' ' || array_to_string(visitors, '、') || '：' || findings FROM case_visit
                 WHERE case_id = ? ORDER BY visited_on, id
                """).param(file.id()).query(String.class).list())
                + (file.verificationResult() == null ? "" : "\n信息核对：" + file.verificationResult());
        FormMember applicant = members.isEmpty() ? null : members.get(0);
        return new ApprovalForm(file.caseNo(), CaseService.programmeName(file.programme()), divisions.fullName(file.regionCode()),
                applicant == null ? "" : applicant.name(), applicant == null ? "" : applicant.idNumber(),
                address(file.householdId()), Area.valueOf(area) == Area.URBAN ? "城市" : "农村", members,
                Labels.channel(file.channel()), file.appliedOn(), file.acceptedOn(), summary.strip(), opinions,
                figure(assessment, "perCapitaIncome"), figure(assessment, "standard"), file.amount(), steps(assessment),
                file.staffRelative());
    }

    /** The village's public notice: the cases now in their notice period, with name, members and amount only. */
    public PublicNoticeList publicNotice(String village, RegionScope scope) {
        if (!scope.contains(village) || village.length() != 12) {
            throw CaseException.notFound();
        }
        List<Object[]> rows = jdbc.sql("""
                SELECT c.household_id, c.covered_persons, c.amount, c.notice_started_on, c.programme, h.area,
                       (SELECT count(*) FROM membership m WHERE m.household_id = c.household_id AND m.valid_to IS NULL)
                  FROM assistance_case c JOIN household h ON h.id = c.household_id
                 WHERE c.region_code = ? AND c.stage = 'PUBLIC_NOTICE' ORDER BY c.notice_started_on, c.id
                """).param(village).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2), rs.getBigDecimal(3),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getInt(7)}).list();
        List<PublicNoticeRow> notice = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (Object[] row : rows) {
            int members = row[1] != null ? (Integer) row[1] : (Integer) row[6];
            notice.add(new PublicNoticeRow(CaseQueries.applicantName(jdbc, (Long) row[0]), members, (BigDecimal) row[2]));
            LocalDate start = (LocalDate) row[3];
            var deadlines = StatutoryDeadlines.of(policy.at(DivisionCode.parse(village), Area.valueOf((String) row[5]), start), calendar);
            LocalDate end = Procedure.of(org.doudi.kernel.Programme.valueOf((String) row[4])) == Procedure.EXTREME_POVERTY
                    ? deadlines.extremePovertyPublicNoticeEnd(start).date() : deadlines.publicNoticeEnd(start).date();
            from = from == null || start.isBefore(from) ? start : from;
            to = to == null || end.isAfter(to) ? end : to;
        }
        LocalDate today = LocalDate.now();
        return new PublicNoticeList("社会救助审核公示名单", name(village), name(village.substring(0, 9)),
                from == null ? today : from, to == null ? today : to, notice, HOTLINE);
    }

    private String decidingRole(CaseFile file) {
        return jdbc.sql("SELECT actor_role FROM case_event WHERE case_id = ? AND step IN ('APPROVE', 'REFUSE') ORDER BY id DESC LIMIT 1")
                .param(file.id()).query(String.class).optional().map(r -> r.equals("COUNTY_REVIEWER") ? "COUNTY" : "TOWNSHIP")
                .orElse("COUNTY");
    }

    private java.util.Optional<String[]> eventNote(long caseId, String step, String role) {
        return jdbc.sql("""
                SELECT coalesce(note, ''), actor, (at AT TIME ZONE 'Asia/Shanghai')::date::text FROM case_event
                 WHERE case_id = ? AND step = ? AND (CAST(? AS text) IS NULL OR actor_role = ?) ORDER BY id DESC LIMIT 1
                """).params(caseId, step, role, role).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)}).optional();
    }

    private JsonNode assessment(CaseFile file) {
        return file.assessment() == null ? null : json.readTree(file.assessment());
    }

    private static List<String> steps(JsonNode assessment) {
        List<String> steps = new ArrayList<>();
        if (assessment != null) {
            assessment.path("steps").forEach(s -> steps.add(s.path("explanation").asString("")));
        }
        return steps;
    }

    private static BigDecimal figure(JsonNode assessment, String name) {
        JsonNode value = assessment == null ? null : assessment.path("figures").get(name);
        return value == null || !value.isNumber() ? null : value.decimalValue();
    }

    private String address(long householdId) {
        return jdbc.sql("SELECT coalesce(address, '') FROM household WHERE id = ?").param(householdId).query(String.class).single();
    }

    private String name(String code) {
        return divisions.find(DivisionCode.parse(code)).map(DivisionDirectory.Entry::name).orElse(code);
    }
}
