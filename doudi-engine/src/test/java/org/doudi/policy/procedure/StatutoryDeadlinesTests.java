package org.doudi.policy.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.OverriddenParameters;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicyPacks;
import org.junit.jupiter.api.Test;

class StatutoryDeadlinesTests {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();
    private static final Parameters NATIONAL = PolicyPacks.shipped()
            .at(DivisionCode.parse("110105"), Area.URBAN, LocalDate.of(2025, 9, 1));
    private static final StatutoryDeadlines DEADLINES = StatutoryDeadlines.of(NATIONAL, CALENDAR);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theInvestigationStartsWithinThreeWorkingDaysAndTheNationalDayWeekDoesNotCount() {
        // 2026-09-30 is the 1st working day, 10-01..10-07 are off, 10-08 and 10-09 are the 2nd and 3rd
        Deadline start = DEADLINES.investigationStart(date("2026-09-29"));
        assertThat(start.date()).isEqualTo(date("2026-10-09"));
        assertThat(start.rule()).contains("3个工作日").contains("启动家庭经济状况调查");
        assertThat(start.reference()).contains("第十五条");
        assertThat(start.calendarCovered()).isTrue();
    }

    @Test
    void aMakeUpSaturdayAfterTheNationalDayCountsAsAWorkingDay() {
        // 2025: 10-01..10-08 off, 10-09 Thu, 10-10 Fri, 10-11 Sat (调休上班)
        assertThat(DEADLINES.investigationStart(date("2025-09-30")).date()).isEqualTo(date("2025-10-11"));
    }

    @Test
    void theCountyStartsTheVerificationWithinThreeWorkingDaysOfTheRequest() {
        Deadline verification = DEADLINES.verificationStart(date("2025-03-07"));
        assertThat(verification.date()).isEqualTo(date("2025-03-12"));
        assertThat(verification.reference()).contains("第十七条");
    }

    @Test
    void aDecisionDelegatedToTheTownshipIsDueTwentyWorkingDaysAfterAcceptanceAcrossTheMidAutumnAndNationalDays() {
        Deadline decision = DEADLINES.decision(date("2026-09-21"), true, false);
        assertThat(decision.date()).isEqualTo(date("2026-10-26"));
        assertThat(decision.rule()).contains("20个工作日");
        assertThat(decision.reference()).contains("民发〔2022〕83号");
        assertThat(CALENDAR.workingDaysBetween(date("2026-09-21"), decision.date())).isEqualTo(20);
    }

    @Test
    void aSpecialCaseMayRunToFortyFiveWorkingDaysAcrossTheNationalDays() {
        Deadline special = DEADLINES.decision(date("2026-09-21"), false, true);
        assertThat(special.date()).isEqualTo(date("2026-11-30"));
        assertThat(special.rule()).contains("45个工作日");
        assertThat(DEADLINES.decision(date("2026-09-21"), true, true).date()).isEqualTo(date("2026-11-30"));
    }

    @Test
    void anOrdinaryDecisionIsDueThirtyWorkingDaysAfterAcceptance() {
        Deadline decision = DEADLINES.decision(date("2026-09-21"), false, false);
        assertThat(decision.date()).isEqualTo(date("2026-11-09"));
        assertThat(decision.reference()).contains("第二十二条");
    }

    @Test
    void aDelegatedDecisionAcrossTheNineDaySpringFestivalOf2026CountsTheMakeUpSaturdays() {
        // 02-14 (Sat) and 02-28 (Sat) are worked; 02-15..02-23 are off
        assertThat(DEADLINES.decision(date("2026-02-10"), true, false).date()).isEqualTo(date("2026-03-16"));
        assertThat(DEADLINES.decision(date("2026-02-10"), false, true).date()).isEqualTo(date("2026-04-21"));
    }

    @Test
    void theExtendedSpringFestivalOf2020HasNoMakeUpDayOnTheFirstOfFebruary() {
        // the extension (国办发明电〔2020〕1号) made 01-31..02-02 days off and cancelled the 02-01 make-up day
        assertThat(DEADLINES.investigationStart(date("2020-01-22")).date()).isEqualTo(date("2020-02-04"));
    }

