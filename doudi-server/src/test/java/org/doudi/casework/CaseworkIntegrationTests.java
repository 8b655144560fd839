package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doudi.RegistryFiles;
import org.doudi.TestClock;
import org.doudi.TestIds;
import org.doudi.TestUsers;
import org.doudi.Villages;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest.TemporaryKind;
import org.doudi.policy.procedure.CaseKind;
import org.doudi.policy.procedure.Stage;
import org.doudi.policy.procedure.Step;
import org.doudi.registry.Households;
import org.doudi.registry.PersonsFile;
import org.doudi.registry.ProgrammeStatusEntry;
import org.doudi.registry.imports.RegistryImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Whole cases on the embedded PostgreSQL, one per programme and path, as the people of each office take them. */
@SpringBootTest
class CaseworkIntegrationTests {

    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    CaseDocumentData documentData;
    @Autowired
    ReviewPlanner planner;
    @Autowired
    org.doudi.reservefund.ReserveFunds reserveFunds;
    @Autowired
    org.doudi.casework.documents.CaseDocuments documents;
    @Autowired
    Households households;
    @Autowired
    RegistryImport importer;
    @Autowired
    org.doudi.registry.RegistryService registry;
    @Autowired
    UserAdministration administration;
    @Autowired
    Users users;

    private DoudiUser village;
    private DoudiUser caseworker;
    private DoudiUser approver;
    private DoudiUser county;

