package org.doudi.policy.extremepoverty;

import org.doudi.policy.Wording;

import static org.doudi.policy.extremepoverty.Texts.LAW;
import static org.doudi.policy.Wording.yuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Asset;
import org.doudi.policy.AssessmentRequest.Household;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Parameters;

/**
 * 无生活来源 (第六条): the person's own income below the local 低保 standard, and property within the local
 * rule (第七条). No national 特困 property rule exists and packs have none of their own, so the local 低保
 * property limits ({@code dibao.assets.*}) stand in for it.
 */
final class LivelihoodRule {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private LivelihoodRule() {
    }

    static boolean assess(Assessment a, Member subject) {
        boolean income = incomeBelowStandard(a, subject);
        boolean property = propertyWithinLimits(a);
        return income && property;
    }

    private static boolean incomeBelowStandard(Assessment a, Member subject) {
        Parameters p = a.parameters();
        List<?> excluded = (List<?>) p.get("extremePoverty.income.excludedTypes").value();
        Household household = a.request().household();
        boolean alone = a.members().size() == 1;
        BigDecimal counted = BigDecimal.ZERO;
        if (household.incomes() != null) {
            for (Income income : household.incomes()) {
                if (isSubjects(income, subject, alone) && !excluded.contains(income.type().name())) {
                    counted = counted.add(monthly(income));
                }
            }
        }
        BigDecimal countedIncome = counted.setScale(2, RoundingMode.HALF_UP);
        a.step("countedMonthlyIncome", countedIncome, () -> explainIncome(household, subject, alone, excluded),
                LAW + "第六条");
        a.figure("countedMonthlyIncome", countedIncome);
        BigDecimal standard = p.decimal("dibao.standard");
        a.figure("standard", standard.setScale(2, RoundingMode.HALF_UP));
        boolean below = countedIncome.compareTo(standard) < 0;
        if (below) {
            a.reason("INCOME_BELOW_STANDARD", () -> "本人月收入" + yuan(countedIncome) + "，低于当地低保标准" + yuan(standard),
                    LAW + "第六条");
        } else {
            a.reason("INCOME_NOT_BELOW_STANDARD", () -> "本人月收入" + yuan(countedIncome) + "，不低于当地低保标准"
                    + yuan(standard) + "，不属于无生活来源", LAW + "第六条");
        }
        return below;
    }

    /** An income is the subject's if it names the subject, or names nobody in a one-person household. */
    private static boolean isSubjects(Income income, Member subject, boolean alone) {
        return income.member() == null ? alone : income.member().equals(subject.id());
    }

    private static BigDecimal monthly(Income income) {
        return income.monthly() != null ? income.monthly()
                : income.annual().divide(MONTHS_PER_YEAR, 10, RoundingMode.HALF_UP);
    }

    private static String explainIncome(Household household, Member subject, boolean alone, List<?> excluded) {
        StringBuilder counted = new StringBuilder();
        StringBuilder left = new StringBuilder();
        if (household.incomes() != null) {
            for (Income income : household.incomes()) {
                if (!isSubjects(income, subject, alone)) {
                    continue;
                }
                StringBuilder target = excluded.contains(income.type().name()) ? left : counted;
                target.append(target.isEmpty() ? "" : "、").append(income.type().name()).append(' ')
                        .append(yuan(monthly(income))).append("/月");
            }
        }
        return "计入：" + (counted.isEmpty() ? "无" : counted) + "；不计入（基础养老金、社会保险、优待抚恤金、高龄津贴等）："
                + (left.isEmpty() ? "无" : left);
    }

    private static boolean propertyWithinLimits(Assessment a) {
        Parameters p = a.parameters();
        Household household = a.request().household();
        int members = a.members().size();
        BigDecimal monetary = BigDecimal.ZERO;
        int vehicles = 0;
        int homes = 0;
        boolean nonResidential = false;
        boolean business = false;
        if (household.assets() != null) {
            for (Asset asset : household.assets()) {
                boolean exempt = Boolean.TRUE.equals(asset.exempt());
                switch (asset.type()) {
                    case DEPOSIT, SECURITIES, INSURANCE -> monetary = exempt || asset.amount() == null ? monetary
                            : monetary.add(asset.amount());
                    case VEHICLE -> vehicles += exempt ? 0 : count(asset);
                    case HOUSE -> homes += count(asset);
                    case NON_RESIDENTIAL_PROPERTY -> nonResidential |= !exempt && count(asset) > 0;
                    case BUSINESS -> business |= !exempt && count(asset) > 0;
                }
            }
        }
        boolean within = true;
        BigDecimal perCapita = monetary.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
        BigDecimal limit = perCapitaLimit(p, members);
        if (perCapita.compareTo(limit) > 0) {
            within = false;
            a.reason("ASSETS_OVER_LIMIT", () -> "人均货币财产" + yuan(perCapita) + "，超过当地规定的" + yuan(limit),
                    LAW + "第六条、第七条（参照当地低保家庭财产规定）");
        }
        int vehiclesAllowed = p.integer("dibao.assets.vehiclesAllowed");
        if (vehicles > vehiclesAllowed) {
            within = false;
            int owned = vehicles;
            a.reason("VEHICLE_OVER_LIMIT", () -> "拥有非豁免机动车" + owned + "辆，当地规定不超过" + vehiclesAllowed + "辆",
                    LAW + "第六条、第七条（参照当地低保家庭财产规定）");
        }
        int homesAllowed = p.integer("dibao.assets.homesAllowed");
        if (homes > homesAllowed) {
            within = false;
            int owned = homes;
            a.reason("HOMES_OVER_LIMIT", () -> "拥有住房" + owned + "套，当地规定不超过" + homesAllowed + "套",
                    LAW + "第六条、第七条（参照当地低保家庭财产规定）");
        }
        if (nonResidential && !p.flag("dibao.assets.nonResidentialPropertyAllowed")) {
            within = false;
            a.reason("NON_RESIDENTIAL_PROPERTY", "拥有非居住类房产，不符合当地财产规定",
                    LAW + "第六条、第七条（参照当地低保家庭财产规定）");
        }
        if (business && !p.flag("dibao.assets.businessAllowed")) {
            within = false;
            a.reason("BUSINESS_OWNED", "有在营市场主体，不符合当地财产规定", LAW + "第六条、第七条（参照当地低保家庭财产规定）");
        }
        if (within) {
            a.reason("ASSETS_WITHIN_LIMIT", () -> "人均货币财产" + yuan(perCapita) + "，不超过" + yuan(limit)
                    + "，财产状况符合当地规定", LAW + "第六条、第七条（参照当地低保家庭财产规定）");
        }
        return within;
    }

    private static int count(Asset asset) {
        return asset.count() == null ? 1 : asset.count();
    }

    /** One amount, or amounts by household size: {@code {default: 30000, "1": 33000}}. */
    private static BigDecimal perCapitaLimit(Parameters p, int members) {
        Object value = p.get("dibao.assets.perCapitaLimit").value();
        if (value instanceof Map<?, ?> bySize) {
            Object limit = bySize.get(String.valueOf(members));
            return Parameters.asDecimal("dibao.assets.perCapitaLimit", limit != null ? limit : bySize.get("default"));
        }
        return Parameters.asDecimal("dibao.assets.perCapitaLimit", value);
    }
}
