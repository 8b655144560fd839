package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Expense;
import org.doudi.policy.AssessmentRequest.ExpenseType;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Parameters;

/**
 * 家庭收入 (第十三条): the household's counted monthly income. Incomes are monthly or annual / 12; what
 * {@link IncomeRules} does not count is left out; then necessary employment costs of newly employed
 * members, the work costs of members working away, and (where the pack allows) the rigid expenditure of
 * illness and disability are deducted.
 *
 * @param gross income counted before deductions, per month
 * @param deductions everything deducted, per month
 * @param monthly the counted monthly income, never negative, to 分
 */
public record CountedIncome(BigDecimal gross, BigDecimal deductions, BigDecimal monthly) {

    static final String EMPLOYMENT_MONTHLY = "dibao.employmentDeduction.monthly";
    static final String EMPLOYMENT_MONTHS = "dibao.employmentDeduction.months";
    static final String WORK_COST_MONTHLY = "dibao.workCostDeduction.monthly";
    static final String RIGID_DEDUCTION = "dibao.rigidExpenditureDeduction";

    /** The rule: records the step and figure {@code countedMonthlyIncome}. */
    static CountedIncome of(Assessment assessment, HouseholdUnit unit) {
        IncomeRules rules = IncomeRules.of(assessment, unit);
        List<Income> incomes = incomes(assessment);
        StringBuilder deducted = assessment.explains() ? new StringBuilder() : null;
        BigDecimal gross = BigDecimal.ZERO;
        for (Income income : incomes) {
            if (rules.counts(income)) {
                gross = gross.add(Amounts.monthly(income));
            }
        }
        BigDecimal deductions = workDeductions(assessment, unit, rules, incomes, deducted)
                .add(rigidExpenditureDeduction(assessment, deducted));
        BigDecimal monthly = Amounts.cents(gross.subtract(deductions).max(BigDecimal.ZERO));
        assessment.step("countedMonthlyIncome", monthly, () -> explanation(rules, incomes, deducted), References.INCOME);
        assessment.figure("countedMonthlyIncome", monthly);
        if (deductions.signum() > 0) {
            assessment.figure("incomeDeductions", Amounts.cents(deductions));
        }
        return new CountedIncome(gross, deductions, monthly);
    }

    static List<Income> incomes(Assessment assessment) {
        var household = assessment.request().household();
        return household.incomes() == null ? List.of() : household.incomes();
    }

    /**
     * 必要的就业成本 (第十三条第一项): for a member employed less than the configured months before the date,
     * up to the configured amount of that member's wage; for a member working away (务工), up to the work-cost
     * amount. Both compensate the cost of working, so a member who qualifies twice gets the larger, not both.
     */
    private static BigDecimal workDeductions(Assessment assessment, HouseholdUnit unit, IncomeRules rules,
                                             List<Income> incomes, StringBuilder text) {
        Parameters parameters = assessment.parameters();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal employment = null;
        BigDecimal workCost = null;
        int months = 0;
        for (Member member : unit.counted()) {
            boolean newlyEmployed = false;
            if (member.employedSince() != null) {
                if (employment == null) {
                    employment = parameters.decimal(EMPLOYMENT_MONTHLY);
                    months = parameters.integer(EMPLOYMENT_MONTHS);
                }
                newlyEmployed = employment.signum() > 0 && MemberConditions.employedWithin(member, assessment.asOf(), months);
            }
            boolean working = false;
            if (Boolean.TRUE.equals(member.migrantWork())) {
                if (workCost == null) {
                    workCost = parameters.decimal(WORK_COST_MONTHLY);
                }
                working = workCost.signum() > 0;
            }
            if (!newlyEmployed && !working) {
                continue;
            }
            boolean employmentCost = newlyEmployed && (!working || employment.compareTo(workCost) >= 0);
            BigDecimal deduction = wage(member, incomes, rules).min(employmentCost ? employment : workCost);
            if (deduction.signum() > 0) {
                total = total.add(deduction);
                if (text != null) {
                    text.append("；扣除").append(employmentCost ? "就业成本" : "务工成本").append(Amounts.yuan(deduction))
                            .append("元（").append(MemberConditions.label(member))
                            .append(employmentCost ? "首次就业未满" + months + "个月" : "外出务工").append("）");
                }
            }
        }
        return total;
    }

