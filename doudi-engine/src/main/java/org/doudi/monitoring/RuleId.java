package org.doudi.monitoring;

/**
 * The built-in rules of contracts/feeds.md, by their fixed ids, in the contract's order (the order of
 * {@code findings.csv}). Each has its Chinese title, severity, the text it rests on, and the recommendation
 * the caseworker sees.
 */
public enum RuleId {
    DEATH_OF_RECIPIENT("在保对象死亡", Severity.HIGH,
            "民发〔2022〕83号一(三)：家庭成员死亡的，3个月内重新核查",
            "自死亡次月起停发该成员保障金，3个月内重新核查家庭状况并办理减发或停发"),
    /** The death is before the first day of the month before the as-of month (more than one payment month old). */
    PAID_AFTER_DEATH("死亡后仍发放", Severity.HIGH,
            "民发〔2021〕57号《最低生活保障审核确认办法》动态管理；民发〔2022〕83号一(三)",
            "立即停发，核实死亡后多发的保障金并依法追回"),
    /** More vehicles of types outside {@code monitoring.vehicles.exemptTypes} than {@code dibao.assets.vehiclesAllowed}. */
    VEHICLE_OWNED("拥有机动车", Severity.MEDIUM,
            "民发〔2021〕57号第十四条：家庭财产包括机动车辆；豁免类型见 monitoring.vehicles.exemptTypes",
            "入户核实车辆的实际使用与价值，按财产规定复核保障资格"),
    /** A property type outside {@code monitoring.realEstate.residentialTypes}, or more homes than {@code dibao.assets.homesAllowed}. */
    REAL_ESTATE_OWNED("拥有超标房产", Severity.MEDIUM,
            "民发〔2021〕57号第十四条：家庭财产包括房屋；dibao.assets.homesAllowed、dibao.assets.nonResidentialPropertyAllowed",
            "核实房产用途与套数，按财产规定复核保障资格"),
    /** Status {@code ACTIVE} (存续) only; cancelled and revoked registrations do not count. */
    BUSINESS_REGISTERED("有在营市场主体", Severity.MEDIUM,
            "民发〔2021〕57号第十四条；dibao.assets.businessAllowed",
            "核实经营状况与收入，重新核算家庭收入"),
    HOUSING_FUND_CONTRIBUTIONS("缴存住房公积金", Severity.MEDIUM,
            "民发〔2021〕57号第十条：工资性收入计入家庭收入",
            "核实工资收入，重新核算家庭收入"),
    /** An {@code EMPLOYED} event after the household's enrolment date (a job held before it was known then). */
    EMPLOYMENT_STARTED("家庭成员新就业", Severity.MEDIUM,
            "民发〔2021〕57号第三十三条：就业成本扣减与渐退",
            "重新核算家庭收入（扣除就业成本），符合条件的给予渐退期"),
    /**
     * Out-of-pocket spending of all members settled in the last {@code monitoring.medical.windowMonths} (12)
     * months exceeds max({@code monitoring.medical.outOfPocketFloor} (20,000 元), {@code
     * rigidExpenditure.shareThreshold} (0.6) × {@code dibao.standard} × 12 × members): the rigid-expenditure
     * share of the household's annual income at the Dibao standard, with a floor. Households in payment or
     * monitored; the subject is the member who paid most. With the generator's conventions every plant (at
     * least max(60,000, 2 × marginal bound × members)) is above it and every decoy (one stay in hospital a year
     * at most, a few thousand 元) far below.
     */
    HIGH_MEDICAL_SPENDING("高额医疗自付支出", Severity.MEDIUM,
            "《刚性支出困难家庭认定办法》；预警线见 monitoring.medical.outOfPocketFloor、rigidExpenditure.shareThreshold",
            "联系家庭，评估刚性支出困难认定或临时救助（支出型）"),
    /**
     * A valid severe certificate issued within {@code monitoring.disability.newCertificateMonths} that the registry
     * does not already record, for a person outside the registry or in a low-income (no programme), marginal or
     * terminated household.
     */
    NEW_SEVERE_DISABILITY("新发重度残疾证", Severity.MEDIUM,
            "民发〔2021〕57号第八条：重度残疾人单独提出申请；残疾人两项补贴",
            "告知并协助申请单人户低保和残疾人两项补贴"),
    /** A household with status {@code MONITORED} or programme {@code MARGINAL}. */
    UNEMPLOYED_LOW_INCOME("低收入家庭成员失业登记", Severity.LOW,
            "《关于加强低收入人口动态监测做好分层分类社会救助工作的意见》",
            "核查家庭收入变化，评估是否符合低保或临时救助条件，转介就业帮扶"),
    /**
     * Status {@code AT_RISK}, annual per-capita income below {@code marginal.multiple} × {@code dibao.standard} × 12;
     * covered means in payment or a monitored marginal household.
     */
    RELAPSE_RISK_NOT_COVERED("防返贫监测对象未纳入救助", Severity.MEDIUM,
            "民发〔2022〕83号：防止返贫监测对象符合条件的及时纳入社会救助；marginal.multiple",
            "入户核查家庭经济状况，符合条件的纳入低保或低保边缘"),
    /** Every student of a household in payment or of a marginal household. */
    STUDENT_IN_LOW_INCOME_HOUSEHOLD("低收入家庭在校学生", Severity.LOW,
            "教育资助政策：低保、特困、低保边缘家庭学生优先资助",
            "转介教育部门落实学生资助"),
    HOTLINE_HARDSHIP("12345生活困难求助", Severity.HIGH,
            "《关于改革完善社会救助制度的意见》：主动发现、先行救助",
            "尽快联系求助人了解困难情况，必要时先行救助"),
    /** One number in two households of the registry, or in payment here and in {@code persons_neighbour.*}. */
    DUPLICATE_ENROLMENT("重复享受", Severity.HIGH,
            "民发〔2021〕57号：同一人不得在两地重复享受最低生活保障",
            "与相关地区核实户籍与经常居住地，停发重复部分"),
    ACCOUNT_HOLDER_MISMATCH("收款账户户名不符", Severity.HIGH,
            "社会救助资金社会化发放：资金发放至救助对象本人或申请人账户；代管须有委托协议",
            "核实账户户名与代管协议，无协议的改为本人账户"),
    /** The same account on the applicant rows of two or more households in payment. */
    SHARED_ACCOUNT("多户共用收款账户", Severity.HIGH,
            "社会救助资金社会化发放：一户一账户",
            "核实账户归属，每户使用本户账户"),
    /**
     * An extreme-poverty person in payment who reached {@code extremePoverty.minorLimitAge} within
     * {@code monitoring.minorAgesOut.windowMonths}, with no education row and no schooling in the registry.
     */
    MINOR_AGES_OUT("特困未成年人年满18周岁", Severity.MEDIUM,
            "《特困人员认定办法》：未成年人年满18周岁仍在校的可继续供养；extremePoverty.minorLimitAge",
            "复核特困供养资格：不在校的终止未成年人供养，评估转入低保"),
    STAFF_RELATIVE_UNREGISTERED("近亲属未备案", Severity.MEDIUM,
            "民发〔2021〕57号：经办人员和村（居）委会成员近亲属申请的应当单独登记备案",
            "补办近亲属备案，由县级民政部门入户核查");

    private final String title;
    private final Severity severity;
    private final String reference;
    private final String recommendation;

    RuleId(String title, Severity severity, String reference, String recommendation) {
        this.title = title;
        this.severity = severity;
        this.reference = reference;
        this.recommendation = recommendation;
    }

    public String title() {
        return title;
    }

    public Severity severity() {
        return severity;
    }

    public String reference() {
        return reference;
    }

    /** What the caseworker should do, shown verbatim with each finding. */
    public String recommendation() {
        return recommendation;
    }
}
