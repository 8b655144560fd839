package org.doudi.payroll;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.doudi.kernel.ProgrammeStatus;
import java.util.Optional;
import org.doudi.policy.MissingParameterException;
import org.doudi.policy.PolicySource;
import org.doudi.registry.PersonRow;

/**
 * The rules run on every payroll before release. Each is a small function that adds findings holding only the
 * lines it concerns: a household's lines for rules about a household or person, one line for rules about an
 * amount, the account's lines for rules about an account. Thresholds come from the packs ({@code payroll.*}).
 * Findings are sorted by rule (in {@link #RULES} order), household, ID number and reason.
 */
public final class PayrollAudit {

    /** A member of the household died (deaths feed) before the first day of the month paid. */
    public static final String PAID_AFTER_DEATH = "PAID_AFTER_DEATH";
    /** The account holder is no member of the household (so neither beneficiary nor applicant), with no custody agreement. */
    public static final String ACCOUNT_HOLDER_MISMATCH = "ACCOUNT_HOLDER_MISMATCH";
    /** One account receives for more than one household in the run. */
    public static final String SHARED_ACCOUNT = "SHARED_ACCOUNT";
    /** One account receives more lines than payroll.frequentLinesPerAccount, or more than payroll.largeAmountStandardMultiple × dibao.standard. */
    public static final String FREQUENT_OR_LARGE = "FREQUENT_OR_LARGE";
    /** A member of the household is also in another household in payment, here or in another region's roll. */
    public static final String DUPLICATE_ENROLMENT = "DUPLICATE_ENROLMENT";
    /** The line exceeds the engine's recomputation by more than payroll.recomputeTolerance. */
    public static final String ABOVE_RECOMPUTED = "ABOVE_RECOMPUTED";
    /** The line exceeds the programme's statutory maximum for the household ({@link StatutoryMaximum}). */
    public static final String ABOVE_STATUTORY_MAXIMUM = "ABOVE_STATUTORY_MAXIMUM";
    /** The line's household is not in payment in the registry (suspended, terminated, monitored) or not in it at all. */
    public static final String NOT_PAYABLE_STATUS = "NOT_PAYABLE_STATUS";
    /** A member is a close relative in the staff feed and the household is not registered as staff_relative. */
    public static final String STAFF_RELATIVE_UNREGISTERED = "STAFF_RELATIVE_UNREGISTERED";

    public static final List<String> RULES = List.of(PAID_AFTER_DEATH, ACCOUNT_HOLDER_MISMATCH, SHARED_ACCOUNT,
            FREQUENT_OR_LARGE, DUPLICATE_ENROLMENT, ABOVE_RECOMPUTED, ABOVE_STATUTORY_MAXIMUM, NOT_PAYABLE_STATUS,
            STAFF_RELATIVE_UNREGISTERED);

    private static final Comparator<AuditFinding> ORDER = Comparator.comparing((AuditFinding f) -> RULES.indexOf(f.rule()))
            .thenComparing(AuditFinding::householdId).thenComparing(AuditFinding::idNumber)
            .thenComparing(AuditFinding::reason);

    private final PolicySource policy;
    private final Recomputation recomputation;

    public PayrollAudit(PolicySource policy) {
        this(policy, null);
    }

    PayrollAudit(PolicySource policy, Recomputation recomputation) {
        this.policy = policy;
        this.recomputation = recomputation;
    }

    /** Audits lines (from {@link Payroll} or from elsewhere) against the inputs for the month. */
    public List<AuditFinding> audit(List<PayrollLine> lines, PayrollInputs inputs, YearMonth month) {
        return audit(lines, inputs, Households.of(inputs.persons()), month);
    }

