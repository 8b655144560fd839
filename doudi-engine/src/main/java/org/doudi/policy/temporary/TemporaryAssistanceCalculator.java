package org.doudi.policy.temporary;


import static org.doudi.policy.Wording.yuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Household;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.Temporary;
import org.doudi.policy.AssessmentRequest.TemporaryKind;
import org.doudi.policy.Decision;
import org.doudi.policy.Decision.ApprovalLevel;
import org.doudi.policy.Parameters;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 临时救助 (《社会救助暂行办法》第四十七条至第五十条; 民政部、财政部《关于进一步加强和改进临时救助工作的意见》,
 * 民发〔2018〕23号): an emergency (急难型) or an expenditure (支出型) grant, capped per person as a multiple of the
 * 低保 standard, at most so many times a year for the same cause, approved by the township, the county or the
 * city by amount, and decided within a time limit: calendar hours for an emergency (help first, paperwork
 * after), working days for an expenditure case.
 */
public final class TemporaryAssistanceCalculator implements ProgrammeCalculator {

    private static final String OPINION = "《关于进一步加强和改进临时救助工作的意见》（民发〔2018〕23号）";
    private static final String LOCAL_RULE = "当地临时救助实施办法";
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final int HOURS_PER_DAY = 24;

    @Override
    public Decision assess(Assessment a) {
        Temporary t = a.request().temporary();
        int members = a.members().size();
        a.figure("members", members);
        a.figure("kind", t.kind().name());
        boolean eligible = somethingRequested(a, t);
        eligible &= sameCauseAllowed(a, t);
        if (t.kind() == TemporaryKind.EXPENDITURE) {
            eligible &= incomeBelowDisposableIncome(a, members);
        }
        BigDecimal cap = cap(a, members);
        BigDecimal amount = amount(a, t.requested(), cap);
        ApprovalLevel level = approvalLevel(a, amount);
        LocalDate deadline = t.kind() == TemporaryKind.EMERGENCY ? emergencyDeadline(a, t) : expenditureDeadline(a);
        return a.decideGrant(eligible, amount, level, deadline);
    }

    private static boolean somethingRequested(Assessment a, Temporary t) {
        if (t.requested().signum() == 0) {
            a.reason("NOTHING_REQUESTED", "申请救助金额为0", "《社会救助暂行办法》第四十八条");
            return false;
        }
        return true;
    }

    /** Local rules limit grants for one cause in a calendar year (0: no limit). */
    private static boolean sameCauseAllowed(Assessment a, Temporary t) {
        int limit = a.parameters().integer("temporary.sameCauseLimitPerYear");
        int prior = t.priorGrantsThisYearForSameCause() == null ? 0 : t.priorGrantsThisYearForSameCause();
        if (limit > 0 && prior >= limit) {
            a.reason("SAME_CAUSE_LIMIT_REACHED", () -> cause(t) + "本年度已救助" + prior + "次，当地规定每年不超过" + limit + "次",
                    LOCAL_RULE + "（同一事由年度救助次数）");
            return false;
        }
        a.reason("SAME_CAUSE_WITHIN_LIMIT", () -> cause(t) + "本年度已救助" + prior + "次"
                + (limit > 0 ? "，未达到每年" + limit + "次" : "，当地未限定次数"), LOCAL_RULE + "（同一事由年度救助次数）");
        return true;
    }

    private static String cause(Temporary t) {
        return t.cause() == null ? "同一事由" : "同一事由（" + t.cause() + "）";
    }