    @Test
    void theRefusalNoticeIsDueThreeWorkingDaysAfterTheDecision() {
        // decided on Friday 2026-02-13: Saturday 02-14 is worked, then the festival until 02-23
        Deadline notice = DEADLINES.refusalNotice(date("2026-02-13"));
        assertThat(notice.date()).isEqualTo(date("2026-02-25"));
        assertThat(notice.reference()).contains("第二十一条");
        assertThat(DEADLINES.extremePovertyRefusalNotice(date("2026-02-13")).reference()).contains("《特困人员认定办法》第十八条");
    }

    @Test
    void theCountyConfirmsWithinTenWorkingDaysOfReceivingTheFile() {
        Deadline county = DEADLINES.countyConfirmation(date("2025-01-24"));
        // 01-26 (Sun, worked) and 01-27 are the 1st and 2nd; 01-28..02-04 off; 02-05..02-07, 02-08 (Sat, worked), 02-10..02-13
        assertThat(county.date()).isEqualTo(date("2025-02-13"));
        assertThat(CALENDAR.workingDaysBetween(date("2025-01-24"), county.date())).isEqualTo(10);
    }

    @Test
    void thePublicNoticeRunsSevenDaysFromTheDayAfterItIsPosted() {
        Deadline notice = DEADLINES.publicNoticeEnd(date("2025-03-03"));
        assertThat(notice.date()).isEqualTo(date("2025-03-10"));
        assertThat(notice.rule()).contains("7天");
        assertThat(notice.reference()).contains("第十九条").contains("民法典");
    }

    @Test
    void aPublicNoticeEndingOnADayOffRunsToTheNextWorkingDay() {
        assertThat(DEADLINES.publicNoticeEnd(date("2025-03-01")).date()).isEqualTo(date("2025-03-10"));
        Deadline holiday = DEADLINES.extremePovertyPublicNoticeEnd(date("2025-09-24"));
        assertThat(holiday.date()).isEqualTo(date("2025-10-09"));
        assertThat(holiday.rule()).contains("顺延");
        assertThat(holiday.reference()).contains("《特困人员认定办法》第十五条");
    }

    @Test
    void theTownshipGivesItsExtremePovertyOpinionWithinFifteenWorkingDays() {
        Deadline opinion = DEADLINES.extremePovertyTownshipOpinion(date("2025-09-26"));
        assertThat(opinion.date()).isEqualTo(date("2025-10-23"));
        assertThat(opinion.reference()).contains("第十三条");
    }

    @Test
    void theCountyConfirmsAnExtremePovertyCaseWithinFifteenWorkingDaysAcrossTheSpringFestival() {
        Deadline county = DEADLINES.extremePovertyCountyConfirmation(date("2026-02-10"));
        // 02-11, 02-12, 02-13, 02-14 (Sat, worked), 02-24..02-27, 02-28 (Sat, worked), 03-02..03-06, 03-09
        assertThat(county.date()).isEqualTo(date("2026-03-09"));
        assertThat(county.reference()).contains("第十六条");
    }

    @Test
    void theCountyRechecksAtLeastThirtyPercentOfABatchRoundedUp() {
        assertThat(DEADLINES.extremePovertyRecheckCount(0)).isZero();
        assertThat(DEADLINES.extremePovertyRecheckCount(1)).isEqualTo(1);
        assertThat(DEADLINES.extremePovertyRecheckCount(10)).isEqualTo(3);
        assertThat(DEADLINES.extremePovertyRecheckCount(11)).isEqualTo(4);
        assertThat(DEADLINES.extremePovertyRecheckCount(20)).isEqualTo(6);
        assertThatThrownBy(() -> DEADLINES.extremePovertyRecheckCount(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLocalLimitReplacesTheNationalOne() {
        Parameters local = new OverriddenParameters(NATIONAL, Map.of("procedure.townshipConfirmTotalWorkingDays", 15,
                "procedure.extremePoverty.recheckShare", 0.5));
        StatutoryDeadlines deadlines = StatutoryDeadlines.of(local, CALENDAR);
        assertThat(deadlines.decision(date("2026-09-21"), true, false).date()).isEqualTo(date("2026-10-19"));
        assertThat(deadlines.extremePovertyRecheckCount(3)).isEqualTo(2);
    }

    @Test
    void aDeadlineInAYearWithoutAHolidayNoticeSaysTheCalendarDoesNotCoverIt() {
        Deadline decision = DEADLINES.decision(date("2026-12-20"), false, true);
        assertThat(decision.date().getYear()).isEqualTo(2027);
        assertThat(decision.calendarCovered()).isFalse();
    }
}
