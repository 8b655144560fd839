package org.doudi.simulation;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.doudi.access.AuditLog;
import org.doudi.access.RegionScope;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.whatif.ParameterChange;
import org.doudi.policy.whatif.WhatIf;
import org.doudi.tabular.TableWriter;

/**
 * What-if runs over the register: every household of a region re-assessed under changed parameters, with
 * the report per township and its Excel export.
 */
public class Simulations {

    private final SimulationSubjects subjects;
    private final WhatIf whatIf;
    private final DivisionDirectory divisions;
    private final AuditLog audit;

    Simulations(SimulationSubjects subjects, WhatIf whatIf, DivisionDirectory divisions, AuditLog audit) {
        this.subjects = subjects;
        this.whatIf = whatIf;
        this.divisions = divisions;
        this.audit = audit;
    }

    public WhatIf.Report run(RegionScope scope, List<ParameterChange> changes, LocalDate asOf, String actor) {
        WhatIf.Report report = whatIf.run(subjects.load(scope, asOf), changes);
        audit.recordAs(actor, "SIMULATION", "REGION", scope.code(), scope.code(),
                changes + "，" + report.total().assessed() + "户，" + asOf);
        return report;
    }

    /** Township names for a report, by code. */
    public Map<String, String> townshipNames(WhatIf.Report report) {
        Map<String, String> names = new java.util.HashMap<>();
        for (WhatIf.Row row : report.townships()) {
            names.put(row.township(), DivisionCode.tryParse(row.township()).flatMap(divisions::find)
                    .map(DivisionDirectory.Entry::name).orElse(row.township()));
        }
        return names;
    }

    /** Two sheets: per township with the total, and every household whose outcome changes. */
    public void writeExcel(WhatIf.Report report, Map<String, String> names, OutputStream out) {
        Function<BigDecimal, String> money = v -> v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        try (TableWriter writer = TableWriter.xlsx(out, "按乡镇汇总")) {
            writer.writeRow("乡镇代码", "乡镇", "评估户数", "新纳入", "退出", "增加", "减少", "现行月支出（元）",
                    "调整后月支出（元）", "月支出变化（元）");
            for (WhatIf.Row row : report.townships()) {
                writer.writeRow(row.township(), names.get(row.township()), String.valueOf(row.assessed()),
                        String.valueOf(row.enters()), String.valueOf(row.leaves()), String.valueOf(row.gains()),
                        String.valueOf(row.loses()), money.apply(row.costBefore()), money.apply(row.costAfter()),
                        money.apply(row.costChange()));
            }
            WhatIf.Row total = report.total();
            writer.writeRow("", "合计", String.valueOf(total.assessed()), String.valueOf(total.enters()),
                    String.valueOf(total.leaves()), String.valueOf(total.gains()), String.valueOf(total.loses()),
                    money.apply(total.costBefore()), money.apply(total.costAfter()), money.apply(total.costChange()));
            writer.writeRow("", "参数变更：" + report.changes(), "", "", "", "", "", "", "", "");
            writer.nextSheet("变化家庭");
            writer.writeRow("户编号", "乡镇代码", "乡镇", "变化", "现行月金额（元）", "调整后月金额（元）");
            for (WhatIf.Change change : report.households()) {
                writer.writeRow(change.key(), change.township(), names.get(change.township()), effectName(change.effect()),
                        money.apply(change.before()), money.apply(change.after()));
            }
        }
    }

    static String effectName(WhatIf.Effect effect) {
        return switch (effect) {
            case ENTERS -> "新纳入";
            case LEAVES -> "退出";
            case GAINS -> "增加";
            case LOSES -> "减少";
            case UNCHANGED -> "不变";
        };
    }
}
