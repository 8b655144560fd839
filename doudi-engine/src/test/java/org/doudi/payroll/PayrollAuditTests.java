package org.doudi.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.policy.PolicyPacks;
import org.doudi.registry.PersonRow;
import org.doudi.synthetic.Generator;
import org.doudi.synthetic.GeneratorSettings;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payroll and its audit on a generated county (3,000 households, seed 7), paid for the month after its as-of date. */
class PayrollAuditTests {

    static final List<String> PLANTED = List.of(PayrollAudit.ACCOUNT_HOLDER_MISMATCH, PayrollAudit.SHARED_ACCOUNT,
            PayrollAudit.PAID_AFTER_DEATH, PayrollAudit.DUPLICATE_ENROLMENT, PayrollAudit.STAFF_RELATIVE_UNREGISTERED);

    @TempDir
    static Path directory;

    static Path county;
    static YearMonth month;
    static PayrollInputs inputs;
    static PayrollResult result;

    @BeforeAll
    static void generateAndRun() {
        county = directory.resolve("county");
        GeneratorSettings settings = GeneratorSettings.of(new DivisionCode("340827"), 3000, 7, county);
        Generator.generate(settings, null);
        month = YearMonth.from(settings.asOf()).plusMonths(1);
        inputs = PayrollFiles.read(county, county, month.atEndOfMonth());
        result = new Payroll(PolicyPacks.shipped()).run(inputs, month);
    }

    @Test
    void every_planted_anomaly_of_a_paid_household_is_found() {
        Set<String> paid = result.lines().stream().map(PayrollLine::householdId).collect(Collectors.toSet());
        Set<String> found = result.findings().stream().map(f -> f.rule() + "|" + f.householdId() + "|" + f.idNumber())
                .collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>();
        for (TableRow r : rows(county.resolve("manifest.csv"))) {
            if (PLANTED.contains(r.get("rule")) && paid.contains(r.get("household_id"))) {
                expected.add(r.get("rule") + "|" + r.get("household_id") + "|" + r.get("id_number"));
            }
        }
        PLANTED.forEach(rule -> assertThat(expected).as("plants of " + rule).anyMatch(k -> k.startsWith(rule + "|")));
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        assertThat(missed).isEmpty();
        System.out.println("payroll " + result.summary());
    }

    @Test
    void the_generated_amounts_are_the_engines_so_no_line_is_above_the_recomputation_or_the_statutory_maximum() {
        assertThat(result.lines()).filteredOn(l -> l.basis().toString().contains("引擎重算")).hasSizeGreaterThan(500);
        assertThat(result.findings()).extracting(AuditFinding::rule)
                .doesNotContain(PayrollAudit.ABOVE_RECOMPUTED, PayrollAudit.ABOVE_STATUTORY_MAXIMUM);
    }

