package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Expense;
import org.doudi.policy.AssessmentRequest.ExpenseType;

/**
 * 刚性支出 (《刚性支出困难家庭认定办法》第五条) of the 12 months before the application, and the household's annual
 * income it is weighed against.
 */
final class RigidExpenditure {

    /** Digits of the expenditure share (e.g. 0.6250). */
    private static final int SHARE_SCALE = 4;

    private RigidExpenditure() {
    }

    /** Whether an expense is rigid under 第五条; {@code basicLiving} says whether 生活支出 is taken as declared. */
    static boolean rigid(ExpenseType type, boolean basicLiving) {
        return switch (type) {
            case MEDICAL, EDUCATION, REHABILITATION, CARE -> true;
            case BASIC_LIVING -> basicLiving;
            case OTHER -> false;
        };
    }

    /** The rule: the year's rigid expenditure; records the step and figure {@code rigidExpenditure}. */
    static BigDecimal of(Assessment assessment, boolean basicLiving) {
        List<Expense> expenses = assessment.request().household().expenses();
        BigDecimal total = BigDecimal.ZERO;
        boolean other = false;
        if (expenses != null) {
            for (Expense expense : expenses) {
                if (rigid(expense.type(), basicLiving)) {
                    total = total.add(Amounts.annual(expense));
                } else {
                    other |= expense.type() == ExpenseType.OTHER;
                }
            }
        }
        BigDecimal rigid = Amounts.cents(total);
        boolean otherLeftOut = other;
        assessment.step("rigidExpenditure", rigid, () -> explanation(expenses, basicLiving, rigid, otherLeftOut),
                References.RIGID_EXPENDITURES);
        assessment.figure("rigidExpenditure", rigid);
        return rigid;
    }

    private static String explanation(List<Expense> expenses, boolean basicLiving, BigDecimal rigid, boolean otherLeftOut) {
        StringBuilder text = new StringBuilder();
        for (ExpenseType type : ExpenseType.values()) {
            if (!rigid(type, basicLiving)) {
                continue;
            }
            BigDecimal amount = null;
            for (Expense expense : expenses == null ? List.<Expense>of() : expenses) {
                if (expense.type() == type) {
                    amount = Amounts.orZero(amount).add(Amounts.annual(expense));
                }
            }
            if (amount != null) {
                text.append(label(type)).append(Amounts.yuan(amount)).append("元；");
            }
        }
        text.append("近12个月刚性支出合计").append(Amounts.yuan(rigid)).append("元");
        if (otherLeftOut) {
            text.append("；其他支出未计入（须县级民政部门另行认定）");
        }
        return text.toString();
    }

    static String label(ExpenseType type) {
        return switch (type) {
            case MEDICAL -> "医疗支出";
            case EDUCATION -> "教育支出";
            case REHABILITATION -> "残疾康复支出";
            case CARE -> "护理支出";
            case BASIC_LIVING -> "生活支出";
            case OTHER -> "其他支出";
        };
    }

    /**
     * The household's annual income: as declared, or the counted monthly income (第十三条 rules) × 12; records
     * the step and figure {@code annualIncome}.
     */
    static BigDecimal annualIncome(Assessment assessment, HouseholdUnit unit) {
        BigDecimal declared = assessment.request().household().annualIncome();
        if (declared != null) {
            BigDecimal annual = Amounts.cents(declared);
            assessment.step("annualIncome", annual, () -> "申报的家庭年收入" + Amounts.yuan(annual) + "元", References.RIGID_CONDITIONS);
            assessment.figure("annualIncome", annual);
            return annual;
        }
        BigDecimal monthly = CountedIncome.of(assessment, unit).monthly();
        BigDecimal annual = monthly.multiply(Amounts.MONTHS_PER_YEAR);
        assessment.step("annualIncome", annual, () -> "计入的家庭月收入" + Amounts.yuan(monthly) + "元×12=" + Amounts.yuan(annual)
                + "元", References.RIGID_CONDITIONS);
        assessment.figure("annualIncome", annual);
        return annual;
    }

    /** Expenditure / income, or null when there is no income to divide by; records figure {@code expenditureShare}. */
    static BigDecimal share(Assessment assessment, BigDecimal expenditure, BigDecimal annualIncome) {
        BigDecimal share = annualIncome.signum() == 0 ? null
                : expenditure.divide(annualIncome, SHARE_SCALE, RoundingMode.HALF_UP);
        assessment.figure("expenditureShare", share);
        return share;
    }
}