    /** The member's counted wage income per month. */
    private static BigDecimal wage(Member member, List<Income> incomes, IncomeRules rules) {
        BigDecimal wage = BigDecimal.ZERO;
        for (Income income : incomes) {
            if (income.type() == IncomeType.WAGE && member.id().equals(income.member()) && rules.counts(income)) {
                wage = wage.add(Amounts.monthly(income));
            }
        }
        return wage;
    }

    /**
     * 第十三条末段: rigid expenditure from disability or serious illness (medical and rehabilitation costs, per
     * year / 12) may be deducted, where the pack says so.
     */
    private static BigDecimal rigidExpenditureDeduction(Assessment assessment, StringBuilder text) {
        List<Expense> expenses = assessment.request().household().expenses();
        if (expenses == null || expenses.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal annual = BigDecimal.ZERO;
        for (Expense expense : expenses) {
            if (expense.type() == ExpenseType.MEDICAL || expense.type() == ExpenseType.REHABILITATION) {
                annual = annual.add(Amounts.annual(expense));
            }
        }
        if (annual.signum() == 0 || !assessment.parameters().flag(RIGID_DEDUCTION)) {
            return BigDecimal.ZERO;
        }
        BigDecimal monthly = Amounts.perMonth(annual);
        if (text != null) {
            text.append("；扣除因残疾、患重病增加的刚性支出").append(Amounts.yuan(monthly)).append("元（医疗、康复支出全年")
                    .append(Amounts.yuan(annual)).append("元÷12）");
        }
        return monthly;
    }

    /** "工资性收入1000.00元；城乡居民基本养老保险基础养老金不计入": what was counted, deducted and left out. */
    private static String explanation(IncomeRules rules, List<Income> incomes, StringBuilder deducted) {
        IncomeType[] types = IncomeType.values();
        BigDecimal[] counted = new BigDecimal[types.length];
        BigDecimal[] excluded = new BigDecimal[types.length];
        BigDecimal ofExcludedMembers = null;
        for (Income income : incomes) {
            IncomeRules.NotCounted why = rules.whyNotCounted(income);
            BigDecimal amount = Amounts.monthly(income);
            int type = income.type().ordinal();
            if (why == null) {
                counted[type] = counted[type] == null ? amount : counted[type].add(amount);
            } else if (why == IncomeRules.NotCounted.MEMBER_NOT_COUNTED) {
                ofExcludedMembers = ofExcludedMembers == null ? amount : ofExcludedMembers.add(amount);
            } else {
                excluded[type] = excluded[type] == null ? amount : excluded[type].add(amount);
            }
        }
        StringBuilder text = new StringBuilder();
        for (IncomeType type : types) {
            if (counted[type.ordinal()] != null) {
                separate(text).append(Labels.income(type)).append(Amounts.yuan(counted[type.ordinal()])).append("元");
            }
        }
        if (text.isEmpty()) {
            text.append("无计入的收入");
        }
        text.append(deducted);
        for (IncomeType type : types) {
            if (excluded[type.ordinal()] != null) {
                separate(text).append(Labels.income(type)).append(Amounts.yuan(excluded[type.ordinal()])).append("元不计入");
            }
        }
        if (rules.residentBasicPensionExcluded() && excluded[IncomeType.RESIDENT_BASIC_PENSION.ordinal()] == null) {
            separate(text).append(Labels.income(IncomeType.RESIDENT_BASIC_PENSION)).append("不计入");
        }
        if (ofExcludedMembers != null) {
            separate(text).append("不计入家庭成员者的收入").append(Amounts.yuan(ofExcludedMembers)).append("元不计入");
        }
        return text.toString();
    }

    private static StringBuilder separate(StringBuilder text) {
        return text.isEmpty() ? text : text.append("；");
    }
}
