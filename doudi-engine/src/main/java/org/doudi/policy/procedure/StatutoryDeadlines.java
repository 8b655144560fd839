package org.doudi.policy.procedure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.Parameters;

/**
 * The time limits of 低保 and 特困 casework, from the {@code procedure.*} parameters and the official
 * working-day calendar. A limit "within n working days of a date" does not count that date and ends on the
 * n-th working day after it ({@link WorkingDayCalendar#addWorkingDays}); a publicity period of n days is
 * counted in calendar days from the day after it starts (《民法典》第二百零一条) and, ending on a day off,
 * runs to the next working day (第二百零三条).
 *
 * <p>The parameters are those of the region and date of the case ({@code PolicySource.at}); the caller
 * decides which date that is (normally the date of acceptance).
 */
public final class StatutoryDeadlines {

    private static final String DIBAO = "《最低生活保障审核确认办法》（民发〔2021〕57号）";
    private static final String EXTREME_POVERTY = "《特困人员认定办法》";
    private static final String DELEGATION = "民发〔2022〕83号四(一)";
    private static final String CHILD = "《关于进一步加强事实无人抚养儿童保障工作的意见》（2019）";
    private static final String RIGID = "《刚性支出困难家庭认定办法》";

    private final Parameters parameters;
    private final WorkingDayCalendar calendar;

    private StatutoryDeadlines(Parameters parameters, WorkingDayCalendar calendar) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static StatutoryDeadlines of(Parameters parameters, WorkingDayCalendar calendar) {
        return new StatutoryDeadlines(parameters, calendar);
    }

    /** 低保: the township starts the household's economic investigation (第十五条). */
    public Deadline investigationStart(LocalDate acceptedOn) {
        int days = parameters.integer("procedure.investigationStartWorkingDays");
        return workingDays("investigationStart", acceptedOn, days,
                "自受理之日起" + days + "个工作日内启动家庭经济状况调查", DIBAO + "第十五条");
    }

    /** 低保: the county starts the information verification after the township's request (第十七条). */
    public Deadline verificationStart(LocalDate requestReceivedOn) {
        int days = parameters.integer("procedure.verificationStartWorkingDays");
        return workingDays("verificationStart", requestReceivedOn, days,
                "县级民政部门收到乡镇核对请求后" + days + "个工作日内启动信息核对", DIBAO + "第十七条");
    }

    /** 低保: the end of the publicity of the township's preliminary opinion (第十九条). */
    public Deadline publicNoticeEnd(LocalDate start) {
        return publicity("publicNoticeEnd", start, "初审意见在申请家庭所在村（社区）公示", DIBAO + "第十九条");
    }

    /** 低保: the county's review-and-confirm opinion after receiving the township's file (第二十条). */
    public Deadline countyConfirmation(LocalDate fileReceivedOn) {
        int days = parameters.integer("procedure.countyConfirmWorkingDays");
        return workingDays("countyConfirmation", fileReceivedOn, days,
                "县级民政部门收到乡镇报送材料后" + days + "个工作日内提出审核确认意见", DIBAO + "第二十条");
    }

    /**
     * 低保: the decision, counted from acceptance: the whole process (第二十二条), 20 working days where the
     * review power is delegated to the township (民发〔2022〕83号四(一)), and the longer limit in special cases
     * (objections in the publicity, 人户分离, cross-region applications, a hard investigation), delegated or not.
     */
    public Deadline decision(LocalDate acceptedOn, boolean delegatedToTownship, boolean special) {
        if (special) {
            int days = parameters.integer("procedure.totalWorkingDaysSpecial");
            return workingDays("decision", acceptedOn, days,
                    "特殊情况（公示有异议、人户分离、异地申办或者调查难度较大等）自受理之日起可延长至" + days + "个工作日",
                    DIBAO + "第二十二条；" + DELEGATION);
        }
        if (delegatedToTownship) {
            int days = parameters.integer("procedure.townshipConfirmTotalWorkingDays");
            return workingDays("decision", acceptedOn, days,
                    "审核确认权限下放至乡镇（街道）的，自受理之日起" + days + "个工作日内作出决定", DELEGATION);
        }
        int days = parameters.integer("procedure.totalWorkingDays");
        return workingDays("decision", acceptedOn, days,
                "自受理之日起" + days + "个工作日内完成审核确认", DIBAO + "第二十二条");
    }

    /** 低保: the written notice of a refusal, with its reasons (第二十一条). */
    public Deadline refusalNotice(LocalDate decidedOn) {
        int days = parameters.integer("procedure.refusalNoticeWorkingDays");
        return workingDays("refusalNotice", decidedOn, days,
                "不予批准的，作出决定之日起" + days + "个工作日内书面告知申请人并说明理由", DIBAO + "第二十一条");
    }

    /** 特困: the township's investigation and preliminary opinion (第十三条); also a re-investigation after an objection (第十五条). */
    public Deadline extremePovertyTownshipOpinion(LocalDate acceptedOn) {
        int days = parameters.integer("procedure.extremePoverty.townshipWorkingDays");
        return workingDays("extremePovertyTownshipOpinion", acceptedOn, days,
                "乡镇（街道）自受理申请之日起" + days + "个工作日内调查核实并提出初审意见",
                EXTREME_POVERTY + "第十三条、第十五条");
    }

    /** 特困: the end of the publicity of the preliminary opinion (第十五条). */
    public Deadline extremePovertyPublicNoticeEnd(LocalDate start) {
        return publicity("extremePovertyPublicNoticeEnd", start, "初审意见在申请人所在村（社区）公示",
                EXTREME_POVERTY + "第十五条");
    }

