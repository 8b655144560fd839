package org.doudi.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every parameter a calculator may read: its name, unit and meaning. The names marked {@code contract} are
 * fixed by contracts/assessment.md; the others are Doudi's own. Every shipped region's packs must resolve
 * every name at every date from {@link #FIRST_DATE} (checked at start-up and in a test).
 */
public final class PolicyCatalogue {

    /** Packs must resolve every name from this date on. */
    public static final java.time.LocalDate FIRST_DATE = java.time.LocalDate.of(2021, 7, 1);

    /** One parameter of the catalogue. */
    public record Entry(String name, Unit unit, boolean contract, String meaning) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static void contract(String name, Unit unit, String meaning) {
        ENTRIES.put(name, new Entry(name, unit, true, meaning));
    }

    private static void own(String name, Unit unit, String meaning) {
        ENTRIES.put(name, new Entry(name, unit, false, meaning));
    }

    static {
        // 最低生活保障
        contract("dibao.standard", Unit.YUAN_PER_PERSON_MONTH, "低保标准");
        own("dibao.mode", Unit.ENUM, "保障金计算方式：GAP 差额 / TIERED 分档");
        own("dibao.tiers", Unit.TABLE, "分档：[{incomeBelowShare: 人均收入低于标准的比例, benefitShare: 按标准的比例发放}]，收入由低到高");
        contract("dibao.rounding", Unit.ENUM, "取整：HOUSEHOLD_TOTAL_TO_YUAN / PER_CAPITA_GAP_TO_YUAN / TO_CENT");
        contract("dibao.minimumTopUpShare", Unit.RATIO, "补差不足标准此比例的，按此比例发放（0为不设）");
        contract("dibao.classifiedSupplement", Unit.TABLE, "分类施保：{ELDERLY, MINOR, SEVERE_DISABILITY, SERIOUS_ILLNESS} 元/人·月");
        own("dibao.classifiedSupplement.elderlyAge", Unit.YEARS, "分类施保中老年人的年龄下限");
        own("dibao.adultAge", Unit.YEARS, "成年年龄：分类施保的未成年人指不满此年龄者；成年无业重度残疾人参照单人户");
        own("dibao.classifiedSupplement.stacking", Unit.ENUM, "一人符合多类时：HIGHEST 取最高 / SUM 累加 / HIGHEST_PLUS_DISABLED 取最高另加残疾人类");
        contract("dibao.employmentDeduction.monthly", Unit.YUAN_PER_MONTH, "新就业成员每月不计入的就业成本");
        contract("dibao.employmentDeduction.months", Unit.MONTHS, "就业成本扣减期限");
        own("dibao.workCostDeduction.monthly", Unit.YUAN_PER_MONTH, "外出务工/返岗务工成本扣减（疫情期间等专项政策，0为不设）");
        own("dibao.income.excludedTypes", Unit.TABLE, "不计入家庭收入的收入类型列表");
        own("dibao.income.residentBasicPensionExcluded", Unit.BOOLEAN, "城乡居民基本养老保险基础养老金不计入收入（“十四五”时期）");
        own("dibao.rigidExpenditureDeduction", Unit.BOOLEAN, "是否扣减因残疾、患重病等产生的刚性支出");
        contract("dibao.assets.perCapitaLimit", Unit.YUAN, "人均货币财产上限（可按家庭人数：{default, \"1\", \"2\", ...}）");
        own("dibao.assets.vehiclesAllowed", Unit.COUNT, "允许拥有的非豁免机动车数量");
        own("dibao.assets.homesAllowed", Unit.COUNT, "允许拥有的住房套数");
        own("dibao.assets.nonResidentialPropertyAllowed", Unit.BOOLEAN, "是否允许拥有非居住类房产");
        own("dibao.assets.businessAllowed", Unit.BOOLEAN, "是否允许有经营实体");
        contract("dibao.gradualExit.schedule", Unit.RATIO_LIST, "渐退期各月按原保障金的发放比例");
        contract("dibao.gradualExit.incomeCeilingMultiple", Unit.RATIO, "人均收入低于标准的此倍数时给予渐退");
        own("dibao.exitsSuspended", Unit.BOOLEAN, "暂停退出（如疫情期间）");
        own("dibao.excludedMembers.religiousAbsenceYears", Unit.YEARS, "宗教教职人员离家满此年数不计入家庭成员");
        own("dibao.singlePersonUnit.benefitShare", Unit.RATIO, "单人户（低保边缘家庭中重残重病者）按标准此比例的最低保障（0为按差额）");
        // 低保边缘、刚性支出
        contract("marginal.multiple", Unit.RATIO, "低保边缘家庭收入上限为低保标准的倍数");
        contract("marginal.upperBoundInclusive", Unit.BOOLEAN, "收入恰为上限时是否仍属低保边缘");
        own("marginal.assets.perCapitaLimit", Unit.YUAN, "低保边缘家庭人均货币财产上限");
        own("marginal.householdAidShare", Unit.RATIO, "低保边缘家庭每户每月救助金为低保标准的比例（0为不发）");
        own("region.perCapitaDisposableIncome", Unit.YUAN_PER_PERSON_YEAR, "上年度居民人均可支配收入");
        own("region.minimumWage", Unit.YUAN_PER_MONTH, "上年度最低月工资标准");
        own("rigidExpenditure.shareThreshold", Unit.RATIO, "刚性支出占家庭总收入比例超过此值");
        own("rigidExpenditure.marginalSpendingRule", Unit.BOOLEAN, "低保边缘家庭年支出超过上年收入的给予基本生活救助（天津）");
        // 监测预警（org.doudi.monitoring 的内置规则）
        own("monitoring.vehicles.exemptTypes", Unit.TABLE, "不计入财产的车辆类型（车管“车辆类型”）列表：残疾人专用车、摩托车、电动自行车等");
        own("monitoring.realEstate.residentialTypes", Unit.TABLE, "计为住房的不动产规划用途列表；其他用途均为非居住类房产");
        own("monitoring.medical.windowMonths", Unit.MONTHS, "高额医疗支出：统计自付费用的月数（截至核对日）");
        own("monitoring.medical.outOfPocketFloor", Unit.YUAN, "高额医疗支出：自付金额的最低预警线（户）");
        own("monitoring.disability.newCertificateMonths", Unit.MONTHS, "新发残疾证：发证在此月数之内");
        own("monitoring.minorAgesOut.windowMonths", Unit.MONTHS, "特困未成年人年满18周岁后在此月数内预警");
        // 发放稽核（org.doudi.payroll 的发放前规则）
        own("payroll.recomputeTolerance", Unit.YUAN, "登记保障金高于引擎重算金额超过此数（元/户·月）的，发放前暂扣核查");
        own("payroll.frequentLinesPerAccount", Unit.COUNT, "同一收款账户同月收款超过此笔数的，视为频繁收款");
        own("payroll.largeAmountStandardMultiple", Unit.RATIO, "同一收款账户同月收款合计超过低保标准此倍数的，视为大额收款");
        own("payroll.quarterlyProgrammes", Unit.TABLE, "按季度发放的项目（季末月发放本季三个月）");
        own("payroll.arrearsLookbackMonths", Unit.MONTHS, "补发、追缴回溯核对的月数（此前的已发月份不再自动调整）");
        own("payroll.uncollectedMonths", Unit.MONTHS, "连续未领取（发放失败）达此月数的，提示入户核查");
        // 特困
        contract("extremePoverty.basicStandardMultiple", Unit.RATIO, "基本生活标准不低于低保标准的倍数");
        contract("extremePoverty.basicStandardRounding", Unit.ENUM, "CEIL_YUAN / ROUND_YUAN / TO_CENT");
        own("extremePoverty.basicStandard", Unit.YUAN_PER_PERSON_MONTH, "公布的基本生活标准（0为按倍数计算）");
        contract("extremePoverty.careStandard", Unit.TABLE, "照料护理标准：{ABLE, PARTLY_LOST, FULLY_LOST} 元/人·月");
        own("extremePoverty.oldAge", Unit.YEARS, "视为无劳动能力的年龄下限");
        own("extremePoverty.youngAge", Unit.YEARS, "视为无劳动能力的年龄上限（不满）");
        own("extremePoverty.minorLimitAge", Unit.YEARS, "未成年人特困供养延至的年龄");
        own("extremePoverty.disabilityGrades", Unit.TABLE, "视为无劳动能力的残疾：{类别: 最轻等级}");
        own("extremePoverty.selfCare.partlyLostItems", Unit.COUNT, "六项中不能完成此项数起为部分丧失");
        own("extremePoverty.selfCare.fullyLostItems", Unit.COUNT, "六项中不能完成此项数起为完全丧失");
        own("extremePoverty.income.excludedTypes", Unit.TABLE, "特困认定中不计入收入的收入类型列表");
        own("extremePoverty.supporter.oldAge", Unit.YEARS, "赡养人年满此岁且收入低于上年人均可支配收入的视为无履行能力");
        own("extremePoverty.supporter.dibaoAge", Unit.YEARS, "法定义务人为低保对象且年满此岁的视为无履行能力");
        own("extremePoverty.supporter.severeDisabilityGrades", Unit.TABLE, "法定义务人视为重度残疾的残疾：{类别: 最轻等级}（0为不适用）");
        // 临时救助
        contract("temporary.townshipApprovalLimit", Unit.YUAN, "乡镇（街道）审批上限，超过由县级审批");
        own("temporary.countyApprovalLimit", Unit.YUAN, "县级审批上限，超过由市级“一事一议”");
        contract("temporary.perPersonCapMultiple", Unit.RATIO, "每人救助上限为月低保标准的倍数");
        contract("temporary.minimumGrant", Unit.YUAN, "单次最低救助金额");
        contract("temporary.sameCauseLimitPerYear", Unit.COUNT, "同一事由每年救助次数");
        own("temporary.emergencyResponseHours", Unit.HOURS, "急难型救助决定时限");
        own("temporary.emergencyPaperworkWorkingDays", Unit.WORKING_DAYS, "先行救助后补齐手续时限");
        own("temporary.expenditureDecisionWorkingDays", Unit.WORKING_DAYS, "支出型救助审批时限");
        // 残疾人两项补贴、高龄津贴、事实无人抚养儿童
        own("disability.living.monthly", Unit.YUAN_PER_MONTH, "困难残疾人生活补贴");
        own("disability.living.eligibleProgrammes", Unit.TABLE, "可领取生活补贴的家庭类别（DIBAO、MARGINAL…）");
        own("disability.care.monthly", Unit.TABLE, "重度残疾人护理补贴：{\"1\": 一级, \"2\": 二级, \"3\": 三级智力/精神}");
        own("disability.care.grade3IntellectualMental", Unit.BOOLEAN, "三级智力、精神残疾是否纳入护理补贴");
        contract("oldAgeAllowance.tiers", Unit.TABLE, "高龄津贴：[{fromAge, monthly}]");
        own("oldAgeAllowance.meansTestedBelowAge", Unit.YEARS, "此年龄以下仅限低保、低收入老人（0为不限）");
        contract("unsupportedChild.standard", Unit.YUAN_PER_MONTH, "事实无人抚养儿童基本生活补贴标准");
        own("unsupportedChild.lostContactMonths", Unit.MONTHS, "父母失联、服刑等满此月数");
        own("unsupportedChild.ageLimit", Unit.YEARS, "事实无人抚养儿童的年龄上限（不满）");
        // 法定程序时限（供经办使用）
        own("procedure.investigationStartWorkingDays", Unit.WORKING_DAYS, "受理后启动家庭经济状况调查");
        own("procedure.verificationStartWorkingDays", Unit.WORKING_DAYS, "县级收到核对请求后启动信息核对");
        own("procedure.publicNoticeDays", Unit.DAYS, "公示期");
        own("procedure.countyConfirmWorkingDays", Unit.WORKING_DAYS, "县级审核确认");
        own("procedure.totalWorkingDays", Unit.WORKING_DAYS, "自受理至决定");
        own("procedure.totalWorkingDaysSpecial", Unit.WORKING_DAYS, "特殊情况延长至");
        own("procedure.townshipConfirmTotalWorkingDays", Unit.WORKING_DAYS, "委托乡镇审核确认的总时限");
        own("procedure.refusalNoticeWorkingDays", Unit.WORKING_DAYS, "不予批准的书面通知");
        own("procedure.extremePoverty.townshipWorkingDays", Unit.WORKING_DAYS, "特困：乡镇调查并提出初审意见");
        own("procedure.extremePoverty.countyWorkingDays", Unit.WORKING_DAYS, "特困：县级审核确认（含抽查）");
        own("procedure.extremePoverty.recheckShare", Unit.RATIO, "特困：县级随机抽查比例");
        own("procedure.extremePoverty.terminationObjectionWorkingDays", Unit.WORKING_DAYS, "特困：终止公示有异议的核实决定");
        own("procedure.child.townshipWorkingDays", Unit.WORKING_DAYS, "事实无人抚养儿童：乡镇调查核实");
        own("procedure.child.countyWorkingDays", Unit.WORKING_DAYS, "事实无人抚养儿童：县级审核确认");
        own("procedure.rigidExpenditure.totalWorkingDays", Unit.WORKING_DAYS, "刚性支出困难家庭：自受理至认定");
        own("procedure.rigidExpenditure.totalWorkingDaysSpecial", Unit.WORKING_DAYS, "刚性支出困难家庭：特殊情况延长至");
        own("procedure.rigidExpenditure.validityMonths", Unit.MONTHS, "刚性支出困难家庭：认定有效期");
        own("procedure.confirmationDelegatedToTownship", Unit.BOOLEAN, "县级民政部门是否委托乡镇（街道）审核确认");
        own("procedure.review.stableMonths", Unit.MONTHS, "收入相对稳定的低保家庭复核周期");
        own("procedure.review.unstableMonths", Unit.MONTHS, "收入不稳定且有劳动能力成员的低保家庭复核周期");
        own("procedure.review.extremePovertyMonths", Unit.MONTHS, "特困人员复核周期");
        own("procedure.review.deathRecheckMonths", Unit.MONTHS, "家庭成员死亡后复核的期限");
    }

    private PolicyCatalogue() {
    }

    public static List<Entry> entries() {
        return List.copyOf(ENTRIES.values());
    }

    public static Optional<Entry> find(String name) {
        return Optional.ofNullable(ENTRIES.get(name));
    }
}
