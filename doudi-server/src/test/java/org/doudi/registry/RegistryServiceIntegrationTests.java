package org.doudi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.RegistryFiles;
import org.doudi.TestIds;
import org.doudi.TestUsers;
import org.doudi.Villages;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.registry.RegistryChanges.NewMember;
import org.doudi.registry.RegistryChanges.PersonChange;
import org.doudi.registry.RegistryChanges.StatusChange;
import org.doudi.registry.imports.RegistryImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RegistryServiceIntegrationTests {

    @Autowired
    RegistryService registry;
    @Autowired
    Households households;
    @Autowired
    RegistryImport importer;
    @Autowired
    UserAdministration administration;
    @Autowired
    Users users;

    private DoudiUser caseworker;
    private long household;
    private Member applicant;
    private Member child;

    @BeforeEach
    void aFamilyOfTwo() {
        caseworker = users.find(TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.HUAYANG)).orElseThrow();
        String no = TestIds.householdNo("S");
        importer.importStream("s.csv", new ByteArrayInputStream(RegistryFiles.contractColumns()
                .member(no, TestIds.next(LocalDate.of(1975, 2, 2)), "蒋母", "APPLICANT", Villages.YONGZHENG, "DIBAO", "ACTIVE", "450")
                .member(no, TestIds.next(LocalDate.of(2010, 9, 9)), "蒋女", "CHILD", Villages.YONGZHENG, "DIBAO", "ACTIVE", "450")
                .bytes()), "tester", caseworker.scope());
        household = households.idOf(no, caseworker.scope()).orElseThrow();
        applicant = households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(0);
        child = households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE)).get(1);
    }

    private int version() {
        return households.find(household, caseworker.scope()).orElseThrow().version();
    }

    @Test
    void aChangedPersonIsOnTheTimelineWithWhoWhyAndOldAndNewValues() {
        registry.changePerson(caseworker, household, version(), applicant.personId(), new PersonChange("蒋母", "13800001111",
                null, null, DisabilityKind.PHYSICAL, 3, LocalDate.of(2024, 5, 1), true, null, null, null, null, null, null, null),
                "入户核查发现肢体残疾");

        TimelineEntry entry = households.timeline(household).get(0);
        assertThat(entry.action()).isEqualTo("PERSON_CHANGED");
        assertThat(entry.actor()).isEqualTo(caseworker.username());
        assertThat(entry.reason()).isEqualTo("入户核查发现肢体残疾");
        assertThat(entry.changes()).contains("disability_kind").contains("PHYSICAL").contains("13800001111");
        assertThat(households.person(applicant.personId(), caseworker.scope()).orElseThrow().disabilityGrade()).isEqualTo(3);
    }

    @Test
    void twoPeopleEditingAtOnceOneWinsAndTheOtherIsToldAndWritesNothing() {
        int seen = version();
        registry.setProgrammeStatus(caseworker, household, seen,
                new StatusChange(Programme.DIBAO, ProgrammeStatus.SUSPENDED, new BigDecimal("450"), LocalDate.now(org.doudi.DoudiApplication.ZONE)), "暂停发放待核查");
        int events = households.timeline(household).size();

        assertThatThrownBy(() -> registry.setProgrammeStatus(caseworker, household, seen,
                new StatusChange(Programme.DIBAO, ProgrammeStatus.TERMINATED, BigDecimal.ZERO, LocalDate.now(org.doudi.DoudiApplication.ZONE)), "停保"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("已被他人修改");
        assertThat(households.timeline(household)).hasSize(events);
        assertThat(households.programmeStatuses(household, false)).singleElement()
                .extracting(ProgrammeStatusEntry::status).isEqualTo("SUSPENDED");
    }

    @Test
    void aMemberWhoLeftIsStillInTheHouseholdOnEarlierDates() {
        LocalDate lastDay = LocalDate.now(org.doudi.DoudiApplication.ZONE).minusDays(10);
        registry.endMembership(caseworker, household, version(), child.membershipId(), lastDay, "外出务工迁出");

        assertThat(households.membersOn(household, lastDay)).extracting(Member::name).containsExactly("蒋母", "蒋女");
        assertThat(households.membersOn(household, lastDay.plusDays(1))).extracting(Member::name).containsExactly("蒋母");
    }

    @Test
    void theApplicantCannotLeaveWhileOthersRemain() {
        assertThatThrownBy(() -> registry.endMembership(caseworker, household, version(), applicant.membershipId(),
                LocalDate.now(org.doudi.DoudiApplication.ZONE), "迁出"))
                .isInstanceOf(RegistryException.class)
                .extracting("code").isEqualTo("APPLICANT_HAS_MEMBERS");
    }

    @Test
    void aNewMemberJoinsFromADateAndMustNotBelongToAnotherHousehold() {
        String newborn = TestIds.next(LocalDate.now(org.doudi.DoudiApplication.ZONE).minusDays(40));
        registry.addMember(caseworker, household, version(),
                new NewMember(newborn, "蒋小宝", Relation.CHILD, Villages.YONGZHENG, Area.RURAL, LocalDate.now(org.doudi.DoudiApplication.ZONE).minusDays(5)),
                "新生儿落户");

        assertThat(households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE))).extracting(Member::name).contains("蒋小宝");
        assertThat(households.membersOn(household, LocalDate.now(org.doudi.DoudiApplication.ZONE).minusDays(6))).extracting(Member::name)
                .doesNotContain("蒋小宝");
        assertThatThrownBy(() -> registry.addMember(caseworker, household, version(),
                new NewMember(newborn, "蒋小宝", Relation.CHILD, Villages.YONGZHENG, Area.RURAL, LocalDate.now(org.doudi.DoudiApplication.ZONE)), "重复"))
                .isInstanceOf(RegistryException.class)
                .extracting("code").isEqualTo("PERSON_IN_OTHER_HOUSEHOLD");
    }

    @Test
    void aChangeWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> registry.setProgrammeStatus(caseworker, household, version(),
                new StatusChange(Programme.DIBAO, ProgrammeStatus.ACTIVE, new BigDecimal("500"), LocalDate.now(org.doudi.DoudiApplication.ZONE)), " "))
                .isInstanceOf(RegistryException.class)
                .extracting("code").isEqualTo("REASON_MISSING");
    }

    @Test
    void aUserOfAnotherTownshipCannotChangeTheHousehold() {
        DoudiUser other = users.find(TestUsers.create(administration, Role.TOWNSHIP_CASEWORKER, Villages.YANGWAN)).orElseThrow();

        assertThatThrownBy(() -> registry.setProgrammeStatus(other, household, version(),
                new StatusChange(Programme.DIBAO, ProgrammeStatus.TERMINATED, BigDecimal.ZERO, LocalDate.now(org.doudi.DoudiApplication.ZONE)), "停保"))
                .isInstanceOf(RegistryException.class)
                .extracting("code").isEqualTo("NOT_FOUND");
        assertThat(RegionScope.of(DivisionCode.parse(Villages.YANGWAN)).contains(Villages.YONGZHENG)).isFalse();
    }
}