    @BeforeEach
    void staff() {
        village = user(Role.VILLAGE_ASSISTANT, Villages.HUSHAN);
        caseworker = user(Role.TOWNSHIP_CASEWORKER, Villages.GAOSHI);
        approver = user(Role.TOWNSHIP_APPROVER, Villages.GAOSHI);
        county = user(Role.COUNTY_REVIEWER, Villages.COUNTY);
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private DoudiUser user(Role role, String region) {
        return users.find(TestUsers.create(administration, role, region)).orElseThrow();
    }

    /** A monitored household of the given members (birth date, income) in 虎山村, not yet in any programme. */
    private long household(String staffRelative, Object... birthAndIncome) {
        String no = TestIds.householdNo("C");
        RegistryFiles file = RegistryFiles.withIncome();
        for (int i = 0; i < birthAndIncome.length; i += 2) {
            file.member(no, TestIds.next((LocalDate) birthAndIncome[i]), i == 0 ? "申请人" + no.substring(no.length() - 4) : "成员" + i,
                    i == 0 ? "APPLICANT" : "CHILD", Villages.HUSHAN, "", "MONITORED", "0")
                    .with(PersonsFile.MONTHLY_INCOME, (String) birthAndIncome[i + 1])
                    .with("staff_relative", staffRelative);
        }
        importer.importStream("c.csv", new ByteArrayInputStream(file.bytes()), "tester", caseworker.scope());
        return households.idOf(no, caseworker.scope()).orElseThrow();
    }

    private CaseFile apply(long household, Programme programme, boolean staffRelative) {
        return cases.open(village, new Intake(household, programme, null, null, null, null, "VILLAGE_COMMITTEE", null,
                null, null, true, true, staffRelative, staffRelative ? "申请人之弟为村委会委员" : null, "村委会代为申请"));
    }

    private CaseFile step(DoudiUser who, CaseFile file, Step step, StepInput input) {
        return cases.act(who, file.id(), step, input);
    }

    private static StepInput note(CaseFile file, String note) {
        return StepInput.note(file.version(), note);
    }

    private static StepInput visit(CaseFile file, boolean signed, String... visitors) {
        return new StepInput(file.version(), "家中无大件电器，二人均无固定收入", null, "HOME", null, List.of(visitors), signed,
                null, null, null, null, null, null);
    }

    private static StepInput opinion(CaseFile file, boolean favourable) {
        return new StepInput(file.version(), favourable ? "经调查符合条件，拟同意" : "经调查不符合条件，拟不同意", null, null, null,
                null, null, favourable, null, null, null, null, null);
    }

    private static StepInput team(CaseFile file, String... names) {
        return new StepInput(file.version(), null, List.of(names), null, null, null, null, null, null, null, null, null, null);
    }

    /** Accept, investigate with a home visit and the county's verification: ready for the township's opinion. */
    private CaseFile investigated(CaseFile file) {
        file = step(caseworker, file, Step.ACCEPT, note(file, null));
        file = step(caseworker, file, Step.FORM_TEAM, team(file, "王明", "李芳"));
        file = step(caseworker, file, Step.RECORD_VISIT, visit(file, true, "王明", "李芳"));
        file = step(caseworker, file, Step.REQUEST_VERIFICATION, note(file, null));
        return step(county, file, Step.RECORD_VERIFICATION, note(file, "未发现车辆、房产、工商登记；存款低于限额"));
    }

    private static List<String> steps(CaseQueries queries, CaseFile file) {
        return queries.events(file.id()).stream().map(CaseQueries.CaseEvent::step).toList();
    }

    private boolean inWorklist(DoudiUser user, CaseFile file) {
        return queries.worklist(user).stream().anyMatch(w -> w.file().id() == file.id());
    }

    @Test
    void aDibaoFamilyIsTakenFromApplicationToPaymentFromNextMonth() {
        long household = household("N", LocalDate.of(1970, 3, 3), "100", LocalDate.of(2012, 5, 5), "100");
        CaseFile file = apply(household, Programme.DIBAO, false);
        assertThat(file.stage()).isEqualTo(Stage.SUBMITTED);
        assertThat(inWorklist(caseworker, file)).isTrue();
        assertThat(inWorklist(county, file)).isFalse();

        file = step(caseworker, file, Step.ACCEPT, note(file, null));
        assertThat(file.dueTask()).contains("调查小组");
        assertThat(file.dueOn()).isEqualTo(cases.today().plusDays(0).isAfter(file.acceptedOn()) ? file.dueOn() : file.dueOn());
        assertThat(file.dueOn()).isAfter(file.acceptedOn());

        file = step(caseworker, file, Step.FORM_TEAM, team(file, "王明", "李芳"));
        file = step(caseworker, file, Step.RECORD_VISIT, visit(file, true, "王明", "李芳"));
        file = step(caseworker, file, Step.REQUEST_VERIFICATION, note(file, null));
        assertThat(file.dueOffice()).isEqualTo("COUNTY");
        assertThat(inWorklist(county, file)).isTrue();
        file = step(county, file, Step.RECORD_VERIFICATION, note(file, "未发现车辆、房产"));

        CaseFile opinionless = file;
        assertThatThrownBy(() -> step(caseworker, opinionless, Step.PROPOSE, opinion(opinionless, true)))
                .extracting("code").isEqualTo("STEP_NOT_YOURS");
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        assertThat(file.stage()).isEqualTo(Stage.PUBLIC_NOTICE);
        assertThat(file.amount()).isPositive();
        assertThat(file.assessment()).contains("reasons");

        CaseFile noticed = file;
        assertThatThrownBy(() -> step(caseworker, noticed, Step.CLOSE_NOTICE, note(noticed, null)))
                .extracting("code").isEqualTo("NOTICE_NOT_OVER");
        TestClock.advance(Duration.ofDays(8));
        file = step(caseworker, file, Step.CLOSE_NOTICE, note(file, "公示期满无异议"));
        assertThat(file.stage()).isEqualTo(Stage.CONFIRMING);
        assertThat(inWorklist(county, file)).isTrue();

        file = step(county, file, Step.APPROVE, note(file, "同意"));
        assertThat(file.stage()).isEqualTo(Stage.DECIDED);
        assertThat(file.outcome()).isEqualTo("APPROVED");
        assertThat(file.paymentFrom()).isEqualTo(cases.today().withDayOfMonth(1).plusMonths(1));
        assertThat(inWorklist(county, file)).isFalse();

        ProgrammeStatusEntry status = households.programmeStatuses(household, false).stream()
                .filter(s -> s.programme().equals("DIBAO")).findFirst().orElseThrow();
        assertThat(status.status()).isEqualTo("ACTIVE");
        assertThat(status.monthlyAmount()).isEqualByComparingTo(file.amount());
        assertThat(status.enrolledSince()).isEqualTo(file.paymentFrom());
        assertThat(steps(queries, file)).containsExactly("OPEN", "ACCEPT", "FORM_TEAM", "RECORD_VISIT",
                "REQUEST_VERIFICATION", "RECORD_VERIFICATION", "PROPOSE", "CLOSE_NOTICE", "APPROVE");
        assertThat(households.timeline(household).stream().map(t -> t.action())).contains("CASE_OPENED", "CASE_DECIDED");

        String name = queries.applicantName(household);
        String notice = pdfText(documents.pdf(documentData.notice(file)));
        assertThat(notice).contains(name).contains(file.caseNo())
                .contains(file.paymentFrom().getYear() + "年" + file.paymentFrom().getMonthValue() + "月")
                .contains("行政复议");
        String form = documents.html(documentData.approvalForm(file));
        assertThat(form).contains("王明、李芳").contains("同意").contains(file.caseNo());

        file = step(caseworker, file, Step.DELIVER_NOTICE, note(file, "已送达告知书"));
        assertThat(file.noticeDeliveredOn()).isNotNull();
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anIneligibleFamilyIsRefusedWithWrittenReasonsDueWithinThreeWorkingDays() {
        long household = household("N", LocalDate.of(1975, 1, 1), "3000");
        CaseFile file = investigated(apply(household, Programme.DIBAO, false));
        CaseFile ready = file;
        assertThatThrownBy(() -> step(approver, ready, Step.PROPOSE, opinion(ready, true)))
                .extracting("code").isEqualTo("NOT_ELIGIBLE");

        file = step(approver, file, Step.PROPOSE, opinion(file, false));
        assertThat(file.stage()).isEqualTo(Stage.CONFIRMING);
        file = step(county, file, Step.REFUSE, note(file, "家庭人均收入高于当地低保标准"));
        assertThat(file.stage()).isEqualTo(Stage.REFUSED);
        assertThat(file.decisionReasons()).startsWith("家庭人均收入高于当地低保标准");
        assertThat(file.dueTask()).contains("书面告知");
        assertThat(file.dueRule()).contains("3个工作日");
        assertThat(inWorklist(caseworker, file)).isTrue();

        file = step(caseworker, file, Step.DELIVER_NOTICE, note(file, "已送达"));
        assertThat(file.dueOffice()).isNull();
        assertThat(households.programmeStatuses(household, false)).noneMatch(s -> s.programme().equals("DIBAO"));
    }

    @Test
    void anObjectionDuringTheNoticeLeadsToReinvestigationANewNoticeAndTheLongerLimit() {
        long household = household("N", LocalDate.of(1968, 6, 6), "200");
        CaseFile file = investigated(apply(household, Programme.DIBAO, false));
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        LocalDate firstDecisionDue = file.acceptedOn();

        file = step(village, file, Step.OBJECT, note(file, "村民反映其子在外务工收入较高"));
        assertThat(file.stage()).isEqualTo(Stage.OBJECTION);
        assertThat(file.special()).isTrue();
        assertThat(file.dueRule()).contains("45");

        file = step(caseworker, file, Step.REINVESTIGATE, note(file, "重新入户调查并核实务工收入"));
        file = step(caseworker, file, Step.RECORD_VISIT, visit(file, true, "王明", "赵强"));
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        assertThat(file.stage()).isEqualTo(Stage.PUBLIC_NOTICE);
        assertThat(file.noticeStartedOn()).isNotNull();
        assertThat(steps(queries, file)).containsSubsequence("PROPOSE", "OBJECT", "REINVESTIGATE", "RECORD_VISIT", "PROPOSE");
        // the village's notice shows name, members and amount, never the ID number
        String idNumber = households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(0).idNumber();
        String list = documents.html(documentData.publicNotice(Villages.HUSHAN, caseworker.scope()));
        assertThat(list).contains(queries.applicantName(household)).contains(file.amount().toPlainString())
                .doesNotContain(idNumber);
        assertThat(firstDecisionDue).isNotNull();
    }

    @Test
    void aStaffRelativeCaseIsRegisteredSeparatelyAndNeedsTheCountysOwnHomeVisit() {
        long household = household("N", LocalDate.of(1960, 2, 2), "100");
        CaseFile file = apply(household, Programme.DIBAO, true);
        assertThat(file.staffRelative()).isTrue();
        assertThat(steps(queries, file)).contains("STAFF_RELATIVE_REGISTERED");
        long id = file.id();
        assertThat(queries.search(county.scope(), null, null, null, true, 500))
                .anyMatch(w -> w.file().id() == id).allMatch(w -> w.file().staffRelative());
        file = investigated(file);
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        TestClock.advance(Duration.ofDays(8));
        file = step(caseworker, file, Step.CLOSE_NOTICE, note(file, null));
        assertThat(file.dueTask()).contains("县级入户调查");

        CaseFile unvisited = file;
        assertThatThrownBy(() -> step(county, unvisited, Step.APPROVE, note(unvisited, null)))
                .extracting("code").isEqualTo("COUNTY_VISIT_REQUIRED");
        file = step(county, file, Step.COUNTY_VISIT, new StepInput(file.version(), "县局入户核实，情况属实", null, null, null,
                List.of("县民政局张科长", "县民政局刘干事"), true, null, null, null, null, null, null));
        file = step(county, file, Step.APPROVE, note(file, null));
        assertThat(file.stage()).isEqualTo(Stage.DECIDED);
        assertThat(queries.visits(file.id())).extracting(CaseQueries.Visit::kind).contains("COUNTY_HOME");
    }

    @Test
    void anEmergencyIsHelpedFirstFromTheReserveAndTheTownshipApprovesTheSmallAmountAfterThePaperwork() {
        long household = household("N", LocalDate.of(1980, 8, 8), "600", LocalDate.of(2015, 8, 8), "0");
        CaseFile file = cases.open(village, new Intake(household, Programme.TEMPORARY, TemporaryKind.EMERGENCY, null,
                null, null, "FAMILY", null, "房屋失火", new BigDecimal("1000"), true, false, false, null, null));
        assertThat(file.dueOffice()).isEqualTo("TOWNSHIP_APPROVAL");
        assertThat(file.dueTask()).contains("先行救助");
        CaseFile submitted = file;
        assertThatThrownBy(() -> step(approver, submitted, Step.HELP_FIRST, new StepInput(submitted.version(), "火灾",
                null, null, null, null, null, null, null, null, new BigDecimal("5000"), null, null)))
                .extracting("code").isEqualTo("HELP_FIRST_ABOVE_LIMIT");

        // the township's reserve fund pays at once, and refuses to go below zero
        BigDecimal before = reserveFunds.balance(county, Villages.GAOSHI);
        if (before.compareTo(new BigDecimal("1000")) < 0) {
            CaseFile poor = file;
            assertThatThrownBy(() -> step(approver, poor, Step.HELP_FIRST, new StepInput(poor.version(), "火灾", null,
                    null, null, null, null, null, null, null, new BigDecimal("1000"), null, null)))
                    .extracting("code").isEqualTo("RESERVE_FUND_INSUFFICIENT");
            assertThat(queries.find(file.id(), county.scope()).orElseThrow().stage()).isEqualTo(Stage.SUBMITTED);
            reserveFunds.topUp(county, Villages.GAOSHI, new BigDecimal("20000"), "望民〔2026〕1号", "下拨临时救助备用金");
            before = reserveFunds.balance(county, Villages.GAOSHI);
        }
        file = step(approver, file, Step.HELP_FIRST, new StepInput(file.version(), "火灾当晚送去救助金", null, null, null,
                null, null, null, null, null, new BigDecimal("1000"), null, null));
        assertThat(reserveFunds.balance(county, Villages.GAOSHI)).isEqualByComparingTo(before.subtract(new BigDecimal("1000")));
        assertThat(file.stage()).isEqualTo(Stage.HELPED_FIRST);
        assertThat(file.dueTask()).contains("补齐");
        assertThat(queries.instalments(file.id())).singleElement()
                .satisfies(i -> assertThat(i.paidOn()).isEqualTo(cases.today()));

        file = step(caseworker, file, Step.COMPLETE_PAPERWORK, note(file, "补签申请书、承诺书，补充火灾证明"));
        assertThat(file.stage()).isEqualTo(Stage.CONFIRMING);
        assertThat(file.dueOffice()).isEqualTo("TOWNSHIP_APPROVAL");
        file = step(approver, file, Step.APPROVE, note(file, "同意"));
        assertThat(file.stage()).isEqualTo(Stage.DECIDED);
        assertThat(file.amount()).isEqualByComparingTo("1000");
        assertThat(queries.instalments(file.id())).hasSize(1);
    }

    @Test
    void anExpenditureGrantAboveTheTownshipCeilingGoesToTheCountyAndIsPaidInStages() {
        long household = household("N", LocalDate.of(1972, 8, 8), "300", LocalDate.of(1999, 8, 8), "300");
        CaseFile file = cases.open(caseworker, new Intake(household, Programme.TEMPORARY, TemporaryKind.EXPENDITURE,
                null, null, null, "FAMILY", null, "重病住院自付费用", new BigDecimal("4000"), true, true, false, null, null));
        file = step(caseworker, file, Step.ACCEPT, note(file, null));
        file = step(caseworker, file, Step.FORM_TEAM, team(file, "王明", "李芳"));
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        assertThat(file.stage()).isEqualTo(Stage.PUBLIC_NOTICE);
        TestClock.advance(Duration.ofDays(8));
        file = step(caseworker, file, Step.CLOSE_NOTICE, note(file, null));
        assertThat(file.amount()).isEqualByComparingTo("4000");
        assertThat(file.dueOffice()).isEqualTo("COUNTY");

        CaseFile confirming = file;
        assertThatThrownBy(() -> step(approver, confirming, Step.APPROVE, note(confirming, null)))
                .extracting("code").isEqualTo("STEP_NOT_YOURS");
        assertThatThrownBy(() -> step(county, confirming, Step.APPROVE, new StepInput(confirming.version(), null, null,
                null, null, null, null, null, null, null, null, null, List.of(new BigDecimal("1000")))))
                .extracting("code").isEqualTo("INSTALMENTS_MISMATCH");
        file = step(county, file, Step.APPROVE, new StepInput(file.version(), "一次审批、分阶段救助", null, null, null, null,
                null, null, null, null, null, null, List.of(new BigDecimal("2000"), new BigDecimal("2000"))));
        assertThat(queries.instalments(file.id())).extracting(CaseQueries.Instalment::dueOn)
                .containsExactly(cases.today(), cases.today().plusMonths(1));
        assertThat(queries.instalments(file.id())).allMatch(i -> i.source().equals("COUNTY"));
    }

    @Test
    void anExtremePovertyApplicationWaitsForTheCountysRandomRecheckAndItsTerminationHandsOverToDibao() {
        long household = household("N", LocalDate.of(1950, 4, 4), "0");
        Long person = households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(0).personId();
        CaseFile file = cases.open(caseworker, new Intake(household, Programme.EXTREME_POVERTY, null, person, null, null,
                "FAMILY", null, null, null, true, true, false, null, null));
        file = investigated(file);
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        TestClock.advance(Duration.ofDays(8));
        file = step(caseworker, file, Step.CLOSE_NOTICE, note(file, null));
        CaseFile undrawn = file;
        assertThatThrownBy(() -> step(county, undrawn, Step.APPROVE, note(undrawn, null)))
                .extracting("code").isEqualTo("RECHECK_NOT_DRAWN");

        CaseService.RecheckDraw draw = cases.drawRecheck(county, Villages.COUNTY);
        assertThat(draw.sampleSize()).isEqualTo((int) Math.ceil(draw.batchSize() * 0.3));
        file = queries.find(file.id(), county.scope()).orElseThrow();
        if (file.recheckSelected()) {
            CaseFile selected = file;
            assertThatThrownBy(() -> step(county, selected, Step.APPROVE, note(selected, null)))
                    .extracting("code").isEqualTo("RECHECK_PENDING");
            file = step(county, file, Step.RECORD_RECHECK, note(file, "抽查入户核实，情况属实"));
        }
        file = step(county, file, Step.APPROVE, note(file, null));
        assertThat(file.outcome()).isEqualTo("APPROVED");
        assertThat(households.programmeStatuses(household, false))
                .anyMatch(s -> s.programme().equals("EXTREME_POVERTY") && s.status().equals("ACTIVE"));
    }

    @Test
    void aReviewAfterADeathKeepsTheAmountWhenNothingChangedAndAStaleStepLosesToAConcurrentOne() throws Exception {
        long household = household("N", LocalDate.of(1966, 1, 1), "100", LocalDate.of(1990, 1, 1), "100");
        CaseFile approved = investigated(apply(household, Programme.DIBAO, false));
        approved = step(approver, approved, Step.PROPOSE, opinion(approved, true));
        TestClock.advance(Duration.ofDays(8));
        approved = step(caseworker, approved, Step.CLOSE_NOTICE, note(approved, null));
        approved = step(county, approved, Step.APPROVE, note(approved, null));

        CaseFile review = cases.openReview(caseworker, household, Programme.DIBAO, "DEATH", cases.today().plusMonths(3),
                "成员死亡，3个月内复核");
        assertThat(review.kind()).isEqualTo(CaseKind.REVIEW);
        assertThat(review.dueOn()).isEqualTo(cases.today().plusMonths(3));
        CaseFile opened = review;
        assertThatThrownBy(() -> cases.openReview(caseworker, household, Programme.DIBAO, "PERIODIC", null, null))
                .extracting("code").isEqualTo("CASE_ALREADY_OPEN");

        // two people take the same step on the same version at once: one wins, the other is told, nothing half-written
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> propose = () -> {
            start.await();
            try {
                cases.act(approver, opened.id(), Step.PROPOSE, opinion(opened, true));
                return "ok";
            } catch (CaseException e) {
                return e.code();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>(List.of(pool.submit(propose), pool.submit(propose)));
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "CONCURRENT_CHANGE");
        assertThat(steps(queries, review).stream().filter("PROPOSE"::equals)).hasSize(1);

        review = queries.find(review.id(), county.scope()).orElseThrow();
        assertThat(review.stage()).isEqualTo(Stage.CONFIRMING);
        review = step(county, review, Step.APPROVE, note(review, "复核后家庭收入无变化"));
        assertThat(review.outcome()).isEqualTo("UNCHANGED");
        assertThat(review.amount()).isEqualByComparingTo(approved.amount());
    }

    @Test
    void anotherTownshipCannotSeeOrActOnTheCase() {
        long household = household("N", LocalDate.of(1970, 3, 3), "100");
        CaseFile file = apply(household, Programme.DIBAO, false);
        DoudiUser elsewhere = user(Role.TOWNSHIP_CASEWORKER, Villages.YANGWAN);
        assertThat(queries.find(file.id(), elsewhere.scope())).isEmpty();
        assertThatThrownBy(() -> cases.act(elsewhere, file.id(), Step.ACCEPT, note(file, null)))
                .extracting("code").isEqualTo("NOT_FOUND");
        assertThatThrownBy(() -> cases.open(elsewhere, new Intake(household, Programme.MARGINAL, null, null, null, null,
                "FAMILY", null, null, null, true, true, false, null, null))).extracting("code").isEqualTo("NOT_FOUND");
    }

    @Test
    void theNightlyPlannerOpensTheYearlyReviewOfAHouseholdEnrolledLongAgoOnceOnly() {
        String no = TestIds.householdNo("R");
        importer.importStream("r.csv", new ByteArrayInputStream(RegistryFiles.withIncome()
                .member(no, TestIds.next(LocalDate.of(1958, 7, 7)), "复核户", "APPLICANT", Villages.HUSHAN, "DIBAO", "ACTIVE", "400")
                .with(PersonsFile.MONTHLY_INCOME, "200").bytes()), "tester", caseworker.scope());
        long household = households.idOf(no, caseworker.scope()).orElseThrow();
        org.doudi.access.RegionScope village = new org.doudi.access.RegionScope(Villages.HUSHAN);

        assertThat(planner.openDue(village)).isPositive();
        assertThat(planner.openDue(village)).isZero();
        CaseFile review = queries.search(caseworker.scope(), null, "DIBAO", household, 5).get(0).file();
        assertThat(review.kind()).isEqualTo(CaseKind.REVIEW);
        assertThat(review.reviewReason()).isEqualTo("PERIODIC");
        assertThat(review.dueRule()).contains("复核");
        assertThat(inWorklist(caseworker, review)).isTrue();
    }

    @Test
    void anOverdueStepIsMarkedAndEscalatedToTheCountyAndTheVillageFollowsItsCases() {
        long household = household("N", LocalDate.of(1971, 1, 1), "100");
        CaseFile file = apply(household, Programme.DIBAO, false);
        file = step(caseworker, file, Step.ACCEPT, note(file, null));
        long id = file.id();
        assertThat(queries.worklist(village)).anyMatch(w -> w.file().id() == id && !w.overdue());
        assertThat(queries.worklist(county)).noneMatch(w -> w.file().id() == id);

        TestClock.advance(Duration.ofDays(10));
        assertThat(queries.worklist(caseworker)).filteredOn(w -> w.file().id() == id).singleElement()
                .satisfies(w -> assertThat(w.overdue()).isTrue()).satisfies(w -> assertThat(w.escalated()).isFalse());
        assertThat(queries.worklist(county)).filteredOn(w -> w.file().id() == id).singleElement()
                .satisfies(w -> assertThat(w.escalated()).isTrue());
    }

    @Test
    void anExtremePovertyTerminationIsPublishedTakesEffectNextMonthAndHandsTheHouseholdOverToDibao() {
        String no = TestIds.householdNo("T");
        importer.importStream("t.csv", new ByteArrayInputStream(RegistryFiles.withIncome()
                .member(no, TestIds.next(LocalDate.of(1990, 3, 3)), "终止户", "APPLICANT", Villages.HUSHAN,
                        "EXTREME_POVERTY", "ACTIVE", "1100").with(PersonsFile.MONTHLY_INCOME, "100").bytes()),
                "tester", caseworker.scope());
        long household = households.idOf(no, caseworker.scope()).orElseThrow();
        CaseFile file = cases.openReview(caseworker, household, Programme.EXTREME_POVERTY, "TERMINATION",
                cases.today().plusMonths(1), "已恢复劳动能力");
        assertThat(file.kind()).isEqualTo(CaseKind.TERMINATION);
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        assertThat(file.stage()).isEqualTo(Stage.PUBLIC_NOTICE);
        TestClock.advance(Duration.ofDays(8));
        file = step(caseworker, file, Step.CLOSE_NOTICE, note(file, null));
        file = step(county, file, Step.APPROVE, note(file, "终止供养"));
        assertThat(file.outcome()).isEqualTo("TERMINATE");

        ProgrammeStatusEntry status = households.programmeStatuses(household, false).stream()
                .filter(s -> s.programme().equals("EXTREME_POVERTY")).findFirst().orElseThrow();
        assertThat(status.status()).isEqualTo("TERMINATED");
        assertThat(status.statusSince()).isEqualTo(cases.today().withDayOfMonth(1).plusMonths(1));
        assertThat(steps(queries, file)).contains("HAND_OVER");
        assertThat(queries.search(caseworker.scope(), "SUBMITTED", "DIBAO", household, 5)).singleElement()
                .satisfies(w -> assertThat(w.file().cause()).contains("第二十七条"));
    }

    @Test
    void aChildAllowanceIsNeverPublishedAndAnIneligibleChildIsRefusedByTheCounty() {
        long household = household("N", LocalDate.of(2015, 5, 5), "0");
        Long child = households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(0).personId();
        CaseFile file = cases.open(caseworker, new Intake(household, Programme.UNSUPPORTED_CHILD, null, child, null,
                null, "VILLAGE_COMMITTEE", null, null, null, true, true, false, null, null));
        file = investigated(file);
        file = step(approver, file, Step.PROPOSE, opinion(file, false));
        assertThat(file.stage()).isEqualTo(Stage.CONFIRMING);
        assertThat(file.noticeStartedOn()).isNull();
        assertThatThrownBy(() -> documentData.publicNotice(Villages.HUSHAN, caseworker.scope()).rows().stream()
                .filter(r -> r.name().equals(queries.applicantName(household))).findAny().orElseThrow())
                .isInstanceOf(java.util.NoSuchElementException.class);
        file = step(county, file, Step.REFUSE, note(file, "父母未见重残、服刑等情形"));
        assertThat(file.stage()).isEqualTo(Stage.REFUSED);
    }

    @Test
    void anIncompleteApplicationGetsOneNoticeOfEverythingMissingAndIsConsideredAgainWhenResubmitted() {
        long household = household("N", LocalDate.of(1977, 7, 7), "100");
        CaseFile file = apply(household, Programme.DIBAO, false);
        CaseFile submitted = file;
        assertThatThrownBy(() -> step(caseworker, submitted, Step.REFUSE_INTAKE, note(submitted, "材料不全")))
                .extracting("field").isEqualTo("items");
        file = step(caseworker, file, Step.REFUSE_INTAKE, new StepInput(file.version(), "请一次性补齐", List.of(
                "户口簿复印件", "残疾人证", " "), null, null, null, null, null, null, null, null, null, null));
        assertThat(file.stage()).isEqualTo(Stage.INCOMPLETE);
        assertThat(file.missingItems()).containsExactly("户口簿复印件", "残疾人证");
        assertThat(file.dueOffice()).isNull();
        file = step(village, file, Step.RESUBMIT, note(file, "已补齐"));
        assertThat(file.stage()).isEqualTo(Stage.SUBMITTED);
        assertThat(file.missingItems()).isEmpty();
    }

    @Test
    void anEmergencyIsHandledWhereItHappenedAndTheHabitualResidenceMustBeReal() {
        String no = TestIds.householdNo("E");
        importer.importStream("e.csv", new ByteArrayInputStream(RegistryFiles.withIncome()
                .member(no, TestIds.next(LocalDate.of(1985, 5, 5)), "外乡人", "APPLICANT", Villages.YANGZHA, "", "MONITORED", "0")
                .with(PersonsFile.MONTHLY_INCOME, "300").bytes()), "tester", org.doudi.access.RegionScope.NATIONAL);
        long household = households.idOf(no, org.doudi.access.RegionScope.NATIONAL).orElseThrow();

        assertThatThrownBy(() -> cases.open(caseworker, new Intake(household, Programme.DIBAO, null, null,
                Villages.HUSHAN, "HABITUAL", "FAMILY", null, null, null, true, true, false, null, null)))
                .extracting("code").isEqualTo("NOT_HABITUAL_RESIDENCE");
        assertThatThrownBy(() -> cases.open(caseworker, new Intake(household, Programme.DIBAO, null, null,
                Villages.HUSHAN, "EMERGENCY_LOCATION", "FAMILY", null, null, null, true, true, false, null, null)))
                .extracting("field").isEqualTo("residenceBasis");
        CaseFile file = cases.open(caseworker, new Intake(household, Programme.TEMPORARY, TemporaryKind.EMERGENCY, null,
                Villages.HUSHAN, "EMERGENCY_LOCATION", "FAMILY", null, "务工途中遭遇车祸", new BigDecimal("500"), true,
                false, false, null, null));
        assertThat(file.regionCode()).isEqualTo(Villages.HUSHAN);
        assertThat(file.residenceBasis()).isEqualTo("EMERGENCY_LOCATION");
        assertThat(file.special()).isTrue();
        assertThat(queries.find(file.id(), caseworker.scope())).isPresent();
    }

    @Test
    void aMemberWhoFindsWorkTakesTheHouseholdIntoTheGradualExitOfThePack() {
        String no = TestIds.householdNo("G");
        String id = TestIds.next(LocalDate.of(1988, 8, 8));
        importer.importStream("g.csv", new ByteArrayInputStream(RegistryFiles.withIncome()
                .member(no, id, "就业户", "APPLICANT", Villages.HUSHAN, "DIBAO", "ACTIVE", "650")
                .with(PersonsFile.MONTHLY_INCOME, "900").bytes()), "tester", caseworker.scope());
        long household = households.idOf(no, caseworker.scope()).orElseThrow();
        var member = households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(0);
        registry.changePerson(caseworker, household, households.find(household, caseworker.scope()).orElseThrow().version(),
                member.personId(), new org.doudi.registry.RegistryChanges.PersonChange("就业户", null, null, null, null,
                        null, null, false, org.doudi.kernel.WorkCapacity.FULL, null, null,
                        org.doudi.kernel.Employment.EMPLOYED, cases.today().minusMonths(1), null, null),
                "成员报告已在县城就业");

        CaseFile review = cases.openReview(caseworker, household, Programme.DIBAO, "REPORTED_CHANGE", null, "就业后收入增加");
        review = step(approver, review, Step.PROPOSE, opinion(review, true));
        review = step(county, review, Step.APPROVE, note(review, "就业后收入超过标准，给予渐退"));
        assertThat(review.outcome()).isEqualTo("GRADUAL_EXIT");
        assertThat(review.amount()).isEqualByComparingTo("650");
        assertThat(review.decisionReasons()).contains("渐退");
        ProgrammeStatusEntry status = households.programmeStatuses(household, false).stream()
                .filter(s -> s.programme().equals("DIBAO")).findFirst().orElseThrow();
        assertThat(status.status()).isEqualTo("GRADUAL_EXIT");
        assertThat(status.monthlyAmount()).isEqualByComparingTo("650");
        assertThat(status.statusSince()).isEqualTo(review.paymentFrom());
    }

    @Test
    void aRigidExpenditureFamilyIsRecognisedOnTheMedicalCostsTheInvestigationFound() {
        long household = household("N", LocalDate.of(1970, 1, 1), "1200", LocalDate.of(1972, 2, 2), "1200",
                LocalDate.of(2000, 3, 3), "1200");
        CaseFile file = investigated(apply(household, Programme.RIGID_EXPENDITURE, false));
        CaseFile unfound = file;
        assertThatThrownBy(() -> step(approver, unfound, Step.PROPOSE, opinion(unfound, true)))
                .extracting("code").isEqualTo("NOT_ELIGIBLE");

        file = step(caseworker, file, Step.RECORD_FINDINGS, StepInput.findings(file.version(), "住院发票合计",
                List.of(new org.doudi.policy.AssessmentRequest.Asset(org.doudi.policy.AssessmentRequest.AssetType.DEPOSIT,
                        new BigDecimal("5000"), null, false)),
                List.of(new org.doudi.policy.AssessmentRequest.Expense(org.doudi.policy.AssessmentRequest.ExpenseType.MEDICAL,
                        new BigDecimal("60000"), null))));
        assertThat(file.expenses()).contains("MEDICAL").contains("60000");
        file = step(approver, file, Step.PROPOSE, opinion(file, true));
        assertThat(file.stage()).isEqualTo(Stage.PUBLIC_NOTICE);
        TestClock.advance(Duration.ofDays(8));
        file = step(caseworker, file, Step.CLOSE_NOTICE, note(file, null));
        assertThat(file.dueRule()).contains("30个工作日");
        file = step(county, file, Step.APPROVE, note(file, null));
        assertThat(file.outcome()).isEqualTo("APPROVED");
        assertThat(households.programmeStatuses(household, false))
                .anyMatch(s -> s.programme().equals("RIGID_EXPENDITURE") && s.status().equals("ACTIVE"));
    }

    @Test
    void depositsFoundByTheInvestigationAboveTheLimitMakeADibaoFamilyIneligibleAndBadFindingsAreNamed() {
        long household = household("N", LocalDate.of(1969, 9, 9), "100");
        CaseFile file = investigated(apply(household, Programme.DIBAO, false));
        CaseFile before = file;
        assertThatThrownBy(() -> step(caseworker, before, Step.RECORD_FINDINGS, StepInput.findings(before.version(), null,
                List.of(new org.doudi.policy.AssessmentRequest.Asset(org.doudi.policy.AssessmentRequest.AssetType.DEPOSIT,
                        new BigDecimal("-1"), null, false)), List.of())))
                .extracting("field").isEqualTo("assets[0]");
        file = step(caseworker, file, Step.RECORD_FINDINGS, StepInput.findings(file.version(), "银行存款查询结果",
                List.of(new org.doudi.policy.AssessmentRequest.Asset(org.doudi.policy.AssessmentRequest.AssetType.DEPOSIT,
                        new BigDecimal("200000"), null, false)), List.of()));
        CaseFile found = file;
        assertThatThrownBy(() -> step(approver, found, Step.PROPOSE, opinion(found, true)))
                .extracting("code", "message").satisfies(v -> assertThat(v.get(0)).isEqualTo("NOT_ELIGIBLE"))
                .satisfies(v -> assertThat((String) v.get(1)).contains("财产"));
    }
}