    /** With the registry's households already grouped. The rules run side by side (each adds to its own list). */
    List<AuditFinding> audit(List<PayrollLine> lines, PayrollInputs inputs, Households households, YearMonth month) {
        AuditContext c = new AuditContext(lines, inputs, households, month, policy,
                recomputation != null ? recomputation : new Recomputation(policy, inputs.incomesKnown()));
        List<Consumer<AuditContext>> rules = List.of(PayrollAudit::paidAfterDeath, PayrollAudit::accountHolderMismatch,
                PayrollAudit::sharedAccount, PayrollAudit::frequentOrLarge, PayrollAudit::duplicateEnrolment,
                PayrollAudit::aboveRecomputed, PayrollAudit::aboveStatutoryMaximum, PayrollAudit::notPayableStatus,
                PayrollAudit::staffRelativeUnregistered);
        rules.parallelStream().forEach(rule -> rule.accept(c));
        List<AuditFinding> findings = c.findings();
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** The indexes of every line some finding holds. */
    public static Set<Integer> heldLines(List<AuditFinding> findings) {
        Set<Integer> held = new TreeSet<>();
        findings.forEach(f -> held.addAll(f.heldLines()));
        return held;
    }

    static void paidAfterDeath(AuditContext c) {
        Map<String, PayrollInputs.Death> deaths = new HashMap<>();
        c.inputs.deaths().forEach(d -> deaths.merge(d.idNumber(), d, (a, b) -> a.date().isBefore(b.date()) ? a : b));
        for (AuditContext.HouseholdLines hl : c.linesByHousehold) {
            String id = hl.id();
            List<Integer> held = hl.lines();
            Household h = hl.household();
            for (PersonRow m : h == null ? List.<PersonRow>of() : h.members()) {
                PayrollInputs.Death death = deaths.get(m.idNumber().value());
                if (death != null && death.date().isBefore(c.month.atDay(1))) {
                    c.add(PAID_AFTER_DEATH, m.idNumber().value(), id, m.name() + " 死亡日期 " + death.date()
                            + (death.source().isEmpty() ? "" : "（" + death.source() + "）") + "，早于发放月 " + c.month
                            + "，本户仍在本月发放名单", held);
                }
            }
        }
    }

    static void accountHolderMismatch(AuditContext c) {
        for (AuditContext.HouseholdLines hl : c.linesByHousehold) {
            String id = hl.id();
            PayrollLine line = c.lines.get(hl.lines().get(0));
            String holder = line.accountHolder() == null ? "" : line.accountHolder();
            Household h = hl.household();
            boolean own = h != null ? h.hasMemberNamed(holder) : holder.equals(line.name());
            if (holder.isEmpty() || own || c.inputs.custody().stream()
                    .anyMatch(a -> a.covers(id, line.account(), holder, c.month))) {
                continue;
            }
            c.add(ACCOUNT_HOLDER_MISMATCH, line.idNumber(), id, "收款账户 " + line.account() + " 户名“" + holder
                    + "”既非本户成员也非申请人“" + line.name() + "”，且无在有效期内的代管协议备案", hl.lines());
        }
    }

    static void sharedAccount(AuditContext c) {
        c.linesByAccount.forEach((account, indexes) -> {
            if (indexes.size() < 2) {
                return;
            }
            Map<String, List<Integer>> byHousehold = new java.util.LinkedHashMap<>();
            indexes.forEach(i -> byHousehold.computeIfAbsent(c.lines.get(i).householdId(), k -> new ArrayList<>()).add(i));
            if (byHousehold.size() < 2) {
                return;
            }
            byHousehold.forEach((id, held) -> {
                List<String> others = byHousehold.keySet().stream().filter(o -> !o.equals(id)).toList();
                c.add(SHARED_ACCOUNT, c.lines.get(held.get(0)).idNumber(), id, "收款账户 " + account + " 本月同时为 "
                        + String.join("、", others) + " 收款", held);
            });
        });
    }

    static void frequentOrLarge(AuditContext c) {
        c.linesByAccount.forEach((account, held) -> {
            PayrollLine first = c.lines.get(held.get(0));
            AuditContext.InForce p = c.inForce(held.get(0));
            int maxLines = p.frequentLinesPerAccount();
            BigDecimal largest = p.largeAmount();
            BigDecimal total = BigDecimal.ZERO;
            for (int i : held) {
                total = total.add(c.lines.get(i).amount());
            }
            if (held.size() > maxLines || total.compareTo(largest) > 0) {
                c.add(FREQUENT_OR_LARGE, first.idNumber(), first.householdId(), "收款账户 " + account + " 本月收款 "
                        + held.size() + " 笔（上限 " + maxLines + "）合计 " + StatutoryMaximum.yuan(total) + " 元（大额线 "
                        + StatutoryMaximum.yuan(largest) + " 元 = payroll.largeAmountStandardMultiple × 低保标准）", held);
            }
        });
    }

    static void duplicateEnrolment(AuditContext c) {
        Map<String, Object> here = enrolments(c.inputs.persons());
        Map<String, Object> neighbour = enrolments(c.inputs.neighbour());
        for (AuditContext.HouseholdLines hl : c.linesByHousehold) {
            String id = hl.id();
            List<Integer> held = hl.lines();
            Household h = hl.household();
            for (PersonRow m : h == null ? List.<PersonRow>of() : h.members()) {
                List<String> elsewhere = elsewhere(here.get(m.idNumber().value()), neighbour.get(m.idNumber().value()), id);
                if (!elsewhere.isEmpty()) {
                    c.add(DUPLICATE_ENROLMENT, m.idNumber().value(), id, m.name() + " 同时在 "
                            + String.join("、", elsewhere) + " 在保", held);
                }
            }
        }
    }

    /** Each person's rows in payment (ACTIVE or GRADUAL_EXIT): one row, or a list when several, in file order. */
    private static Map<String, Object> enrolments(List<PersonRow> rows) {
        Map<String, Object> enrolments = new HashMap<>();
        for (PersonRow r : rows) {
            if (r.status() == ProgrammeStatus.ACTIVE || r.status() == ProgrammeStatus.GRADUAL_EXIT) {
                enrolments.merge(r.idNumber().value(), r, PayrollAudit::both);
            }
        }
        return enrolments;
    }

    @SuppressWarnings("unchecked")
    private static Object both(Object present, Object added) {
        List<PersonRow> rows = present instanceof List<?> list ? (List<PersonRow>) list
                : new ArrayList<>(List.of((PersonRow) present));
        rows.add((PersonRow) added);
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<PersonRow> rows(Object enrolled) {
        return enrolled == null ? List.of() : enrolled instanceof List<?> list ? (List<PersonRow>) list
                : List.of((PersonRow) enrolled);
    }

    /**
     * The person's other enrolments as "[外地 ]household （region programme status）", distinct, ours first: the rows
     * of other households here, then the neighbour's. Texts are built only for rows of another household.
     */
    private static List<String> elsewhere(Object here, Object neighbour, String householdId) {
        if (neighbour == null && (here == null || here instanceof PersonRow r && r.householdNo().equals(householdId))) {
            return List.of();
        }
        java.util.LinkedHashSet<String> texts = new java.util.LinkedHashSet<>();
        String own = householdId + " （";
        for (PersonRow r : rows(here)) {
            String text = r.householdNo().equals(householdId) ? null : enrolment("", r);
            if (text != null && !text.startsWith(own)) {
                texts.add(text);
            }
        }
        for (PersonRow r : rows(neighbour)) {
            String text = enrolment("外地 ", r);
            if (!text.startsWith(own)) {
                texts.add(text);
            }
        }
        return List.copyOf(texts);
    }

    private static String enrolment(String where, PersonRow r) {
        return where + r.householdNo() + " （" + r.region() + " " + r.programme() + " " + r.status() + "）";
    }

    static void aboveRecomputed(AuditContext c) {
        for (int i = 0; i < c.lines.size(); i++) {
            PayrollLine line = c.lines.get(i);
            Household h = c.household(i);
            var result = h == null ? java.util.Optional.<Recomputation.Result>empty() : c.recomputation.of(h, c.month);
            if (result.isEmpty()) {
                continue;
            }
            BigDecimal tolerance = c.inForce(i).recomputeTolerance();
            BigDecimal months = BigDecimal.valueOf(line.months());
            BigDecimal recomputed = result.get().amount().multiply(months);
            if (line.amount().compareTo(recomputed.add(tolerance.multiply(months))) > 0) {
                c.add(ABOVE_RECOMPUTED, line.idNumber(), line.householdId(), "登记保障金 "
                        + StatutoryMaximum.yuan(line.amount()) + " 元高于引擎重算 " + StatutoryMaximum.yuan(recomputed)
                        + (line.months() > 1 ? "（" + line.months() + " 个月）" : "")
                        + " 元" + (result.get().eligible() ? "" : "（按登记收入已不符合条件）") + "，超过容差 "
                        + StatutoryMaximum.yuan(tolerance) + " 元", List.of(i));
            }
        }
    }

    static void aboveStatutoryMaximum(AuditContext c) {
        for (int i = 0; i < c.lines.size(); i++) {
            PayrollLine line = c.lines.get(i);
            Household h = c.household(i);
            if (h == null) {
                continue;
            }
            Optional<StatutoryMaximum.Limit> limit;
            try {
                limit = c.inForce(i).statutoryMaximum(line.programme(), h.members().size());
            } catch (MissingParameterException e) {
                continue; // a month before the packs know the programme's standards (a ledger of earlier years)
            }
            BigDecimal maximum = limit.map(l -> l.amount().multiply(BigDecimal.valueOf(line.months()))).orElse(null);
            if (limit.isPresent() && line.amount().compareTo(maximum) > 0) {
                c.add(ABOVE_STATUTORY_MAXIMUM, line.idNumber(), line.householdId(), line.programme() + " 发放 "
                        + StatutoryMaximum.yuan(line.amount()) + " 元高于法定上限 " + StatutoryMaximum.yuan(maximum)
                        + " 元 = " + limit.get().formula() + (line.months() > 1 ? " × " + line.months() + " 个月" : ""),
                        List.of(i));
            }
        }
    }

    static void notPayableStatus(AuditContext c) {
        for (int i = 0; i < c.lines.size(); i++) {
            PayrollLine line = c.lines.get(i);
            Household h = c.household(i);
            if (h == null) {
                c.add(NOT_PAYABLE_STATUS, line.idNumber(), line.householdId(), "登记库中没有本户的 " + line.programme()
                        + " 在保记录，不应在发放名单", List.of(i));
            } else if (!h.payable()) {
                c.add(NOT_PAYABLE_STATUS, line.idNumber(), line.householdId(), "本户 " + line.programme() + " 状态为 "
                        + h.status() + "（停发、注销或仅监测），不应在发放名单", List.of(i));
            }
        }
    }

    static void staffRelativeUnregistered(AuditContext c) {
        Map<String, List<PayrollInputs.StaffTie>> ties = new HashMap<>();
        c.inputs.staff().forEach(t -> ties.computeIfAbsent(t.relativeIdNumber(), k -> new ArrayList<>()).add(t));
        for (AuditContext.HouseholdLines hl : c.linesByHousehold) {
            String id = hl.id();
            List<Integer> held = hl.lines();
            Household h = hl.household();
            if (h == null || h.staffRelative()) {
                continue;
            }
            for (PersonRow m : h.members()) {
                for (PayrollInputs.StaffTie t : ties.getOrDefault(m.idNumber().value(), List.of())) {
                    c.add(STAFF_RELATIVE_UNREGISTERED, m.idNumber().value(), id, m.name() + " 是" + t.role() + " "
                            + t.staffName() + " 的近亲属（" + t.relation() + "），本户未登记近亲属备案", held);
                }
            }
        }
    }
}
