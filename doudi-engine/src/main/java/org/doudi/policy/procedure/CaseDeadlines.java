package org.doudi.policy.procedure;

import java.time.LocalDate;
import java.util.Optional;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Refusal;
import org.doudi.policy.procedure.CaseFacts.Verification;

/**
 * What a case waits for next and by when: the office that must act, its task and the statutory deadline, from
 * the case's stage and facts and the parameters of its region and date ({@link StatutoryDeadlines}).
 * Worklists sort by these dates; a case past its date is overdue and escalates to the next level.
 */
public final class CaseDeadlines {

    private final StatutoryDeadlines deadlines;

    public CaseDeadlines(StatutoryDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** The next due of an open case, or empty when it waits for nobody (decided, withdrawn, notice delivered). */
    public Optional<Due> next(CaseFacts facts) {
        Procedure procedure = Procedure.of(facts.programme());
        return Optional.ofNullable(switch (facts.stage()) {
            case SUBMITTED -> facts.isEmergency()
                    ? new Due(Office.TOWNSHIP_APPROVAL, "急难型救助：先行救助或审批", deadlines.emergencyResponse(facts.appliedOn()))
                    : new Due(Office.TOWNSHIP, "受理申请或一次性告知需补齐的材料", null);
            case INCOMPLETE, WITHDRAWN -> null;
            case INVESTIGATING -> investigating(procedure, facts);
            case PUBLIC_NOTICE -> new Due(Office.TOWNSHIP, "公示期满后报送审核确认",
                    procedure == Procedure.EXTREME_POVERTY
                            ? deadlines.extremePovertyPublicNoticeEnd(facts.noticeStartedOn())
                            : deadlines.publicNoticeEnd(facts.noticeStartedOn()));
            case OBJECTION -> new Due(Office.TOWNSHIP, "公示异议：重新调查或民主评议，重新提出初审意见", objection(procedure, facts));
            case CONFIRMING -> confirming(procedure, facts);
            case HELPED_FIRST -> new Due(Office.TOWNSHIP, "补齐先行救助的审核审批手续",
                    deadlines.emergencyPaperwork(facts.helpedFirstOn()));
            case REFUSED -> facts.noticeDelivered() ? null : new Due(Office.TOWNSHIP, "书面告知不予批准的理由",
                    procedure == Procedure.EXTREME_POVERTY
                            ? deadlines.extremePovertyRefusalNotice(facts.decidedOn())
                            : deadlines.refusalNotice(facts.decidedOn()));
            case DECIDED -> null;
        });
    }

    /** The public notice may be closed only after its last day has passed. */
    public void requireNoticeOver(CaseFacts facts, LocalDate today) {
        Deadline end = Procedure.of(facts.programme()) == Procedure.EXTREME_POVERTY
                ? deadlines.extremePovertyPublicNoticeEnd(facts.noticeStartedOn())
                : deadlines.publicNoticeEnd(facts.noticeStartedOn());
        if (!today.isAfter(end.date())) {
            throw new Refusal("NOTICE_NOT_OVER", "notice", "公示期至" + end.date() + "届满，期满后方可报送（" + end.rule() + "）");
        }
    }

    private Due investigating(Procedure procedure, CaseFacts facts) {
        if (facts.kind() != CaseKind.APPLICATION) {
            return new Due(Office.TOWNSHIP, "复核调查并提出意见", reviewDeadline(facts));
        }
        if (!facts.teamFormed() && procedure == Procedure.LOW_INCOME) {
            return new Due(Office.TOWNSHIP, "组成调查小组，启动家庭经济状况调查", deadlines.investigationStart(facts.acceptedOn()));
        }
        if (facts.verification() == Verification.REQUESTED) {
            return new Due(Office.COUNTY, "启动信息核对并反馈结果", deadlines.verificationStart(facts.verificationRequestedOn()));
        }
        if (facts.verification() == Verification.OBJECTED) {
            return new Due(Office.TOWNSHIP, "复查申请人对核对结果的异议", townshipOpinion(procedure, facts));
        }
        return new Due(Office.TOWNSHIP_APPROVAL, "提出初审意见", townshipOpinion(procedure, facts));
    }

    private Deadline townshipOpinion(Procedure procedure, CaseFacts facts) {
        return switch (procedure) {
            case EXTREME_POVERTY -> deadlines.extremePovertyTownshipOpinion(facts.acceptedOn());
            case CHILD -> deadlines.childTownshipVerification(facts.acceptedOn());
            default -> decision(procedure, facts);
        };
    }

    private Deadline objection(Procedure procedure, CaseFacts facts) {
        if (procedure == Procedure.EXTREME_POVERTY) {
            return facts.kind() == CaseKind.TERMINATION
                    ? deadlines.extremePovertyTerminationObjection(facts.objectionOn())
                    : deadlines.extremePovertyTownshipOpinion(facts.objectionOn());
        }
        return decision(procedure, facts);
    }

    private Due confirming(Procedure procedure, CaseFacts facts) {
        Office office = procedure.confirmingOffice(facts);
        Deadline deadline = switch (procedure) {
            case EXTREME_POVERTY -> deadlines.extremePovertyCountyConfirmation(facts.fileReceivedOn());
            case CHILD -> deadlines.childCountyConfirmation(facts.fileReceivedOn());
            case TEMPORARY -> deadlines.temporaryDecision(facts.acceptedOn() != null ? facts.acceptedOn() : facts.fileReceivedOn());
            case LOW_INCOME -> facts.kind() != CaseKind.APPLICATION ? reviewDeadline(facts)
                    : office == Office.COUNTY && facts.programme() != Programme.RIGID_EXPENDITURE
                    ? earlier(deadlines.countyConfirmation(facts.fileReceivedOn()), decision(procedure, facts))
                    : decision(procedure, facts);
        };
        if (facts.kind() == CaseKind.APPLICATION && facts.staffRelative() && !facts.countyVisitDone()) {
            return new Due(Office.COUNTY, "近亲属备案案件：县级入户调查", deadline);
        }
        if (facts.recheckSelected() && !facts.recheckDone()) {
            return new Due(Office.COUNTY, "随机抽查核实", deadline);
        }
        return new Due(office, "审核确认", deadline);
    }

    private Deadline decision(Procedure procedure, CaseFacts facts) {
        if (procedure == Procedure.TEMPORARY) {
            return deadlines.temporaryDecision(facts.acceptedOn());
        }
        if (facts.programme() == Programme.RIGID_EXPENDITURE) {
            return deadlines.rigidExpenditureDecision(facts.acceptedOn(), facts.special());
        }
        return deadlines.decision(facts.acceptedOn(), facts.delegated(), facts.special());
    }

    private static Deadline reviewDeadline(CaseFacts facts) {
        LocalDate due = facts.reviewDueOn() != null ? facts.reviewDueOn() : facts.appliedOn();
        return new Deadline("review", due, "按复核计划完成复核", "民发〔2021〕57号第三十一条", true);
    }

    private static Deadline earlier(Deadline a, Deadline b) {
        return a.date().isAfter(b.date()) ? b : a;
    }
}
