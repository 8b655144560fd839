package org.doudi.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Employment;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.kernel.WorkCapacity;
import org.doudi.monitoring.FeedStore;
import org.doudi.payments.Entitlements.StatusRow;
import org.doudi.payments.PayrollRuns.HouseholdRow;
import org.doudi.payroll.Payroll;
import org.doudi.payroll.PayrollFiles;
import org.doudi.payroll.PayrollInputs;
import org.doudi.payroll.PayrollLine;
import org.doudi.policy.PolicySource;
import org.doudi.registry.PersonRow;
import org.doudi.registry.PersonsFile;
import org.doudi.tabular.TableWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the audit before release reads, gathered from the server's own records in the shape the offline
 * {@code payroll} command reads from files: the register's members with each benefit's status in force for the
 * month (one row per member and programme), the newest arrivals of the deaths, staff and other regions' roll
 * feeds (read by the engine's own reader), and the custody register as the custody feed.
 */
@Component
class PayrollAuditInputs {

    private static final Set<String> FEEDS = Set.of("deaths", "staff", "persons_neighbour");

    private final JdbcClient jdbc;
    private final FeedStore feeds;
    private final PolicySource policy;

    PayrollAuditInputs(JdbcClient jdbc, FeedStore feeds, PolicySource policy) {
        this.jdbc = jdbc;
        this.feeds = feeds;
        this.policy = policy;
    }

    PayrollInputs inputs(String region, YearMonth month, Entitlements entitlements, Map<Long, HouseholdRow> households) {
        Map<Long, List<Object[]>> members = members(region);
        Map<Long, Boolean> staffRelative = new HashMap<>();
        jdbc.sql("SELECT id, staff_relative FROM household WHERE region_code LIKE ?").param(region + "%")
                .query((ResultSet rs) -> {
                    staffRelative.put(rs.getLong(1), rs.getBoolean(2));
                });
        List<PersonRow> persons = new ArrayList<>();
        entitlements.benefits().stream().filter(b -> households.containsKey(b.householdId()))
                .sorted(Comparator.comparing((Entitlements.Benefit b) -> households.get(b.householdId()).householdNo())
                        .thenComparing(Entitlements.Benefit::programme))
                .forEach(b -> entitlements.inForce(b, month).ifPresent(status -> {
                    HouseholdRow h = households.get(b.householdId());
                    for (Object[] m : members.getOrDefault(b.householdId(), List.of())) {
                        persons.add(row(h, status, staffRelative.getOrDefault(h.id(), false), m));
                    }
                }));
        PayrollInputs files = feedsOf(month);
        return new PayrollInputs(persons, files.neighbour(), files.deaths(), files.staff(), files.custody(), true,
                files.rejections());
    }

    /** The engine's own line basis per "household_no|PROGRAMME" (its recomputation and parameters, where it has one). */
    Map<String, String> engineBasis(PayrollInputs inputs, YearMonth month) {
        Map<String, String> basis = new HashMap<>();
        for (PayrollLine line : new Payroll(policy).lines(inputs, month)) {
            basis.put(line.householdId() + "|" + line.programme().name(), line.basis().toString());
        }
        return basis;
    }

    /** Deaths, staff ties, other regions' rolls and custody agreements, read by the engine from a folder of links. */
    private PayrollInputs feedsOf(YearMonth month) {
        Path work = null;
        try {
            work = Files.createTempDirectory("doudi-payroll-");
            Path registry = Files.createDirectories(work.resolve("registry"));
            Path feedDir = Files.createDirectories(work.resolve("feeds"));
            try (TableWriter writer = TableWriter.csv(registry.resolve("persons.csv"))) {
                writer.writeRow(PersonsFile.ALL_COLUMNS);
            }
            feeds.linkCurrent(registry, feedDir, a -> FEEDS.contains(a.feed()) && Files.exists(a.storedPath()));
            try (TableWriter writer = TableWriter.csv(feedDir.resolve("custody.csv"))) {
                writer.writeRow(PayrollFiles.CUSTODY_COLUMNS);
                jdbc.sql("""
                        SELECT c.agreement_no, h.household_no, c.custodian_name, c.account, c.filed_on,
                               CASE WHEN c.ended_on IS NULL THEN c.expires_on
                                    WHEN c.expires_on IS NULL THEN c.ended_on
                                    ELSE least(c.expires_on, c.ended_on) END
                          FROM custody_agreement c JOIN household h ON h.id = c.household_id ORDER BY c.id
                        """).query((ResultSet rs) -> {
                            writer.writeRow(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getObject(5).toString(), rs.getObject(6) == null ? "" : rs.getObject(6).toString()));
                        });
            }
            return PayrollFiles.read(registry, feedDir, month.atEndOfMonth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FeedStore.deleteWorkFolder(work);
        }
    }
 /** Current members per household: the person's fields in the order {@link #row} reads them. */
    private Map<Long, List<Object[]>> members(String region) {
        Map<Long, List<Object[]>> members = new HashMap<>();
        jdbc.sql("""
                SELECT m.household_id, p.id_number, p.name, m.relation, p.registered_region, p.bank_account,
                       p.account_holder, p.disability_kind, p.disability_grade, p.phone, p.habitual_region,
                       p.habitual_area, p.disability_certified_on, p.serious_illness, p.work_capacity, p.self_care,
                       p.schooling, p.employment, p.monthly_income
                  FROM household h JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL
                  JOIN person p ON p.id = m.person_id
                 WHERE h.region_code LIKE ?
                 ORDER BY m.household_id, (m.relation <> 'APPLICANT'), p.birth_date, p.id_number
                """).param(region + "%").query((ResultSet rs) -> {
                    Object[] values = new Object[18];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 2);
                    }
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(values);
                });
        return members;
    }

    private static PersonRow row(HouseholdRow h, StatusRow status, boolean staffRelative, Object[] m) {
        return new PersonRow(0, h.householdNo(), new IdNumber((String) m[0]), (String) m[1],
                Relation.valueOf((String) m[2]), h.region(), h.area(), status.benefit().programme(),
                ProgrammeStatus.valueOf(status.status()), status.monthlyAmount(), status.enrolledSince(),
                (String) m[4], (String) m[5], m[6] == null ? null : DisabilityKind.valueOf((String) m[6]),
                m[7] == null ? null : ((Number) m[7]).intValue(), staffRelative, (String) m[8], (String) m[9],
                m[10] == null ? null : Area.valueOf((String) m[10]), null, date(m[11]), (Boolean) m[12],
                m[13] == null ? null : WorkCapacity.valueOf((String) m[13]),
                m[14] == null ? null : SelfCare.valueOf((String) m[14]),
                m[15] == null ? null : Schooling.valueOf((String) m[15]),
                m[16] == null ? null : Employment.valueOf((String) m[16]), (java.math.BigDecimal) m[17]);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
