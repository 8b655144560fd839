package org.doudi.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.assessment.AssessmentJson;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.Asset;
import org.doudi.policy.AssessmentRequest.Expense;
import org.doudi.policy.Decision;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicySource;
import org.doudi.policy.procedure.CaseDeadlines;
import org.doudi.policy.procedure.CaseFacts;
import org.doudi.policy.procedure.CaseFacts.Verification;
import org.doudi.policy.procedure.CaseKind;
import org.doudi.policy.procedure.Due;
import org.doudi.policy.procedure.Office;
import org.doudi.policy.procedure.Procedure;
import org.doudi.policy.procedure.Stage;
import org.doudi.policy.procedure.StatutoryDeadlines;
import org.doudi.policy.procedure.Step;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.reservefund.ReserveFunds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Casework: opens cases and takes their steps. Each step checks the user's region and office against the
 * programme's {@link Procedure}, takes the case version the user saw (a concurrent step loses with a clear
 * message and writes nothing), records who did what and when on the case's timeline, recomputes what the case
 * waits for, and writes decisions into the register, all in one transaction.
 */
public class CaseService {

    private static final Set<String> VISIT_KINDS = Set.of("HOME", "NEIGHBOUR", "LETTER", "REMOTE");
    /** What a reviewer may decide against the engine's "no longer eligible"; a gradual exit is the engine's to give. */
    private static final Set<String> REVIEW_OUTCOMES = Set.of("SUSPEND", "TERMINATE");

    private final JdbcClient jdbc;
    private final Households households;
    private final CaseAssessments assessments;
    private final PolicySource policy;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ReserveFunds reserveFunds;

