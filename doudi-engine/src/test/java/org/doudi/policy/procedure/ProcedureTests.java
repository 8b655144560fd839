package org.doudi.policy.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Refusal;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.AssessmentRequest.TemporaryKind;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicyPacks;
import org.doudi.policy.procedure.CaseFacts.Verification;
import org.junit.jupiter.api.Test;

class ProcedureTests {

    private static final Parameters NATIONAL = PolicyPacks.shipped()
            .at(DivisionCode.parse("110105"), Area.URBAN, LocalDate.of(2026, 9, 1));
    private static final CaseDeadlines DEADLINES =
            new CaseDeadlines(StatutoryDeadlines.of(NATIONAL, WorkingDayCalendar.china()));
    private static final Set<Office> VILLAGE = EnumSet.of(Office.VILLAGE);
    private static final Set<Office> CASEWORKER = EnumSet.of(Office.TOWNSHIP);
    private static final Set<Office> APPROVER = EnumSet.of(Office.TOWNSHIP, Office.TOWNSHIP_APPROVAL);
    private static final Set<Office> COUNTY = EnumSet.of(Office.COUNTY);

    private static CaseFacts dibao(Stage stage) {
        return new CaseFacts(Programme.DIBAO, CaseKind.APPLICATION, null, stage, false, false, true, true, true, 1,
                Verification.DONE, false, true, false, false, new BigDecimal("510.00"), null, null, false, false,
                LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29),
                LocalDate.of(2026, 10, 12), null, LocalDate.of(2026, 10, 20), null, null, null);
    }

    private static CaseFacts with(CaseFacts f, Stage stage, boolean staffRelative, boolean countyVisit) {
        return new CaseFacts(f.programme(), f.kind(), f.temporaryKind(), stage, f.delegated(), staffRelative,
                f.promiseSigned(), f.authorisationSigned(), f.teamFormed(), f.homeVisits(), f.verification(),
                countyVisit, f.favourable(), f.recheckSelected(), f.recheckDone(), f.amount(), f.townshipLimit(),
                f.countyLimit(), f.special(), f.noticeDelivered(), f.appliedOn(), f.acceptedOn(),
                f.verificationRequestedOn(), f.noticeStartedOn(), f.objectionOn(), f.fileReceivedOn(),
                f.helpedFirstOn(), f.decidedOn(), f.reviewDueOn());
    }

    @Test
    void aFavourableOpinionOnDibaoIsPublishedAndTheCountyConfirmsAfterTheNotice() {
        Procedure procedure = Procedure.of(Programme.DIBAO);
        assertThat(procedure.next(Step.PROPOSE, dibao(Stage.INVESTIGATING), APPROVER)).isEqualTo(Stage.PUBLIC_NOTICE);
        assertThat(procedure.next(Step.CLOSE_NOTICE, dibao(Stage.PUBLIC_NOTICE), CASEWORKER)).isEqualTo(Stage.CONFIRMING);
        assertThat(procedure.next(Step.APPROVE, dibao(Stage.CONFIRMING), COUNTY)).isEqualTo(Stage.DECIDED);
        assertThat(procedure.available(dibao(Stage.CONFIRMING), COUNTY))
                .contains(Step.APPROVE, Step.REFUSE, Step.COUNTY_VISIT).doesNotContain(Step.PROPOSE);
    }

    @Test
    void aCaseworkerCannotGiveTheOpinionNorCanTheTownshipConfirmWithoutDelegation() {
        Procedure procedure = Procedure.of(Programme.DIBAO);
        assertThatThrownBy(() -> procedure.next(Step.PROPOSE, dibao(Stage.INVESTIGATING), CASEWORKER))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("STEP_NOT_YOURS");
        assertThatThrownBy(() -> procedure.next(Step.APPROVE, dibao(Stage.CONFIRMING), APPROVER))
                .extracting("code").isEqualTo("STEP_NOT_YOURS");
        assertThatThrownBy(() -> procedure.next(Step.APPROVE, dibao(Stage.PUBLIC_NOTICE), COUNTY))
                .extracting("code").isEqualTo("STEP_NOT_ALLOWED");
        assertThat(procedure.available(dibao(Stage.PUBLIC_NOTICE), VILLAGE)).containsExactly(Step.OBJECT, Step.WITHDRAW);
    }

    @Test
    void aStaffRelativeCaseNeedsTheCountysOwnHomeVisitBeforeConfirmation() {
        Procedure procedure = Procedure.of(Programme.DIBAO);
        CaseFacts unvisited = with(dibao(Stage.CONFIRMING), Stage.CONFIRMING, true, false);
        assertThatThrownBy(() -> procedure.next(Step.APPROVE, unvisited, COUNTY))
                .extracting("code").isEqualTo("COUNTY_VISIT_REQUIRED");
        assertThat(DEADLINES.next(unvisited).orElseThrow().office()).isEqualTo(Office.COUNTY);
        assertThat(DEADLINES.next(unvisited).orElseThrow().task()).contains("县级入户调查");
        assertThat(procedure.next(Step.APPROVE, with(unvisited, Stage.CONFIRMING, true, true), COUNTY))
                .isEqualTo(Stage.DECIDED);
    }

    @Test
    void childCasesAreNeverPublishedAndEmergenciesAreHelpedFirstWithinTheTownshipCeiling() {
        CaseFacts child = new CaseFacts(Programme.UNSUPPORTED_CHILD, CaseKind.APPLICATION, null, Stage.INVESTIGATING,
                false, false, true, true, true, 0, Verification.DONE, false, true, false, false, BigDecimal.ONE,
                null, null, false, false, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28), null, null, null,
                null, null, null, null);
        assertThat(Procedure.of(Programme.UNSUPPORTED_CHILD).next(Step.PROPOSE, child, APPROVER)).isEqualTo(Stage.CONFIRMING);

        CaseFacts emergency = new CaseFacts(Programme.TEMPORARY, CaseKind.APPLICATION, TemporaryKind.EMERGENCY,
                Stage.SUBMITTED, false, false, true, false, false, 0, Verification.NOT_REQUESTED, false, null, false,
                false, new BigDecimal("3500"), new BigDecimal("3000"), new BigDecimal("50000"), false, false,
                LocalDate.of(2026, 11, 20), null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> Procedure.TEMPORARY.next(Step.HELP_FIRST, emergency, APPROVER))
                .extracting("code").isEqualTo("HELP_FIRST_ABOVE_LIMIT");
        assertThat(Procedure.TEMPORARY.confirmingOffice(emergency)).isEqualTo(Office.COUNTY);
        // 48 hours by the national illustrative value: two calendar days, weekend or not
        assertThat(DEADLINES.next(emergency).orElseThrow().deadline().date()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void deadlinesCountWorkingDaysAcrossTheNationalDayHolidays() {
        CaseFacts noTeam = new CaseFacts(Programme.DIBAO, CaseKind.APPLICATION, null, Stage.INVESTIGATING, false,
                false, true, true, false, 0, Verification.NOT_REQUESTED, false, null, false, false, null, null, null,
                false, false, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28), null, null, null, null, null,
                null, null);
        // accepted Mon 28 Sep: 29, 30 Sep are working days, 1-7 Oct are off, so the 3rd working day is Thu 8 Oct
        Due due = DEADLINES.next(noTeam).orElseThrow();
        assertThat(due.office()).isEqualTo(Office.TOWNSHIP);
        assertThat(due.deadline().date()).isEqualTo(LocalDate.of(2026, 10, 8));
        // the verification the county must start: requested Tue 29 Sep -> 30 Sep, 8 Oct, 9 Oct
        CaseFacts requested = new CaseFacts(Programme.DIBAO, CaseKind.APPLICATION, null, Stage.INVESTIGATING, false,
                false, true, true, true, 1, Verification.REQUESTED, false, null, false, false, null, null, null,
                false, false, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29), null,
                null, null, null, null, null);
        assertThat(DEADLINES.next(requested).orElseThrow().office()).isEqualTo(Office.COUNTY);
        assertThat(DEADLINES.next(requested).orElseThrow().deadline().date()).isEqualTo(LocalDate.of(2026, 10, 9));
        // a notice started on Mon 12 Oct ends on Mon 19 Oct and may be closed from the 20th
        assertThatThrownBy(() -> DEADLINES.requireNoticeOver(dibao(Stage.PUBLIC_NOTICE), LocalDate.of(2026, 10, 19)))
                .extracting("code").isEqualTo("NOTICE_NOT_OVER");
        DEADLINES.requireNoticeOver(dibao(Stage.PUBLIC_NOTICE), LocalDate.of(2026, 10, 20));
        // the county's 10 working days from Tue 20 Oct end on Tue 3 Nov, before the 30 from acceptance (Fri 13 Nov)
        assertThat(DEADLINES.next(dibao(Stage.CONFIRMING)).orElseThrow().deadline().date()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void reviewsFollowTheHouseholdsStabilityAndADeathForcesOneWithinThreeMonths() {
        ReviewSchedule schedule = new ReviewSchedule(NATIONAL);
        LocalDate decided = LocalDate.of(2026, 3, 15);
        assertThat(schedule.periodic(Programme.DIBAO, decided, false).date()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(schedule.periodic(Programme.DIBAO, decided, true).date()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(schedule.periodic(Programme.EXTREME_POVERTY, decided, true).date()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(schedule.afterDeath(LocalDate.of(2026, 11, 30)).date()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(schedule.ageingOut(LocalDate.of(2008, 12, 1)).date()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