    @Test
    void each_finding_holds_only_its_own_lines_and_their_amount() {
        assertThat(result.findings()).isNotEmpty();
        for (AuditFinding f : result.findings()) {
            assertThat(f.heldLines()).isNotEmpty();
            List<PayrollLine> held = f.heldLines().stream().map(result.lines()::get).toList();
            assertThat(f.amount()).isEqualByComparingTo(held.stream().map(PayrollLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            if (f.rule().equals(PayrollAudit.FREQUENT_OR_LARGE)) {
                assertThat(held).extracting(PayrollLine::account).containsOnly(held.get(0).account());
                assertThat(result.lines().stream().filter(l -> l.account().equals(held.get(0).account()))).hasSize(held.size());
            } else {
                assertThat(held).extracting(PayrollLine::householdId).containsOnly(f.householdId());
            }
            if (Set.of(PayrollAudit.ABOVE_RECOMPUTED, PayrollAudit.ABOVE_STATUTORY_MAXIMUM,
                    PayrollAudit.NOT_PAYABLE_STATUS).contains(f.rule())) {
                assertThat(held).hasSize(1);
            }
        }
    }

    @Test
    void a_filed_unexpired_custody_agreement_exempts_its_household_and_an_expired_one_does_not() {
        AuditFinding mismatch = result.findings().stream()
                .filter(f -> f.rule().equals(PayrollAudit.ACCOUNT_HOLDER_MISMATCH)).findFirst().orElseThrow();
        PayrollLine line = result.lines().get(mismatch.heldLines().get(0));
        CustodyAgreement filed = new CustodyAgreement("DG-1", line.householdId(), line.accountHolder(), line.account(),
                LocalDate.of(2024, 1, 5), null);
        CustodyAgreement expired = new CustodyAgreement("DG-2", line.householdId(), line.accountHolder(), line.account(),
                LocalDate.of(2024, 1, 5), month.atDay(1).minusDays(1));

        assertThat(mismatches(withCustody(filed), line.householdId())).isEmpty();
        assertThat(mismatches(withCustody(expired), line.householdId())).hasSize(1);
    }

    @Test
    void a_suspended_household_gets_no_line_and_a_line_for_it_from_elsewhere_is_held() {
        PersonRow suspended = inputs.persons().stream().filter(r -> r.status() == ProgrammeStatus.SUSPENDED)
                .filter(r -> r.programme() == Programme.DIBAO).findFirst().orElseThrow();
        assertThat(result.lines()).noneMatch(l -> l.householdId().equals(suspended.householdNo()));

        List<PayrollLine> lines = new ArrayList<>(result.lines());
        lines.add(new PayrollLine(suspended.householdNo(), suspended.idNumber().value(), suspended.name(),
                Programme.DIBAO, month, new BigDecimal("500.00"), "6217000000000000001", suspended.name(), "外来名单", suspended.region()));
        List<AuditFinding> findings = new PayrollAudit(PolicyPacks.shipped()).audit(lines, inputs, month);
        assertThat(findings).filteredOn(f -> f.rule().equals(PayrollAudit.NOT_PAYABLE_STATUS))
                .singleElement().satisfies(f -> {
                    assertThat(f.householdId()).isEqualTo(suspended.householdNo());
                    assertThat(f.heldLines()).containsExactly(lines.size() - 1);
                    assertThat(f.reason()).contains("SUSPENDED");
                });
    }

    @Test
    void an_amount_far_above_the_standard_is_above_the_statutory_maximum_and_the_recomputation() {
        int index = -1;
        for (int i = 0; i < result.lines().size(); i++) {
            PayrollLine l = result.lines().get(i);
            if (l.programme() == Programme.DIBAO && l.basis().toString().contains("引擎重算")) {
                index = i;
                break;
            }
        }
        assertThat(index).as("a Dibao line the engine recomputed").isNotNegative();
        PayrollLine line = result.lines().get(index);
        List<PayrollLine> lines = new ArrayList<>(result.lines());
        lines.set(index, new PayrollLine(line.householdId(), line.idNumber(), line.name(), line.programme(), month,
                line.amount().add(new BigDecimal("20000")), line.account(), line.accountHolder(), line.basis(), line.region()));
        List<AuditFinding> findings = new PayrollAudit(PolicyPacks.shipped()).audit(lines, inputs, month);
        int held = index;
        assertThat(findings).filteredOn(f -> f.heldLines().equals(List.of(held))).extracting(AuditFinding::rule)
                .contains(PayrollAudit.ABOVE_RECOMPUTED, PayrollAudit.ABOVE_STATUTORY_MAXIMUM);
        assertThat(line.basis().toString()).contains("dibao.standard=");
    }

    private static PayrollInputs withCustody(CustodyAgreement agreement) {
        return new PayrollInputs(inputs.persons(), inputs.neighbour(), inputs.deaths(), inputs.staff(),
                List.of(agreement), inputs.incomesKnown(), inputs.rejections());
    }

    private static List<AuditFinding> mismatches(PayrollInputs changed, String householdId) {
        return new PayrollAudit(PolicyPacks.shipped()).audit(result.lines(), changed, month).stream()
                .filter(f -> f.rule().equals(PayrollAudit.ACCOUNT_HOLDER_MISMATCH))
                .filter(f -> f.householdId().equals(householdId)).toList();
    }

    static List<TableRow> rows(Path file) {
        List<TableRow> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(file)) {
            reader.forEach(rows::add);
        }
        return rows;
    }
}