    /** 特困: the county's confirmation, random re-check included (第十六条). */
    public Deadline extremePovertyCountyConfirmation(LocalDate fileReceivedOn) {
        int days = parameters.integer("procedure.extremePoverty.countyWorkingDays");
        return workingDays("extremePovertyCountyConfirmation", fileReceivedOn, days,
                "县级民政部门全面审核并随机抽查核实，" + days + "个工作日内提出确认意见", EXTREME_POVERTY + "第十六条");
    }

    /** 特困: the written notice of a refusal (第十八条). */
    public Deadline extremePovertyRefusalNotice(LocalDate decidedOn) {
        int days = parameters.integer("procedure.refusalNoticeWorkingDays");
        return workingDays("extremePovertyRefusalNotice", decidedOn, days,
                "不符合条件、不予同意的，作出决定" + days + "个工作日内书面告知申请人并说明理由", EXTREME_POVERTY + "第十八条");
    }

    /**
     * 特困: how many files of a batch the county must re-check at random: at least the share of the batch
     * (第十六条), rounded up, since a share "不低于30%" is not met by rounding down.
     */
    public int extremePovertyRecheckCount(int batchSize) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must not be negative: " + batchSize);
        }
        BigDecimal share = parameters.decimal("procedure.extremePoverty.recheckShare");
        return share.multiply(BigDecimal.valueOf(batchSize)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** 特困: the decision on an objection to a proposed termination (第二十六条). */
    public Deadline extremePovertyTerminationObjection(LocalDate objectionOn) {
        int days = parameters.integer("procedure.extremePoverty.terminationObjectionWorkingDays");
        return workingDays("extremePovertyTerminationObjection", objectionOn, days,
                "终止供养公示有异议的，" + days + "个工作日内调查核实并作出决定", EXTREME_POVERTY + "第二十六条");
    }

    /** 事实无人抚养儿童: the township's verification (《关于进一步加强事实无人抚养儿童保障工作的意见》二). */
    public Deadline childTownshipVerification(LocalDate acceptedOn) {
        int days = parameters.integer("procedure.child.townshipWorkingDays");
        return workingDays("childTownshipVerification", acceptedOn, days,
                "乡镇（街道）自受理之日起" + days + "个工作日内完成调查核实（不公示）", CHILD + "二");
    }

    /** 事实无人抚养儿童: the county's confirmation (《关于进一步加强事实无人抚养儿童保障工作的意见》二). */
    public Deadline childCountyConfirmation(LocalDate fileReceivedOn) {
        int days = parameters.integer("procedure.child.countyWorkingDays");
        return workingDays("childCountyConfirmation", fileReceivedOn, days,
                "县级民政部门" + days + "个工作日内完成审核确认", CHILD + "二");
    }

    /** 刚性支出困难家庭: the decision, counted from acceptance (第八条). */
    public Deadline rigidExpenditureDecision(LocalDate acceptedOn, boolean special) {
        int days = parameters.integer(special ? "procedure.rigidExpenditure.totalWorkingDaysSpecial"
                : "procedure.rigidExpenditure.totalWorkingDays");
        return workingDays("decision", acceptedOn, days,
                (special ? "人户分离或调查难度较大的，" : "") + "自受理之日起" + days + "个工作日内作出认定决定",
                RIGID + "第八条");
    }

    /** 临时救助 (支出型): the decision, counted from acceptance. */
    public Deadline temporaryDecision(LocalDate acceptedOn) {
        int days = parameters.integer("temporary.expenditureDecisionWorkingDays");
        return workingDays("decision", acceptedOn, days, "自受理之日起" + days + "个工作日内作出审批决定",
                parameters.get("temporary.expenditureDecisionWorkingDays").citation());
    }

    /** 临时救助 (急难型): help within the pack's hours of the application. */
    public Deadline emergencyResponse(LocalDate appliedOn) {
        int hours = parameters.integer("temporary.emergencyResponseHours");
        LocalDate due = appliedOn.plusDays((hours + 23) / 24);
        return new Deadline("emergencyResponse", due, "急难型临时救助，" + hours + "小时内完成审核审批并实施救助",
                parameters.get("temporary.emergencyResponseHours").citation(), covered(appliedOn, due));
    }

    /** 临时救助 (急难型): the paperwork after help-first. */
    public Deadline emergencyPaperwork(LocalDate helpedOn) {
        int days = parameters.integer("temporary.emergencyPaperworkWorkingDays");
        return workingDays("emergencyPaperwork", helpedOn, days, "先行救助后" + days + "个工作日内补齐审核审批手续",
                parameters.get("temporary.emergencyPaperworkWorkingDays").citation());
    }

    private Deadline workingDays(String name, LocalDate start, int days, String rule, String reference) {
        Objects.requireNonNull(start, "start");
        LocalDate due = calendar.addWorkingDays(start, days);
        return new Deadline(name, due, rule, reference, covered(start, due));
    }

    private Deadline publicity(String name, LocalDate start, String what, String reference) {
        Objects.requireNonNull(start, "start");
        int days = parameters.integer("procedure.publicNoticeDays");
        LocalDate end = start.plusDays(days);
        String rule = what + "，公示期为" + days + "天，自公示次日起算";
        if (!calendar.isWorkingDay(end)) {
            end = calendar.nextWorkingDay(end);
            rule += "；期间最后一日为休息日或法定节假日的，顺延至其后第一个工作日";
        }
        return new Deadline(name, end, rule, reference + "；《中华人民共和国民法典》第二百零一条、第二百零三条",
                covered(start, end));
    }

    private boolean covered(LocalDate start, LocalDate end) {
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            if (!calendar.covers(year)) {
                return false;
            }
        }
        return true;
    }
}