    CaseService(JdbcClient jdbc, Households households, CaseAssessments assessments, PolicySource policy,
                WorkingDayCalendar calendar, AuditLog audit, JsonMapper json, Clock clock, ReserveFunds reserveFunds) {
        this.reserveFunds = reserveFunds;
        this.jdbc = jdbc;
        this.households = households;
        this.assessments = assessments;
        this.policy = policy;
        this.calendar = calendar;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The offices a role acts as. Analysts, auditors and administrators read; they take no steps. */
    public static Set<Office> officesOf(Role role) {
        return switch (role) {
            case VILLAGE_ASSISTANT -> EnumSet.of(Office.VILLAGE);
            case TOWNSHIP_CASEWORKER -> EnumSet.of(Office.TOWNSHIP);
            case TOWNSHIP_APPROVER -> EnumSet.of(Office.TOWNSHIP, Office.TOWNSHIP_APPROVAL);
            case COUNTY_REVIEWER -> EnumSet.of(Office.COUNTY);
            default -> EnumSet.noneOf(Office.class);
        };
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- intake ---------------------------------------------------------------------------------------

    /** Receives an application (第四条至第十一条). A staff-relative case is registered separately at once. */
    @Transactional
    public CaseFile open(DoudiUser actor, Intake intake) {
        Procedure.of(intake.programme());
        if (!officesOf(actor.role()).contains(Office.VILLAGE) && !officesOf(actor.role()).contains(Office.TOWNSHIP)) {
            throw new CaseException("STEP_NOT_YOURS", null, "申请由村（居）协理员或乡镇（街道）经办人员受理登记");
        }
        if ((intake.programme() == Programme.TEMPORARY) != (intake.temporaryKind() != null)) {
            throw new CaseException("TEMPORARY_KIND", "temporaryKind", "临时救助须选择急难型或支出型，其他类别不填");
        }
        String basis = intake.residenceBasis() == null ? "REGISTERED" : intake.residenceBasis();
        if (!Set.of("REGISTERED", "HABITUAL", "EMERGENCY_LOCATION").contains(basis)) {
            throw new CaseException("VALUE_INVALID", "residenceBasis", "申请地依据无效：" + basis);
        }
        if ("EMERGENCY_LOCATION".equals(basis) && intake.programme() != Programme.TEMPORARY) {
            throw new CaseException("VALUE_INVALID", "residenceBasis", "仅临时救助可在急难发生地申请");
        }
        String channel = intake.channel() == null ? "FAMILY" : intake.channel();
        if (!Set.of("FAMILY", "ENTRUSTED", "VILLAGE_COMMITTEE", "TOWNSHIP", "ALERT").contains(channel)) {
            throw new CaseException("VALUE_INVALID", "channel", "申请方式无效：" + channel);
        }
        if ("ENTRUSTED".equals(channel) && blank(intake.entrustedBy())) {
            throw CaseException.required("entrustedBy", "受委托人（委托申请须有委托材料，第六条）");
        }
        HouseholdDetail household = householdFor(actor, intake, basis);
        String region = blank(intake.regionCode()) ? household.regionCode() : intake.regionCode().strip();
        if (!actor.scope().contains(region) || region.length() < 9) {
            throw new CaseException("REGION_OUT_OF_SCOPE", "regionCode", "受理地不在您的管辖范围内：" + region);
        }
        if (!"REGISTERED".equals(basis) && region.equals(household.regionCode())) {
            basis = "REGISTERED";
        }
        if (intake.requestedAmount() != null && intake.requestedAmount().signum() < 0) {
            throw new CaseException("VALUE_INVALID", "requestedAmount", "申请金额不能为负数");
        }
        return insertApplication(actor.username(), actor.role().name(), household, intake, basis, region, channel,
                subjectOf(intake));
    }

    private CaseFile insertApplication(String by, String role, HouseholdDetail household, Intake intake, String basis,
                                       String region, String channel, Long subject) {
        LocalDate today = today();
        Parameters parameters = parameters(region, household.area(), today);
        boolean staffRelative = household.staffRelative() || intake.staffRelativeDeclared();
        boolean special = !"REGISTERED".equals(basis);
        long caseId;
        try {
            caseId = jdbc.sql("""
                    INSERT INTO assistance_case (case_no, kind, programme, temporary_kind, household_id, subject_person_id,
                        region_code, residence_basis, channel, entrusted_by, cause, stage, promise_signed,
                        authorisation_signed, staff_relative, staff_relative_note, delegated, special, special_reason,
                        requested_amount, applied_on, opened_by)
                    VALUES (? || '-' || ? || '-' || lpad(nextval('case_no_seq')::text, 6, '0'), 'APPLICATION', ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    RETURNING id
                    """).params(today.getYear(), region.substring(0, 9), intake.programme().name(),
                            intake.temporaryKind() == null ? null : intake.temporaryKind().name(), household.id(),
                            subject, region, basis, channel, trim(intake.entrustedBy()), trim(intake.cause()),
                            intake.promiseSigned(), intake.authorisationSigned(), staffRelative,
                            trim(intake.staffRelativeNote()), parameters.flag("procedure.confirmationDelegatedToTownship"),
                            special, special ? "人户分离或异地申请（民发〔2022〕83号四(一)）" : null,
                            intake.requestedAmount(), today, by)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new CaseException("CASE_ALREADY_OPEN", "householdId", "该户已有同一救助类别的在办案件，请在原案件中继续办理");
        }
        event(caseId, by, role, "OPEN", null, Stage.SUBMITTED, trim(intake.note()), Map.of("channel", channel, "basis", basis));
        if (staffRelative) {
            // 第十一条: registered separately; 第二十条: the county must make its own home visit.
            event(caseId, by, role, "STAFF_RELATIVE_REGISTERED", Stage.SUBMITTED, Stage.SUBMITTED,
                    "近亲属备案：" + Objects.requireNonNullElse(trim(intake.staffRelativeNote()), "（登记时未注明关系）"), null);
        }
        householdEvent(household.id(), by, "CASE_OPENED", "受理登记" + programmeName(intake.programme()) + "申请",
                Map.of("case", caseId));
        CaseFile file = refresh(caseId);
        audit.recordAs(by, "CASE_OPENED", "case", file.caseNo(), region, intake.programme().name());
        return file;
    }

    private HouseholdDetail householdFor(DoudiUser actor, Intake intake, String basis) {
        var own = households.find(intake.householdId(), actor.scope());
        if (own.isPresent() || "REGISTERED".equals(basis)) {
            return own.orElseThrow(CaseException::notFound);
        }
        // 第五条: application at the habitual residence; 急难发生地 for temporary assistance.
        HouseholdDetail household = households.find(intake.householdId(), RegionScope.NATIONAL)
                .orElseThrow(CaseException::notFound);
        if ("HABITUAL".equals(basis) && !blank(intake.regionCode())) {
            int living = jdbc.sql("""
                    SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id
                     WHERE m.household_id = ? AND m.valid_to IS NULL AND p.habitual_region LIKE ?
                    """).params(household.id(), intake.regionCode().strip().substring(0, 9) + "%")
                    .query(Integer.class).single();
            if (living == 0) {
                throw new CaseException("NOT_HABITUAL_RESIDENCE", "regionCode",
                        "该户没有成员登记在此经常居住，不能在此受理（第五条）");
            }
        }
        return household;
    }

    private Long subjectOf(Intake intake) {
        if (intake.subjectPersonId() == null) {
            return null;
        }
        int member = jdbc.sql("SELECT count(*) FROM membership WHERE household_id = ? AND person_id = ? AND valid_to IS NULL")
                .params(intake.householdId(), intake.subjectPersonId()).query(Integer.class).single();
        if (member == 0) {
            throw new CaseException("NOT_A_MEMBER", "subjectPersonId", "申请对象不是该户当前成员");
        }
        return intake.subjectPersonId();
    }

    /**
     * Opens a review of a household in a programme: periodic, a reported change, a death (within three months),
     * a minor ageing out, an alert. Without an actor it is opened by the system (the review planner).
     */
    @Transactional
    public CaseFile openReview(DoudiUser actor, long householdId, Programme programme, String reason, LocalDate dueOn,
                               String note) {
        Procedure.of(programme);
        if (programme == Programme.TEMPORARY) {
            throw new CaseException("VALUE_INVALID", "programme", "临时救助为一次性救助，不复核");
        }
        // TERMINATION: the published termination procedure of extreme-poverty support (《特困人员认定办法》第二十六条)
        boolean termination = "TERMINATION".equals(reason);
        if (termination && programme != Programme.EXTREME_POVERTY) {
            throw new CaseException("VALUE_INVALID", "reason", "终止公示程序仅适用于特困人员救助供养");
        }
        if (!termination && !Set.of("PERIODIC", "REPORTED_CHANGE", "DEATH", "AGEING_OUT", "ALERT").contains(reason)) {
            throw new CaseException("VALUE_INVALID", "reason", "复核原因无效：" + reason);
        }
        RegionScope scope = actor == null ? RegionScope.NATIONAL : actor.scope();
        if (actor != null && officesOf(actor.role()).isEmpty()) {
            throw new CaseException("STEP_NOT_YOURS", null, "当前角色不能发起复核");
        }
        HouseholdDetail household = households.find(householdId, scope).orElseThrow(CaseException::notFound);
        String status = jdbc.sql("""
                SELECT status FROM programme_status WHERE household_id = ? AND programme = ? AND superseded_at IS NULL
                """).params(householdId, programme.name()).query(String.class).optional().orElse("NONE");
        if (!Set.of("ACTIVE", "GRADUAL_EXIT", "SUSPENDED").contains(status)) {
            throw new CaseException("NOT_ENROLLED", "programme", "该户未在享受" + programmeName(programme) + "，无需复核");
        }
        String by = actor == null ? "system" : actor.username();
        LocalDate today = today();
        long caseId;
        try {
            caseId = jdbc.sql("""
                    INSERT INTO assistance_case (case_no, kind, programme, household_id, region_code, residence_basis,
                        channel, stage, promise_signed, authorisation_signed, staff_relative, delegated, review_reason,
                        review_due_on, applied_on, accepted_on, opened_by)
                    VALUES (? || '-' || ? || '-' || lpad(nextval('case_no_seq')::text, 6, '0'), ?, ?, ?, ?, 'REGISTERED',
                        'TOWNSHIP', 'INVESTIGATING', true, true, ?, ?, ?, ?, ?, ?, ?)
                    RETURNING id
                    """).params(today.getYear(), household.regionCode().substring(0, 9),
                            termination ? "TERMINATION" : "REVIEW", programme.name(), householdId,
                            household.regionCode(), household.staffRelative(),
                            parameters(household.regionCode(), household.area(), today)
                                    .flag("procedure.confirmationDelegatedToTownship"),
                            termination ? null : reason, dueOn, today, today, by)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new CaseException("CASE_ALREADY_OPEN", "householdId", "该户已有同一救助类别的在办案件");
        }
        jdbc.sql("INSERT INTO case_event (case_id, actor, actor_role, step, to_stage, note) VALUES (?, ?, ?, 'OPEN', 'INVESTIGATING', ?)")
                .params(caseId, by, actor == null ? "SYSTEM" : actor.role().name(), trim(note)).update();
        householdEvent(householdId, by, "CASE_OPENED", "发起" + programmeName(programme) + "复核", Map.of("case", caseId));
        CaseFile file = refresh(caseId);
        audit.recordAs(by, "CASE_OPENED", "case", file.caseNo(), household.regionCode(), reason);
        return file;
    }

    // ---- steps -----------------------------------------------------------------------------------------

    public List<Step> availableSteps(DoudiUser actor, CaseFile file) {
        Parameters parameters = parameters(file);
        return Procedure.of(file.programme()).available(facts(file, parameters), officesOf(actor.role()));
    }

    @Transactional
    public CaseFile act(DoudiUser actor, long caseId, Step step, StepInput input) {
        CaseFile file = claim(actor, caseId, input.version());
        Parameters parameters = parameters(file);
        CaseFacts facts = facts(file, parameters);
        // what the person enters with the step is part of what the procedure checks
        facts = withInput(facts, step == Step.PROPOSE ? input.favourable() : facts.favourable(),
                step == Step.HELP_FIRST ? input.amount() : facts.amount(),
                facts.promiseSigned() || step == Step.ACCEPT && Boolean.TRUE.equals(input.promiseSigned()),
                facts.authorisationSigned() || step == Step.ACCEPT && Boolean.TRUE.equals(input.authorisationSigned()));
        Procedure procedure = Procedure.of(file.programme());
        Stage target = procedure.next(step, facts, officesOf(actor.role()));
        LocalDate today = today();
        Map<String, Object> set = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        String note = trim(input.note());
        switch (step) {
            case ACCEPT -> {
                set.put("accepted_on", today);
                set.put("promise_signed", true);
                set.put("authorisation_signed", facts.authorisationSigned());
            }
            case REFUSE_INTAKE -> {
                List<String> missing = nonBlank(input.items());
                if (missing.isEmpty()) {
                    throw CaseException.required("items", "需补齐的全部材料（一次性告知，第十条）");
                }
                set.put("missing_items", missing.toArray(String[]::new));
                details.put("missing", missing);
            }
            case RESUBMIT -> set.put("missing_items", null);
            case FORM_TEAM -> {
                List<String> team = nonBlank(input.items());
                if (team.stream().distinct().count() < 2) {
                    throw new CaseException("TEAM_TOO_SMALL", "items", "调查小组不少于2人（第十六条）");
                }
                set.put("team", team.toArray(String[]::new));
                set.put("team_formed_on", today);
                details.put("team", team);
            }
            case RECORD_VISIT -> details.put("visit", recordVisit(actor, file, input, false));
            case COUNTY_VISIT -> {
                details.put("visit", recordVisit(actor, file, input, true));
                set.put("county_visit_done", true);
            }
            case RECORD_FINDINGS -> {
                List<Asset> assets = findings(input.assets(), "assets");
                List<Expense> expenses = findings(input.expenses(), "expenses");
                set.put("assets", json.writeValueAsString(assets));
                set.put("expenses", json.writeValueAsString(expenses));
                details.put("assets", assets);
                details.put("expenses", expenses);
            }
            case REQUEST_VERIFICATION -> {
                set.put("verification", Verification.REQUESTED.name());
                set.put("verification_requested_on", today);
            }
            case RECORD_VERIFICATION -> {
                require(note, "note", "核对结果");
                set.put("verification", Verification.DONE.name());
                set.put("verification_result", note);
            }
            case OBJECT_TO_VERIFICATION -> {
                require(note, "note", "申请人对核对结果的异议及证明材料");
                set.put("verification", Verification.OBJECTED.name());
                set.put("objection", note);
            }
            case PROPOSE -> {
                require(note, "note", "初审意见");
                if (input.favourable() == null) {
                    throw CaseException.required("favourable", "初审结论（同意或不同意）");
                }
                Decision decision = assess(file, today);
                if (input.favourable() && !decision.eligible() && file.kind() == CaseKind.APPLICATION) {
                    throw notEligible(decision);
                }
                keepDecision(set, file, decision);
                set.put("favourable", input.favourable());
                set.put("opinion", note);
                set.put("opinion_by", actor.username());
                if (target == Stage.PUBLIC_NOTICE) {
                    set.put("notice_started_on", today);
                } else {
                    set.put("file_received_on", today);
                }
            }
            case OBJECT -> {
                require(note, "note", "异议内容");
                set.put("objection", note);
                set.put("objection_on", today);
                set.put("special", true);
                set.put("special_reason", "公示期间有异议（第十九条）");
            }
            case REINVESTIGATE -> require(note, "note", "重新调查或民主评议的安排");
            case CLOSE_NOTICE -> {
                new CaseDeadlines(StatutoryDeadlines.of(parameters, calendar)).requireNoticeOver(facts, today);
                set.put("file_received_on", today);
            }
            case RECORD_RECHECK -> {
                require(note, "note", "抽查核实结果");
                set.put("recheck_result", note);
            }
            case APPROVE -> decide(actor, file, input, set, details, today);
            case REFUSE -> {
                require(note, "note", "不予批准的理由");
                Decision decision = assess(file, today);
                keepDecision(set, file, decision);
                String engineReasons = decision.eligible() ? "" : "；" + reasonsText(decision);
                set.put("outcome", "REFUSED");
                set.put("decision_reasons", note + engineReasons);
                set.put("decided_on", today);
                set.put("decided_by", actor.username());
                householdEvent(file.householdId(), actor.username(), "CASE_REFUSED",
                        programmeName(file.programme()) + "申请不予批准：" + note, Map.of("case", file.id()));
            }
            case DELIVER_NOTICE -> set.put("notice_delivered_on", today);
            case WITHDRAW, STOP_NON_COOPERATION -> require(note, "note",
                    step == Step.WITHDRAW ? "撤回原因" : "拒不配合调查的情况（第二十九条）");
            case HELP_FIRST -> {
                require(note, "note", "先行救助的情况（对象、事由、金额）");
                set.put("requested_amount", input.amount());
                set.put("helped_first_on", today);
                jdbc.sql("""
                        INSERT INTO case_instalment (case_id, seq, due_on, amount, paid_on, paid_by, source)
                        VALUES (?, 1, ?, ?, ?, ?, 'RESERVE_FUND')
                        """).params(file.id(), today, input.amount(), today, actor.username()).update();
                // paid at once from the township's reserve fund; an overdraft is refused and nothing is written
                reserveFunds.spend(actor, file.regionCode().substring(0, 9), file.id(), file.applicantName(),
                        input.amount(), "急难型临时救助先行救助（" + file.caseNo() + "）");
                householdEvent(file.householdId(), actor.username(), "HELPED_FIRST",
                        "急难型临时救助先行救助" + input.amount().toPlainString() + "元", Map.of("case", file.id()));
            }
            case COMPLETE_PAPERWORK -> {
                require(note, "note", "补齐的手续");
                set.put("file_received_on", today);
                set.put("accepted_on", file.acceptedOn() != null ? file.acceptedOn() : today);
            }
        }
        set.put("stage", target.name());
        update(file.id(), set);
        event(file.id(), actor.username(), actor.role().name(), step.name(), file.stage(), target, note,
                details.isEmpty() ? null : details);
        CaseFile after = refresh(file.id());
        audit.record("CASE_" + step.name(), "case", file.caseNo(), file.regionCode(), target.name());
        if (step == Step.APPROVE && after.kind() == CaseKind.TERMINATION) {
            handOver(actor, after, today);
        }
        return after;
    }

    private Map<String, Object> recordVisit(DoudiUser actor, CaseFile file, StepInput input, boolean county) {
        String kind = county ? "COUNTY_HOME" : Objects.requireNonNullElse(input.visitKind(), "HOME");
        if (!county && !VISIT_KINDS.contains(kind)) {
            throw new CaseException("VALUE_INVALID", "visitKind", "调查方式无效：" + kind);
        }
        List<String> visitors = nonBlank(input.visitors());
        if (!"LETTER".equals(kind) && visitors.stream().distinct().count() < 2) {
            throw new CaseException("TEAM_TOO_SMALL", "visitors", "入户调查、邻里访问须不少于2名调查人员（第十六条）");
        }
        require(trim(input.note()), "note", "调查情况");
        LocalDate on = input.visitedOn() == null ? today() : input.visitedOn();
        if (on.isAfter(today()) || on.isBefore(file.appliedOn())) {
            throw new CaseException("VALUE_INVALID", "visitedOn", "调查日期应在申请之日至今天之间");
        }
        boolean signed = Boolean.TRUE.equals(input.familySigned());
        if (("HOME".equals(kind) || "COUNTY_HOME".equals(kind)) && !signed) {
            throw new CaseException("FAMILY_SIGNATURE_MISSING", "familySigned", "入户调查表须由调查人员和申请人（家庭成员）签字确认（第十六条）");
        }
        jdbc.sql("""
                INSERT INTO case_visit (case_id, kind, visited_on, visitors, findings, family_signed, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(file.id(), kind, on, visitors.toArray(String[]::new), trim(input.note()), signed,
                        actor.username()).update();
        return Map.of("kind", kind, "visitedOn", on.toString(), "visitors", visitors);
    }

    /** 第二十一条 and its kin: the decision, with the engine's amount and explanation, written into the register. */
    private void decide(DoudiUser actor, CaseFile file, StepInput input, Map<String, Object> set,
                        Map<String, Object> details, LocalDate today) {
        if (file.programme() == Programme.EXTREME_POVERTY && file.kind() == CaseKind.APPLICATION
                && notDrawn(file.id())) {
            throw new CaseException("RECHECK_NOT_DRAWN", null,
                    "请先对本县待确认的特困申请进行随机抽查（不低于30%），再作确认（《特困人员认定办法》第十六条）");
        }
        Decision decision = assess(file, today);
        LocalDate paymentFrom = today.withDayOfMonth(1).plusMonths(1);
        String outcome;
        if (file.kind() == CaseKind.APPLICATION) {
            if (!decision.eligible()) {
                throw notEligible(decision);
            }
            outcome = "APPROVED";
        } else if (file.kind() == CaseKind.TERMINATION) {
            outcome = "TERMINATE";
        } else {
            outcome = reviewOutcome(file, decision, input.outcome());
        }
        keepDecision(set, file, decision);
        BigDecimal amount = file.programme() == Programme.TEMPORARY ? decision.amount() : decision.monthlyAmount();
        set.put("amount", amount);
        set.put("outcome", outcome);
        set.put("decided_on", today);
        set.put("decided_by", actor.username());
        set.put("decision_reasons", reasonsText(decision));
        if (file.programme() == Programme.TEMPORARY) {
            details.put("instalments", instalments(actor, file, amount, input.instalments(), today));
            householdEvent(file.householdId(), actor.username(), "CASE_APPROVED",
                    "临时救助批准" + amount.toPlainString() + "元", Map.of("case", file.id()));
            return;
        }
        set.put("payment_from", paymentFrom);
        String status = switch (outcome) {
            case "APPROVED", "INCREASE", "DECREASE" -> "ACTIVE";
            case "GRADUAL_EXIT" -> "GRADUAL_EXIT";
            case "SUSPEND" -> "SUSPENDED";
            case "TERMINATE" -> "TERMINATED";
            default -> null;
        };
        if (status != null) {
            BigDecimal monthly = "ACTIVE".equals(status) ? amount : currentAmount(file);
            setStatus(file, status, "TERMINATED".equals(status) ? BigDecimal.ZERO : monthly, paymentFrom,
                    "案件" + file.caseNo() + "：" + outcomeName(outcome), actor.username());
        }
        householdEvent(file.householdId(), actor.username(), "CASE_DECIDED",
                programmeName(file.programme()) + outcomeName(outcome)
                        + (status != null && "ACTIVE".equals(status) ? "，月救助金" + amount.toPlainString() + "元，自"
                        + paymentFrom.getYear() + "年" + paymentFrom.getMonthValue() + "月起发放" : ""),
                Map.of("case", file.id()));
    }

    private String reviewOutcome(CaseFile file, Decision decision, String requested) {
        if (!decision.eligible()) {
            if (requested == null || !REVIEW_OUTCOMES.contains(requested)) {
                throw new CaseException("OUTCOME_REQUIRED", "outcome",
                        "复核认定已不符合条件（" + reasonsText(decision) + "），请选择暂停或停发");
            }
            return requested;
        }
        if (requested != null && REVIEW_OUTCOMES.contains(requested)) {
            return requested;
        }
        if (decision.figures().containsKey("gradualExitMonth")) {
            // 第三十三条: income above the standard after employment; the pack's schedule pays a share for some months
            Enrolment enrolment = enrolment(file);
            return enrolment != null && "GRADUAL_EXIT".equals(enrolment.status()) ? "UNCHANGED" : "GRADUAL_EXIT";
        }
        int change = decision.monthlyAmount().compareTo(currentAmount(file));
        return change == 0 ? "UNCHANGED" : change > 0 ? "INCREASE" : "DECREASE";
    }

    private List<Map<String, Object>> instalments(DoudiUser actor, CaseFile file, BigDecimal amount,
                                                  List<BigDecimal> planned, LocalDate today) {
        BigDecimal helped = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM case_instalment WHERE case_id = ?")
                .param(file.id()).query(BigDecimal.class).single();
        BigDecimal remaining = amount.subtract(helped);
        if (remaining.signum() < 0) {
            throw new CaseException("HELPED_ABOVE_APPROVED", "amount", "先行救助已发放" + helped.toPlainString()
                    + "元，超过核定金额" + amount.toPlainString() + "元，请先办理多发部分的退回");
        }
        List<BigDecimal> stages = planned == null || planned.isEmpty()
                ? (remaining.signum() == 0 ? List.of() : List.of(remaining)) : planned;
        BigDecimal sum = stages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(remaining) != 0 || stages.stream().anyMatch(s -> s.signum() <= 0)) {
            throw new CaseException("INSTALMENTS_MISMATCH", "instalments", "分阶段救助各期金额之和应为"
                    + remaining.toPlainString() + "元（核定" + amount.toPlainString() + "元，已先行救助"
                    + helped.toPlainString() + "元），每期金额须大于0");
        }
        String source = Procedure.TEMPORARY.confirmingOffice(facts(file, parameters(file))) == Office.COUNTY
                ? "COUNTY" : "RESERVE_FUND";
        int seq = jdbc.sql("SELECT coalesce(max(seq), 0) FROM case_instalment WHERE case_id = ?").param(file.id())
                .query(Integer.class).single();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            LocalDate due = today.plusMonths(i);
            jdbc.sql("INSERT INTO case_instalment (case_id, seq, due_on, amount, source) VALUES (?, ?, ?, ?, ?)")
                    .params(file.id(), seq + i + 1, due, stages.get(i), source).update();
            rows.add(Map.of("seq", seq + i + 1, "dueOn", due.toString(), "amount", stages.get(i).toPlainString()));
        }
        return rows;
    }

    /** 《特困人员认定办法》第二十七条: a person leaving extreme-poverty support who qualifies for Dibao is handed over. */
    private void handOver(DoudiUser actor, CaseFile terminated, LocalDate today) {
        Decision dibao = assessments.assess(terminated.householdId(), Programme.DIBAO, null, null, today, null, 0,
                assetsOf(terminated), expensesOf(terminated));
        boolean enrolled = jdbc.sql("""
                SELECT count(*) FROM programme_status WHERE household_id = ? AND programme = 'DIBAO'
                   AND superseded_at IS NULL AND status IN ('ACTIVE', 'GRADUAL_EXIT')
                """).param(terminated.householdId()).query(Integer.class).single() > 0;
        String note;
        if (dibao.eligible() && !enrolled) {
            HouseholdDetail household = households.find(terminated.householdId(), RegionScope.NATIONAL).orElseThrow();
            CaseFile opened = insertApplication(actor.username(), actor.role().name(), household,
                    new Intake(terminated.householdId(), Programme.DIBAO, null, null, null, "REGISTERED", "TOWNSHIP",
                            null, "特困人员终止供养后转入低保（《特困人员认定办法》第二十七条）", null, true, true, false,
                            null, "由案件" + terminated.caseNo() + "转入"), "REGISTERED", household.regionCode(),
                    "TOWNSHIP", null);
            note = "按引擎测算符合低保条件，已转入低保申请" + opened.caseNo();
        } else {
            note = enrolled ? "该户已享受低保" : "按引擎测算不符合低保条件（" + reasonsText(dibao) + "），如遇急难可申请临时救助";
        }
        jdbc.sql("INSERT INTO case_event (case_id, actor, actor_role, step, from_stage, to_stage, note) VALUES (?, ?, ?, 'HAND_OVER', 'DECIDED', 'DECIDED', ?)")
                .params(terminated.id(), actor.username(), actor.role().name(), note).update();
    }

    // ---- the county's random re-check -------------------------------------------------------------------

    /** The draw: a record of what was drawn from what. */
    public record RecheckDraw(long batchId, int batchSize, int sampleSize, List<String> selectedCaseNos) {
    }

    /**
     * 《特困人员认定办法》第十六条: of the county's extreme-poverty applications awaiting confirmation and not yet in
     * a batch, draws at random at least the share of the pack (rounded up) for re-checking; the seed is recorded so
     * the draw can be shown to be random and replayed.
     */
    @Transactional
    public RecheckDraw drawRecheck(DoudiUser actor, String countyCode) {
        if (actor.role() != Role.COUNTY_REVIEWER || !actor.scope().contains(countyCode) || countyCode.length() != 6) {
            throw new CaseException("STEP_NOT_YOURS", null, "随机抽查由县级民政部门在本县范围内进行");
        }
        List<CaseFile> batch = jdbc.sql(CaseFile.SELECT + """
                 WHERE c.region_code LIKE ? AND c.programme = 'EXTREME_POVERTY' AND c.kind = 'APPLICATION'
                   AND c.stage = 'CONFIRMING' AND c.recheck_batch_id IS NULL
                 ORDER BY c.id FOR UPDATE OF c
                """).param(countyCode + "%").query(CaseFile::map).list();
        if (batch.isEmpty()) {
            throw new CaseException("NOTHING_TO_DRAW", null, "本县暂无待确认且未抽查的特困申请");
        }
        LocalDate today = today();
        Parameters parameters = policy.at(DivisionCode.parse(countyCode), Area.RURAL, today);
        int sample = StatutoryDeadlines.of(parameters, calendar).extremePovertyRecheckCount(batch.size());
        long seed = new Random().nextLong();
        List<CaseFile> shuffled = new ArrayList<>(batch);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        List<CaseFile> selected = shuffled.subList(0, sample);
        long batchId = jdbc.sql("""
                INSERT INTO recheck_batch (county_code, drawn_by, batch_size, sample_size, share, seed)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """).params(countyCode, actor.username(), batch.size(), sample,
                        parameters.decimal("procedure.extremePoverty.recheckShare"), seed)
                .query(Long.class).single();
        Set<Long> chosen = selected.stream().map(CaseFile::id).collect(Collectors.toSet());
        for (CaseFile file : batch) {
            jdbc.sql("UPDATE assistance_case SET recheck_batch_id = ?, recheck_selected = ?, version = version + 1, updated_at = now() WHERE id = ?")
                    .params(batchId, chosen.contains(file.id()), file.id()).update();
            jdbc.sql("INSERT INTO case_event (case_id, actor, actor_role, step, from_stage, to_stage, note) VALUES (?, ?, ?, 'RECHECK_DRAW', 'CONFIRMING', 'CONFIRMING', ?)")
                    .params(file.id(), actor.username(), actor.role().name(), (chosen.contains(file.id()) ? "被抽中，须核实" : "未被抽中")
                            + "（第" + batchId + "批，共" + batch.size() + "件，抽取" + sample + "件）").update();
            refresh(file.id());
        }
        audit.record("RECHECK_DRAWN", "recheck_batch", String.valueOf(batchId), countyCode, batch.size() + "/" + sample);
        return new RecheckDraw(batchId, batch.size(), sample, selected.stream().map(CaseFile::caseNo).sorted().toList());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private CaseFile claim(DoudiUser actor, long caseId, int seenVersion) {
        Integer version = jdbc.sql("SELECT version FROM assistance_case WHERE id = ? AND region_code LIKE ? FOR UPDATE")
                .params(caseId, actor.scope().likePattern()).query(Integer.class).optional()
                .orElseThrow(CaseException::notFound);
        if (version != seenVersion) {
            throw CaseException.conflict();
        }
        return load(caseId);
    }

    private CaseFile load(long caseId) {
        return jdbc.sql(CaseFile.SELECT + " WHERE c.id = ?").param(caseId).query(CaseFile::map).single();
    }

    /**
     * Recomputes what a case waits for from its facts, today's packs and calendar (after a change of the packs,
     * or of dates loaded from elsewhere), and bumps its version.
     */
    @Transactional
    public CaseFile recomputeDue(long caseId) {
        return refresh(caseId);
    }

    /** Recomputes what the case waits for, bumps its version and returns it as stored. */
    private CaseFile refresh(long caseId) {
        CaseFile file = load(caseId);
        Parameters parameters = parameters(file);
        Due due = new CaseDeadlines(StatutoryDeadlines.of(parameters, calendar)).next(facts(file, parameters)).orElse(null);
        jdbc.sql("""
                UPDATE assistance_case SET due_office = ?, due_task = ?, due_on = ?, due_rule = ?, due_reference = ?,
                       version = version + 1, updated_at = now()
                 WHERE id = ?
                """).params(due == null ? null : due.office().name(), due == null ? null : due.task(),
                        due == null || due.deadline() == null ? null : due.deadline().date(),
                        due == null || due.deadline() == null ? null : due.deadline().rule(),
                        due == null || due.deadline() == null ? null : due.deadline().reference(), caseId).update();
        return load(caseId);
    }

    private void update(long caseId, Map<String, Object> set) {
        Set<String> jsonColumns = Set.of("assessment", "assets", "expenses");
        String columns = set.keySet().stream().map(c -> jsonColumns.contains(c) ? c + " = CAST(? AS jsonb)" : c + " = ?")
                .collect(Collectors.joining(", "));
        List<Object> values = new ArrayList<>(set.values());
        values.add(caseId);
        jdbc.sql("UPDATE assistance_case SET " + columns + " WHERE id = ?").params(values).update();
    }

    private void event(long caseId, String by, String role, String step, Stage from, Stage to, String note,
                       Map<String, ?> details) {
        jdbc.sql("""
                INSERT INTO case_event (case_id, actor, actor_role, step, from_stage, to_stage, note, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                """).params(caseId, by, role, step, from == null ? null : from.name(),
                        to.name(), note, details == null ? null : json.writeValueAsString(details)).update();
    }

    private void householdEvent(long householdId, String actor, String action, String reason, Map<String, ?> changes) {
        jdbc.sql("""
                INSERT INTO household_event (household_id, actor, action, reason, changes) VALUES (?, ?, ?, ?, CAST(? AS jsonb))
                """).params(householdId, actor, action, reason, json.writeValueAsString(changes)).update();
    }

    private void setStatus(CaseFile file, String status, BigDecimal amount, LocalDate since, String reason, String actor) {
        LocalDate enrolledSince = jdbc.sql("""
                SELECT enrolled_since FROM programme_status
                 WHERE household_id = ? AND programme = ? AND superseded_at IS NULL AND status <> 'TERMINATED'
                """).params(file.householdId(), file.programme().name()).query(LocalDate.class).optional().orElse(since);
        jdbc.sql("UPDATE programme_status SET superseded_at = now() WHERE household_id = ? AND programme = ? AND superseded_at IS NULL")
                .params(file.householdId(), file.programme().name()).update();
        jdbc.sql("""
                INSERT INTO programme_status (household_id, programme, status, monthly_amount, enrolled_since, status_since,
                                              reason, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(file.householdId(), file.programme().name(), status, amount, enrolledSince, since, reason, actor)
                .update();
        jdbc.sql("UPDATE household SET version = version + 1, updated_at = now() WHERE id = ?").param(file.householdId()).update();
    }

    private BigDecimal currentAmount(CaseFile file) {
        return jdbc.sql("SELECT monthly_amount FROM programme_status WHERE household_id = ? AND programme = ? AND superseded_at IS NULL")
                .params(file.householdId(), file.programme().name()).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    private boolean notDrawn(long caseId) {
        return jdbc.sql("SELECT recheck_batch_id IS NULL FROM assistance_case WHERE id = ?").param(caseId)
                .query(Boolean.class).single();
    }

    private Decision assess(CaseFile file, LocalDate asOf) {
        int prior = file.programme() != Programme.TEMPORARY ? 0 : jdbc.sql("""
                SELECT count(*) FROM assistance_case WHERE household_id = ? AND programme = 'TEMPORARY' AND id <> ?
                   AND outcome = 'APPROVED' AND cause = ? AND extract(year FROM decided_on) = ?
                """).params(file.householdId(), file.id(), file.cause(), asOf.getYear()).query(Integer.class).single();
        AssessmentRequest.Temporary temporary = file.programme() != Programme.TEMPORARY ? null
                : new AssessmentRequest.Temporary(file.temporaryKind(),
                        file.requestedAmount() != null ? file.requestedAmount() : BigDecimal.ZERO, prior, file.cause(),
                        file.appliedOn());
        Enrolment enrolment = file.kind() == CaseKind.REVIEW && file.programme() == Programme.DIBAO ? enrolment(file) : null;
        return assessments.assess(file.householdId(), file.programme(), file.subjectPersonId(), temporary, asOf,
                enrolment == null ? null : enrolment.amount(),
                enrolment == null || !"GRADUAL_EXIT".equals(enrolment.status()) ? 0
                        : (int) java.time.temporal.ChronoUnit.MONTHS.between(enrolment.since().withDayOfMonth(1),
                        asOf.withDayOfMonth(1)), assetsOf(file), expensesOf(file));
    }

    private List<Asset> assetsOf(CaseFile file) {
        return file.assets() == null ? List.of() : List.of(json.readValue(file.assets(), Asset[].class));
    }

    private List<Expense> expensesOf(CaseFile file) {
        return file.expenses() == null ? List.of() : List.of(json.readValue(file.expenses(), Expense[].class));
    }

    /** The household's current status in the case's programme. */
    private record Enrolment(String status, BigDecimal amount, LocalDate since) {
    }

    private Enrolment enrolment(CaseFile file) {
        return jdbc.sql("""
                SELECT status, monthly_amount, status_since FROM programme_status
                 WHERE household_id = ? AND programme = ? AND superseded_at IS NULL
                """).params(file.householdId(), file.programme().name())
                .query((rs, n) -> new Enrolment(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class)))
                .optional().orElse(null);
    }

    private void keepDecision(Map<String, Object> set, CaseFile file, Decision decision) {
        set.put("assessment", AssessmentJson.write(decision));
        set.put("amount", file.programme() == Programme.TEMPORARY ? decision.amount() : decision.monthlyAmount());
        Object persons = decision.figures().get("members");
        set.put("covered_persons", persons instanceof Number n ? n.intValue() : null);
    }

    private static CaseException notEligible(Decision decision) {
        return new CaseException("NOT_ELIGIBLE", null, "按政策测算不符合条件：" + reasonsText(decision));
    }

    static String reasonsText(Decision decision) {
        return decision.reasons().stream().map(r -> r.text() + (r.reference() == null ? "" : "（" + r.reference() + "）"))
                .collect(Collectors.joining("；"));
    }

    private Parameters parameters(CaseFile file) {
        String area = jdbc.sql("SELECT area FROM household WHERE id = ?").param(file.householdId()).query(String.class).single();
        return parameters(file.regionCode(), area, file.acceptedOn() != null ? file.acceptedOn() : file.appliedOn());
    }

    private Parameters parameters(String region, String area, LocalDate date) {
        return policy.at(DivisionCode.parse(region), Area.valueOf(area), date);
    }

    private static CaseFacts facts(CaseFile file, Parameters parameters) {
        return file.facts(parameters.decimal("temporary.townshipApprovalLimit"),
                parameters.decimal("temporary.countyApprovalLimit"));
    }

    private static CaseFacts withInput(CaseFacts f, Boolean favourable, BigDecimal amount, boolean promise,
                                       boolean authorisation) {
        return new CaseFacts(f.programme(), f.kind(), f.temporaryKind(), f.stage(), f.delegated(), f.staffRelative(),
                promise, authorisation, f.teamFormed(), f.homeVisits(), f.verification(), f.countyVisitDone(),
                favourable, f.recheckSelected(), f.recheckDone(), amount, f.townshipLimit(), f.countyLimit(),
                f.special(), f.noticeDelivered(), f.appliedOn(), f.acceptedOn(), f.verificationRequestedOn(),
                f.noticeStartedOn(), f.objectionOn(), f.fileReceivedOn(), f.helpedFirstOn(), f.decidedOn(),
                f.reviewDueOn());
    }

    static String programmeName(Programme programme) {
        return switch (programme) {
            case DIBAO -> "最低生活保障";
            case MARGINAL -> "低保边缘家庭认定";
            case RIGID_EXPENDITURE -> "刚性支出困难家庭认定";
            case EXTREME_POVERTY -> "特困人员救助供养";
            case TEMPORARY -> "临时救助";
            case UNSUPPORTED_CHILD -> "事实无人抚养儿童基本生活保障";
            case ORPHAN -> "孤儿基本生活保障";
            default -> programme.name();
        };
    }

    static String outcomeName(String outcome) {
        return switch (outcome) {
            case "APPROVED" -> "审核确认同意";
            case "REFUSED" -> "不予批准";
            case "UNCHANGED" -> "复核后维持原救助金额";
            case "INCREASE" -> "复核后增发";
            case "DECREASE" -> "复核后减发";
            case "GRADUAL_EXIT" -> "进入渐退期";
            case "SUSPEND" -> "暂停发放";
            case "TERMINATE" -> "停发（终止）";
            default -> outcome;
        };
    }

    /** Findings must name their kind and carry no negative amount; an empty list is a finding too (nothing found). */
    private static <T> List<T> findings(List<T> findings, String field) {
        List<T> list = findings == null ? List.of() : findings;
        for (int i = 0; i < list.size(); i++) {
            Object finding = list.get(i);
            boolean invalid = finding == null
                    || finding instanceof Asset a && (a.type() == null || negative(a.amount())
                            || a.count() != null && a.count() < 0 || a.amount() == null && a.count() == null)
                    || finding instanceof Expense e && (e.type() == null || negative(e.annual()) || negative(e.monthly())
                            || e.annual() == null && e.monthly() == null);
            if (invalid) {
                throw new CaseException("VALUE_INVALID", field + "[" + i + "]",
                        "第" + (i + 1) + "项调查结果不完整：须有类别和不为负的金额（或数量）");
            }
        }
        return list;
    }

    private static boolean negative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }

    private static void require(String value, String field, String what) {
        if (blank(value)) {
            throw CaseException.required(field, what);
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !blank(v)).map(String::strip).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