    /**
     * 民发〔2018〕23号二(一): expenditure cases in principle need a per-capita disposable income below the local
     * per-capita disposable income of the previous year. The household's declared annual income is used when
     * given, else the listed incomes (all types: disposable income includes transfers).
     */
    private static boolean incomeBelowDisposableIncome(Assessment a, int members) {
        Household household = a.request().household();
        BigDecimal annual = household.annualIncome() != null ? household.annualIncome() : listedAnnualIncome(household);
        BigDecimal perCapita = a.step("perCapitaAnnualIncome",
                annual.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP),
                () -> "家庭年收入" + yuan(annual) + " ÷ " + members + "人", OPINION + "二(一)");
        BigDecimal limit = a.parameters().decimal("region.perCapitaDisposableIncome");
        a.figure("perCapitaAnnualIncome", perCapita);
        a.figure("perCapitaDisposableIncome", limit.setScale(2, RoundingMode.HALF_UP));
        if (perCapita.compareTo(limit) < 0) {
            a.reason("INCOME_BELOW_DISPOSABLE_INCOME", () -> "家庭人均年收入" + yuan(perCapita) + "，低于当地上年居民人均可支配收入"
                    + yuan(limit), OPINION + "二(一)");
            return true;
        }
        a.reason("INCOME_NOT_BELOW_DISPOSABLE_INCOME", () -> "家庭人均年收入" + yuan(perCapita) + "，不低于当地上年居民人均可支配收入"
                + yuan(limit) + "，不属于支出型临时救助对象", OPINION + "二(一)");
        return false;
    }

    private static BigDecimal listedAnnualIncome(Household household) {
        BigDecimal annual = BigDecimal.ZERO;
        if (household.incomes() != null) {
            for (Income income : household.incomes()) {
                annual = annual.add(income.annual() != null ? income.annual() : income.monthly().multiply(MONTHS_PER_YEAR));
            }
        }
        return annual;
    }

    /** 民发〔2018〕23号二(三): the standard may be linked to the 低保 standard; the cap is per person. */
    private static BigDecimal cap(Assessment a, int members) {
        Parameters p = a.parameters();
        BigDecimal multiple = p.decimal("temporary.perPersonCapMultiple");
        BigDecimal standard = p.decimal("dibao.standard");
        BigDecimal cap = a.step("cap", multiple.multiply(standard).multiply(BigDecimal.valueOf(members))
                        .setScale(2, RoundingMode.HALF_UP),
                () -> "低保标准" + yuan(standard) + " × " + plain(multiple) + " × " + members + "人", OPINION + "二(三)");
        a.figure("cap", cap);
        return cap;
    }

    /** The request up to the cap, and not below the local smallest grant (which wins over the cap). */
    private static BigDecimal amount(Assessment a, BigDecimal requested, BigDecimal cap) {
        BigDecimal asked = requested.setScale(2, RoundingMode.HALF_UP);
        a.figure("requested", asked);
        BigDecimal amount = asked;
        if (asked.compareTo(cap) > 0) {
            amount = cap;
            a.reason("CAPPED", () -> "申请金额" + yuan(asked) + "超过救助上限" + yuan(cap) + "，按上限救助", OPINION + "二(三)");
        } else {
            a.reason("WITHIN_CAP", () -> "申请金额" + yuan(asked) + "不超过救助上限" + yuan(cap), OPINION + "二(三)");
        }
        BigDecimal minimum = a.parameters().decimal("temporary.minimumGrant");
        if (amount.signum() > 0 && amount.compareTo(minimum) < 0) {
            BigDecimal raised = minimum.setScale(2, RoundingMode.HALF_UP);
            a.reason("MINIMUM_GRANT", () -> "救助金额不低于当地单次最低救助额" + yuan(raised), LOCAL_RULE + "（单次最低救助金额）");
            amount = raised;
        }
        BigDecimal granted = amount;
        return a.step("amount", granted, () -> "救助金额" + yuan(granted), OPINION + "二(三)");
    }

    /** 《社会救助暂行办法》第四十八条, 民发〔2018〕23号二(二): townships approve small amounts, the county above, the city beyond. */
    private static ApprovalLevel approvalLevel(Assessment a, BigDecimal amount) {
        Parameters p = a.parameters();
        BigDecimal township = p.decimal("temporary.townshipApprovalLimit");
        if (amount.compareTo(township) <= 0) {
            a.reason("APPROVAL_TOWNSHIP", () -> "救助金额" + yuan(amount) + "不超过乡镇（街道）审批额度" + yuan(township)
                    + "，由乡镇（街道）审批", OPINION + "二(二)；《社会救助暂行办法》第四十八条");
            return ApprovalLevel.TOWNSHIP;
        }
        BigDecimal county = p.decimal("temporary.countyApprovalLimit");
        if (amount.compareTo(county) <= 0) {
            a.reason("APPROVAL_COUNTY", () -> "救助金额" + yuan(amount) + "超过乡镇（街道）审批额度" + yuan(township)
                    + "，由县级民政部门审批", "《社会救助暂行办法》第四十八条");
            return ApprovalLevel.COUNTY;
        }
        a.reason("APPROVAL_CITY", () -> "救助金额" + yuan(amount) + "超过县级审批额度" + yuan(county)
                + "，报市级“一事一议”审批", "《关于改革完善社会救助制度的意见》（重大困难“一事一议”）");
        return ApprovalLevel.CITY;
    }

    /**
     * An emergency is decided within so many hours of the event, in calendar time: weekends and holidays
     * count. The request gives the day, not the hour, of the event, so the deadline is the last day on which
     * the hours can run out: the day of the event plus the hours divided by 24, rounded up (24 hours: the next
     * day; 48 hours: the day after). The paperwork of help given first is completed within so many working days
     * after that day.
     */
    private static LocalDate emergencyDeadline(Assessment a, Temporary t) {
        Parameters p = a.parameters();
        LocalDate start = t.occurredOn() != null ? t.occurredOn() : a.asOf();
        int hours = p.integer("temporary.emergencyResponseHours");
        LocalDate deadline = start.plusDays((hours + HOURS_PER_DAY - 1) / HOURS_PER_DAY);
        int paperworkDays = p.integer("temporary.emergencyPaperworkWorkingDays");
        LocalDate paperwork = a.calendar().addWorkingDays(deadline, paperworkDays);
        a.figure("responseHours", hours);
        a.figure("paperworkDue", paperwork);
        a.reason("EMERGENCY_HELP_FIRST", () -> (t.occurredOn() != null ? "急难事件发生于" + start : "自" + start + "起")
                + "，应在" + hours + "小时内（按自然时间，含休息日和节假日）先行救助，最迟至" + deadline
                + "；可先行救助、事后补齐经济状况核对、公示等手续", OPINION + "二(二)");
        if (a.explains()) {
            a.note("先行救助后，应在" + paperworkDays + "个工作日内（至" + paperwork + "）补齐审核审批手续，登记救助对象、事由、金额并补签字盖章");
            if (a.asOf().isAfter(deadline)) {
                a.note("评估日已超过急难型救助时限（" + deadline + "）");
            }
            coverage(a, paperwork);
        }
        return deadline;
    }

    /** Expenditure cases go through application, acceptance, review and approval, in working days. */
    private static LocalDate expenditureDeadline(Assessment a) {
        int days = a.parameters().integer("temporary.expenditureDecisionWorkingDays");
        LocalDate deadline = a.calendar().addWorkingDays(a.asOf(), days);
        a.reason("EXPENDITURE_PROCEDURE", () -> "支出型救助按申请、受理、审核、审批程序办理，自" + a.asOf() + "起" + days
                + "个工作日内（至" + deadline + "）作出决定", OPINION + "二(二)；" + LOCAL_RULE + "（审批时限）");
        if (a.explains()) {
            coverage(a, deadline);
        }
        return deadline;
    }

    private static void coverage(Assessment a, LocalDate until) {
        for (int year = a.asOf().getYear(); year <= until.getYear(); year++) {
            if (!a.calendar().covers(year)) {
                a.note(year + "年节假日安排未收录，工作日按周一至周五计算，期限可能有误");
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
