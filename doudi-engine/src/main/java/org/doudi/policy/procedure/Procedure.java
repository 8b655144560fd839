package org.doudi.policy.procedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Refusal;
import org.doudi.policy.procedure.CaseFacts.Verification;

/**
 * The statutory procedure of a programme as a state machine: from which {@link Stage} a {@link Step} may be
 * taken, by which {@link Office}, on what conditions, and where it leads. The steps and their order are set by
 * regulation and live here in code; the days and amounts come from the policy packs ({@link CaseDeadlines}).
 *
 * <ul>
 *   <li>{@link #LOW_INCOME}: 低保, 低保边缘 and 刚性支出 families (《最低生活保障审核确认办法》; 民发〔2022〕83号
 *       四(一) lets 低保边缘 follow it; 《刚性支出困难家庭认定办法》第八条).</li>
 *   <li>{@link #EXTREME_POVERTY}: 《特困人员认定办法》, with the county's random re-check and the published termination.</li>
 *   <li>{@link #CHILD}: 事实无人抚养儿童 and orphans: verified mainly by data comparison, never published (《关于进一步加强事实无人抚养儿童保障工作的意见》二).</li>
 *   <li>{@link #TEMPORARY}: 临时救助; emergencies are helped first and the paperwork follows; the approving office
 *       follows the amount (分级审批).</li>
 * </ul>
 */
public enum Procedure {
    LOW_INCOME, EXTREME_POVERTY, CHILD, TEMPORARY;

    private static final Set<Office> TOWNSHIP_STAFF = EnumSet.of(Office.TOWNSHIP, Office.TOWNSHIP_APPROVAL);
    private static final Set<Office> INTAKE = EnumSet.of(Office.VILLAGE, Office.TOWNSHIP, Office.TOWNSHIP_APPROVAL);

    /** The procedure a programme's cases follow; programmes without casework here are refused. */
    public static Procedure of(Programme programme) {
        return switch (programme) {
            case DIBAO, MARGINAL, RIGID_EXPENDITURE -> LOW_INCOME;
            case EXTREME_POVERTY -> EXTREME_POVERTY;
            case UNSUPPORTED_CHILD, ORPHAN -> CHILD;
            case TEMPORARY -> TEMPORARY;
            default -> throw new Refusal("PROGRAMME_NOT_IN_CASEWORK", "programme",
                    "该救助类别不经本系统受理审核：" + programme);
        };
    }

    /**
     * Whether a favourable preliminary opinion is published in the village: yes for 低保 and its kin, 特困 and
     * expenditure-type temporary assistance; never for children (privacy) and for emergencies helped first;
     * of reviews only the extreme-poverty termination (第二十六条).
     */
    public boolean publishesOpinion(CaseFacts facts) {
        return switch (facts.kind()) {
            case APPLICATION -> this != CHILD && !facts.isEmergency();
            case REVIEW -> false;
            case TERMINATION -> true;
        };
    }

    /**
     * Who confirms: the county, or the township where the county delegated it (第二条; 民发〔2022〕83号四(一));
     * temporary assistance by amount (the township up to its ceiling, the county above); children always the county.
     */
    public Office confirmingOffice(CaseFacts facts) {
        return switch (this) {
            case CHILD -> Office.COUNTY;
            case TEMPORARY -> facts.amount() != null && facts.townshipLimit() != null
                    && facts.amount().compareTo(facts.townshipLimit()) <= 0 ? Office.TOWNSHIP_APPROVAL : Office.COUNTY;
            default -> facts.delegated() ? Office.TOWNSHIP_APPROVAL : Office.COUNTY;
        };
    }

