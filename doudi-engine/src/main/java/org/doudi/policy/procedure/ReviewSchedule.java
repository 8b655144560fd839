package org.doudi.policy.procedure;

import java.time.LocalDate;
import org.doudi.kernel.Programme;
import org.doudi.policy.Parameters;

/**
 * When a household in a programme must next be reviewed (《最低生活保障审核确认办法》第三十一条; 特困 yearly), and
 * the limits of the reviews that events force: a death in the household (民发〔2022〕83号一(三)), a minor in
 * extreme-poverty support turning of age while not in school (《特困人员认定办法》第二十四条注).
 */
public final class ReviewSchedule {

    private final Parameters parameters;

    public ReviewSchedule(Parameters parameters) {
        this.parameters = parameters;
    }

    /** A periodic review, counted from the last decision on the household. */
    public Deadline periodic(Programme programme, LocalDate lastDecidedOn, boolean unstableIncomeWithWorkCapacity) {
        String name;
        String rule;
        if (programme == Programme.EXTREME_POVERTY) {
            name = "procedure.review.extremePovertyMonths";
            rule = "特困人员每年核查一次";
        } else if (programme == Programme.RIGID_EXPENDITURE) {
            name = "procedure.rigidExpenditure.validityMonths";
            rule = "刚性支出困难家庭认定有效期届满，重新认定";
        } else if (unstableIncomeWithWorkCapacity) {
            name = "procedure.review.unstableMonths";
            rule = "收入来源不固定、家庭成员有劳动能力，定期核查";
        } else {
            name = "procedure.review.stableMonths";
            rule = "经济状况短期内变化不大，定期核查";
        }
        int months = parameters.integer(name);
        return new Deadline("periodicReview", lastDecidedOn.plusMonths(months), rule + "（" + months + "个月）",
                parameters.get(name).citation(), true);
    }

    /** A death in the household: re-check and complete increase / decrease / suspend within the limit. */
    public Deadline afterDeath(LocalDate diedOn) {
        int months = parameters.integer("procedure.review.deathRecheckMonths");
        return new Deadline("deathReview", diedOn.plusMonths(months),
                "家庭成员死亡后" + months + "个月内重新核查，办理增发、减发、停发手续",
                parameters.get("procedure.review.deathRecheckMonths").citation(), true);
    }

    /**
     * A minor supported as extreme-poor reaches the age limit: support continues only while in compulsory
     * education, senior high or secondary vocational school, so the case is reviewed on that birthday.
     */
    public Deadline ageingOut(LocalDate birthDate) {
        int age = parameters.integer("extremePoverty.minorLimitAge");
        return new Deadline("ageingOut", birthDate.plusYears(age),
                "未成年特困人员年满" + age + "周岁，仍在接受义务教育或在普通高中、中等职业学校就读的继续供养，否则终止",
                parameters.get("extremePoverty.minorLimitAge").citation(), true);
    }
}
