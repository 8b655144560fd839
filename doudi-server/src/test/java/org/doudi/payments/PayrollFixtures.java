package org.doudi.payments;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.doudi.RegistryFiles;
import org.doudi.TestIds;
import org.doudi.TestUsers;
import org.doudi.access.DoudiUser;
import org.doudi.access.Role;
import org.doudi.access.UserAdministration;
import org.doudi.access.Users;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.monitoring.FeedStore;
import org.doudi.registry.Households;
import org.doudi.registry.PersonsFile;
import org.doudi.registry.RegistryChanges.StatusChange;
import org.doudi.registry.RegistryService;
import org.doudi.registry.imports.RegistryImport;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Households, users and feeds for the payment tests, each test class in villages that only it uses. */
@org.springframework.stereotype.Component
class PayrollFixtures {

    static final String YATAN = "340827105";
    static final String COUNTY = "340827";

    /** A registered family: its household number and id, the applicant's ID number and name. */
    record Family(String no, long id, String idNumber, String name, String account) {
    }

    private final RegistryImport importer;
    private final Households households;
    private final RegistryService registry;
    private final UserAdministration administration;
    private final Users users;
    private final FeedStore feeds;
    private final JdbcClient jdbc;

    PayrollFixtures(RegistryImport importer, Households households, RegistryService registry,
                    UserAdministration administration, Users users, FeedStore feeds, JdbcClient jdbc) {
        this.importer = importer;
        this.households = households;
        this.registry = registry;
        this.administration = administration;
        this.users = users;
        this.feeds = feeds;
        this.jdbc = jdbc;
    }

    DoudiUser user(Role role, String region) {
        return users.find(TestUsers.create(administration, role, region)).orElseThrow();
    }

    /** A one-person family (income 0) in the programme at the amount, paid to its own account. */
    Family family(String village, Programme programme, String amount) {
        return family(village, programme, amount, null, null, "0");
    }

    /**
     * A family whose applicant has the monthly income, paid to {@code account} in the name of {@code holder}
     * (null: a fresh account of the applicant's own).
     */
    Family family(String village, Programme programme, String amount, String account, String holder, String income) {
        return family(village, "RURAL", programme, amount, account, holder, income);
    }

    /** A one-person family of the area (URBAN or RURAL), income 0, paid to its own account. */
    Family family(String village, String area, Programme programme, String amount) {
        return family(village, area, programme, amount, null, null, "0");
    }

    private Family family(String village, String area, Programme programme, String amount, String account, String holder,
                          String income) {
        String no = TestIds.householdNo("P");
        String id = TestIds.next(LocalDate.of(1960, 3, 1));
        String name = "户主" + no.substring(no.length() - 5);
        String acct = account != null ? account : "62170" + String.format("%014d", Math.abs(no.hashCode()) + 10_000L);
        RegistryFiles file = RegistryFiles.withIncome()
                .member(no, id, name, "APPLICANT", village, programme.fileCode(), "ACTIVE", amount)
                .with(PersonsFile.BANK_ACCOUNT, acct).with(PersonsFile.ACCOUNT_HOLDER, holder != null ? holder : name)
                .with(PersonsFile.MONTHLY_INCOME, income).with(PersonsFile.AREA, area);
        importer.importStream("p.csv", new ByteArrayInputStream(file.bytes()), "tester", new org.doudi.access.RegionScope(COUNTY));
        long householdId = households.idOf(no, new org.doudi.access.RegionScope(COUNTY)).orElseThrow();
        return new Family(no, householdId, id, name, acct);
    }

    /** A decision recorded in the register: the programme's status and amount from a date. */
    void decide(DoudiUser by, Family f, Programme programme, ProgrammeStatus status, String amount, LocalDate since) {
        int version = households.find(f.id(), by.scope()).orElseThrow().version();
        registry.setProgrammeStatus(by, f.id(), version, new StatusChange(programme, status, new BigDecimal(amount), since),
                "测试决定：" + programme + " " + status + " " + amount);
    }

    /** Receives a department feed (CSV text after its header). */
    void feed(String feed, String csv) {
        feeds.receive(feed, feed + ".csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "API", "tester",
                COUNTY);
    }

    long lines(long runId, String status) {
        return jdbc.sql("SELECT count(*) FROM payment_line WHERE run_id = ? AND status = ?").params(runId, status)
                .query(Long.class).single();
    }

    String runStatus(long runId) {
        return jdbc.sql("SELECT status FROM payroll_run WHERE id = ?").param(runId).query(String.class).single();
    }
}
