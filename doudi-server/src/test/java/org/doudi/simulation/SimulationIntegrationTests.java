package org.doudi.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.doudi.RegistryFiles;
import org.doudi.TestIds;
import org.doudi.Villages;
import org.doudi.access.RegionScope;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.whatif.ParameterChange;
import org.doudi.policy.whatif.WhatIf;
import org.doudi.registry.imports.ImportOutcome;
import org.doudi.registry.imports.RegistryImport;
import org.doudi.tabular.TableReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Raising the standard in a village: the poorer household gains, the monitored one just above enters. */
@SpringBootTest
class SimulationIntegrationTests {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Autowired
    RegistryImport importer;
    @Autowired
    Simulations simulations;

    @Test
    void aTwentyPercentRiseBringsInTheHouseholdJustAboveAndRaisesTheOneBelow() {
        // 望江 rural standard on 2025-06-30: 750 元 (安庆 pack); incomes 600 (in Dibao) and 800 (monitored)
        var importReport = importer.importStream("sim.csv", new ByteArrayInputStream(RegistryFiles.withIncome()
                .member(TestIds.householdNo("W"), TestIds.next(LocalDate.of(1970, 1, 1)), "低保户", "APPLICANT",
                        Villages.TIANHE, "DIBAO", "ACTIVE", "150").with("monthly_income", "600")
                .member(TestIds.householdNo("W"), TestIds.next(LocalDate.of(1971, 1, 1)), "监测户", "APPLICANT",
                        Villages.TIANHE, "", "MONITORED", "0").with("monthly_income", "800")
                .bytes()), "tester", RegionScope.of(DivisionCode.parse(Villages.COUNTY)));
        assertThat(importReport.outcome()).isEqualTo(ImportOutcome.APPLIED);

        WhatIf.Report report = simulations.run(RegionScope.of(DivisionCode.parse(Villages.TIANHE)),
                List.of(ParameterChange.parse("dibao.standard=+20%")), AS_OF, "tester");

        assertThat(report.total().assessed()).isEqualTo(2);
        assertThat(report.total().enters()).isEqualTo(1);
        assertThat(report.total().gains()).isEqualTo(1);
        assertThat(report.total().leaves()).isZero();
        assertThat(report.total().costChange()).isPositive();
        assertThat(report.townships()).singleElement().extracting(WhatIf.Row::township).isEqualTo(Villages.HUAYANG);
        assertThat(report.households()).extracting(WhatIf.Change::effect)
                .containsExactlyInAnyOrder(WhatIf.Effect.ENTERS, WhatIf.Effect.GAINS);

        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        simulations.writeExcel(report, simulations.townshipNames(report), excel);
        try (TableReader reader = TableReader.open("report.xlsx", new ByteArrayInputStream(excel.toByteArray()))) {
            assertThat(reader.stream().map(r -> r.get("乡镇")).toList()).contains("华阳镇", "合计");
        }
    }
}