    /** The offices that may take a step on this case (before the stage and conditions are checked). */
    public Set<Office> officesFor(Step step, CaseFacts facts) {
        return switch (step) {
            case RESUBMIT, RECORD_VISIT, OBJECT, WITHDRAW -> INTAKE;
            case ACCEPT, REFUSE_INTAKE, FORM_TEAM, RECORD_FINDINGS, REQUEST_VERIFICATION, OBJECT_TO_VERIFICATION, REINVESTIGATE,
                 CLOSE_NOTICE, DELIVER_NOTICE, COMPLETE_PAPERWORK -> TOWNSHIP_STAFF;
            case RECORD_VERIFICATION -> facts.verification() == Verification.OBJECTED
                    ? EnumSet.of(Office.TOWNSHIP, Office.TOWNSHIP_APPROVAL, Office.COUNTY) : EnumSet.of(Office.COUNTY);
            case PROPOSE -> EnumSet.of(Office.TOWNSHIP_APPROVAL);
            case COUNTY_VISIT, RECORD_RECHECK -> EnumSet.of(Office.COUNTY);
            case STOP_NON_COOPERATION -> EnumSet.of(Office.TOWNSHIP_APPROVAL, Office.COUNTY);
            case HELP_FIRST -> EnumSet.of(Office.TOWNSHIP_APPROVAL, Office.COUNTY);
            case APPROVE, REFUSE -> EnumSet.of(confirmingOffice(facts));
        };
    }

    /** The steps these offices may take now, in the order a worker would look for them. */
    public List<Step> available(CaseFacts facts, Set<Office> offices) {
        List<Step> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            if (refusal(step, facts, offices) == null) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** The stage a step leads to; a {@link Refusal} saying why when it may not be taken. */
    public Stage next(Step step, CaseFacts facts, Set<Office> offices) {
        Refusal refusal = refusal(step, facts, offices);
        if (refusal != null) {
            throw refusal;
        }
        return target(step, facts);
    }

    private Refusal refusal(Step step, CaseFacts facts, Set<Office> offices) {
        if (!allowedFrom(step, facts)) {
            return new Refusal("STEP_NOT_ALLOWED", "step", "当前环节不能办理此事项");
        }
        if (offices.stream().noneMatch(officesFor(step, facts)::contains)) {
            return new Refusal("STEP_NOT_YOURS", "step", "此事项不由您所在的层级办理");
        }
        return condition(step, facts);
    }

    private boolean allowedFrom(Step step, CaseFacts facts) {
        Stage stage = facts.stage();
        boolean application = facts.kind() == CaseKind.APPLICATION;
        boolean investigating = stage == Stage.INVESTIGATING || stage == Stage.OBJECTION;
        return switch (step) {
            case ACCEPT, REFUSE_INTAKE -> stage == Stage.SUBMITTED;
            case RESUBMIT -> stage == Stage.INCOMPLETE;
            case FORM_TEAM -> stage == Stage.INVESTIGATING;
            case RECORD_VISIT, RECORD_FINDINGS, REQUEST_VERIFICATION, PROPOSE, STOP_NON_COOPERATION -> investigating;
            case RECORD_VERIFICATION -> investigating && (facts.verification() == Verification.REQUESTED
                    || facts.verification() == Verification.OBJECTED);
            case OBJECT_TO_VERIFICATION -> investigating && facts.verification() == Verification.DONE;
            case COUNTY_VISIT -> investigating || stage == Stage.PUBLIC_NOTICE || stage == Stage.CONFIRMING;
            case OBJECT, CLOSE_NOTICE -> stage == Stage.PUBLIC_NOTICE;
            case REINVESTIGATE -> stage == Stage.OBJECTION;
            case RECORD_RECHECK -> this == EXTREME_POVERTY && stage == Stage.CONFIRMING && facts.recheckSelected();
            case APPROVE, REFUSE -> stage == Stage.CONFIRMING;
            case DELIVER_NOTICE -> (stage == Stage.REFUSED || stage == Stage.DECIDED) && !facts.noticeDelivered();
            case WITHDRAW -> application && stage.isOpen() && stage != Stage.REFUSED && stage != Stage.HELPED_FIRST;
            case HELP_FIRST -> facts.isEmergency() && stage == Stage.SUBMITTED;
            case COMPLETE_PAPERWORK -> stage == Stage.HELPED_FIRST;
        };
    }

    private Refusal condition(Step step, CaseFacts facts) {
        boolean application = facts.kind() == CaseKind.APPLICATION;
        switch (step) {
            case ACCEPT -> {
                // 第九条: the applicant promises truthfulness and authorises the verification.
                if (!facts.promiseSigned()) {
                    return new Refusal("PROMISE_MISSING", "promiseSigned", "申请人尚未签署承诺书，不能受理");
                }
                if (!facts.authorisationSigned() && this != TEMPORARY) {
                    return new Refusal("AUTHORISATION_MISSING", "authorisationSigned",
                            "申请人及家庭成员尚未签署家庭经济状况核对授权书，不能受理");
                }
            }
            case RECORD_VISIT, REQUEST_VERIFICATION -> {
                if (!facts.teamFormed()) {
                    return new Refusal("TEAM_NOT_FORMED", "team", "请先组成不少于2人的调查小组（第十六条）");
                }
            }
            case PROPOSE -> {
                if (application && !facts.teamFormed() && !facts.isEmergency()) {
                    return new Refusal("TEAM_NOT_FORMED", "team", "请先组成不少于2人的调查小组（第十六条）");
                }
                if (application && this != CHILD && this != TEMPORARY && facts.homeVisits() == 0) {
                    return new Refusal("HOME_VISIT_MISSING", "visits", "尚无入户调查记录，不能提出初审意见（第十六条）");
                }
                if (application && this != TEMPORARY && facts.verification() != Verification.DONE) {
                    return new Refusal("VERIFICATION_PENDING", "verification", "信息核对结果尚未取得或异议尚未复查（第十七条、第十八条）");
                }
            }
            case APPROVE -> {
                // 第二十条: staff-relative cases need the county's own home visit before confirmation.
                if (facts.staffRelative() && !facts.countyVisitDone() && application) {
                    return new Refusal("COUNTY_VISIT_REQUIRED", "countyVisit",
                            "近亲属备案案件须由县级民政部门入户调查后方可确认（第二十条）");
                }
                if (facts.recheckSelected() && !facts.recheckDone()) {
                    return new Refusal("RECHECK_PENDING", "recheck", "本件已被随机抽中核实，须先记录抽查结果（《特困人员认定办法》第十六条）");
                }
                if (facts.amount() == null) {
                    return new Refusal("AMOUNT_MISSING", "amount", "尚未核算救助金额");
                }
                if (this == TEMPORARY && facts.countyLimit() != null && facts.amount().compareTo(facts.countyLimit()) > 0) {
                    return new Refusal("ABOVE_COUNTY_LIMIT", "amount",
                            "金额超过县级审批上限，应提请困难群众基本生活保障工作协调机制“一事一议”");
                }
            }
            case HELP_FIRST -> {
                if (facts.amount() == null || facts.amount().signum() <= 0) {
                    return new Refusal("AMOUNT_MISSING", "amount", "请填写先行救助金额");
                }
                if (facts.townshipLimit() != null && facts.amount().compareTo(facts.townshipLimit()) > 0) {
                    return new Refusal("HELP_FIRST_ABOVE_LIMIT", "amount",
                            "先行救助为小金额救助，金额不得超过乡镇（街道）审批上限" + facts.townshipLimit().toPlainString() + "元");
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private Stage target(Step step, CaseFacts facts) {
        return switch (step) {
            case ACCEPT, RESUBMIT -> step == Step.ACCEPT ? Stage.INVESTIGATING : Stage.SUBMITTED;
            case REFUSE_INTAKE -> Stage.INCOMPLETE;
            case FORM_TEAM, RECORD_VISIT, RECORD_FINDINGS, REQUEST_VERIFICATION, RECORD_VERIFICATION, OBJECT_TO_VERIFICATION,
                 COUNTY_VISIT, RECORD_RECHECK, DELIVER_NOTICE -> facts.stage();
            case PROPOSE -> publishesOpinion(facts) && favourableForNotice(facts) ? Stage.PUBLIC_NOTICE : Stage.CONFIRMING;
            case OBJECT -> Stage.OBJECTION;
            case REINVESTIGATE -> Stage.INVESTIGATING;
            case CLOSE_NOTICE, COMPLETE_PAPERWORK -> Stage.CONFIRMING;
            case APPROVE -> Stage.DECIDED;
            case REFUSE -> Stage.REFUSED;
            case WITHDRAW, STOP_NON_COOPERATION -> Stage.WITHDRAWN;
            case HELP_FIRST -> Stage.HELPED_FIRST;
        };
    }

    // The caller sets facts.favourable() to the opinion being given when it asks where PROPOSE leads.
    private static boolean favourableForNotice(CaseFacts facts) {
        return Boolean.TRUE.equals(facts.favourable());
    }
}
