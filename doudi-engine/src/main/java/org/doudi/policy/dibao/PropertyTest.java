package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Asset;
import org.doudi.policy.AssessmentRequest.AssetType;
import org.doudi.policy.Parameters;

/**
 * 家庭财产 (第十四条) against the local property rule: monetary assets (deposits, securities, insurance) per
 * counted member within the limit, non-exempt vehicles and homes within the allowed counts, no
 * non-residential property and no business unless allowed. Exempt assets (a disability vehicle and the
 * like) are not counted. Each failing test is a reason with its amounts.
 *
 * @param monetaryAssetsPerCapita monetary assets / counted members, to 分
 */
public record PropertyTest(boolean passed, BigDecimal monetaryAssetsPerCapita, BigDecimal limitPerCapita) {

    static final String DIBAO_LIMIT = "dibao.assets.perCapitaLimit";
    static final String MARGINAL_LIMIT = "marginal.assets.perCapitaLimit";
    static final String VEHICLES_ALLOWED = "dibao.assets.vehiclesAllowed";
    static final String HOMES_ALLOWED = "dibao.assets.homesAllowed";
    static final String NON_RESIDENTIAL_ALLOWED = "dibao.assets.nonResidentialPropertyAllowed";
    static final String BUSINESS_ALLOWED = "dibao.assets.businessAllowed";

    /**
     * The rule, with the per-capita limit named by {@code limitParameter} (低保 or 低保边缘); vehicles, homes,
     * non-residential property and businesses follow the 低保 rule for both.
     */
    static PropertyTest of(Assessment assessment, HouseholdUnit unit, String limitParameter) {
        List<Asset> assets = assessment.request().household().assets();
        if (assets == null) {
            assets = List.of();
        }
        BigDecimal perCapita = Amounts.share(monetaryAssets(assets), unit.members());
        BigDecimal limit = Amounts.cents(limitPerCapita(assessment.parameters(), limitParameter, unit.members()));
        assessment.figure("monetaryAssetsPerCapita", perCapita);
        assessment.figure("assetLimitPerCapita", limit);
        boolean passed = monetaryAssetsWithinLimit(assessment, perCapita, limit);
        passed &= vehiclesWithinAllowance(assessment, count(assets, AssetType.VEHICLE));
        passed &= homesWithinAllowance(assessment, count(assets, AssetType.HOUSE));
        passed &= nonResidentialPropertyAllowed(assessment, count(assets, AssetType.NON_RESIDENTIAL_PROPERTY));
        passed &= businessAllowed(assessment, count(assets, AssetType.BUSINESS));
        if (passed) {
            assessment.reason("PROPERTY_WITHIN_RULES", () -> "家庭财产状况符合当地规定（人均货币财产" + Amounts.yuan(perCapita)
                    + "元，不超过" + Amounts.yuan(limit) + "元）", References.PROPERTY);
        }
        return new PropertyTest(passed, perCapita, limit);
    }

    private static BigDecimal monetaryAssets(List<Asset> assets) {
        BigDecimal total = BigDecimal.ZERO;
        for (Asset asset : assets) {
            if (!exempt(asset) && asset.amount() != null && (asset.type() == AssetType.DEPOSIT
                    || asset.type() == AssetType.SECURITIES || asset.type() == AssetType.INSURANCE)) {
                total = total.add(asset.amount());
            }
        }
        return total;
    }

    /** Non-exempt items of a type: each row counts its {@code count}, or one. */
    private static int count(List<Asset> assets, AssetType type) {
        int count = 0;
        for (Asset asset : assets) {
            if (asset.type() == type && !exempt(asset)) {
                count += asset.count() != null ? asset.count() : 1;
            }
        }
        return count;
    }

    private static boolean exempt(Asset asset) {
        return Boolean.TRUE.equals(asset.exempt());
    }

    /** The limit is one amount, or a table by household size: {default: 30000, "1": 33000, "2": 33000}. */
    static BigDecimal limitPerCapita(Parameters parameters, String name, int members) {
        Object value = parameters.get(name).value();
        if (value instanceof Map<?, ?> bySize) {
            Object limit = bySize.get(String.valueOf(members));
            if (limit == null) {
                limit = bySize.get("default");
            }
            if (limit == null) {
                throw new IllegalStateException("parameter " + name + " has neither \"" + members + "\" nor default");
            }
            return Parameters.asDecimal(name, limit);
        }
        return Parameters.asDecimal(name, value);
    }

    static boolean monetaryAssetsWithinLimit(Assessment assessment, BigDecimal perCapita, BigDecimal limit) {
        if (perCapita.compareTo(limit) <= 0) {
            return true;
        }
        assessment.reason("ASSETS_OVER_LIMIT", () -> "家庭人均货币财产" + Amounts.yuan(perCapita) + "元，超过当地规定的"
                + Amounts.yuan(limit) + "元", References.PROPERTY);
        return false;
    }

    static boolean vehiclesWithinAllowance(Assessment assessment, int vehicles) {
        if (vehicles == 0) {
            return true;
        }
        int allowed = assessment.parameters().integer(VEHICLES_ALLOWED);
        if (vehicles <= allowed) {
            return true;
        }
        assessment.reason("VEHICLE_OWNED", () -> "家庭拥有非豁免机动车" + vehicles + "辆，当地规定最多" + allowed
                + "辆（残疾人功能性补偿代步机动车等豁免车辆除外）", References.PROPERTY);
        return false;
    }

    static boolean homesWithinAllowance(Assessment assessment, int homes) {
        if (homes == 0) {
            return true;
        }
        int allowed = assessment.parameters().integer(HOMES_ALLOWED);
        if (homes <= allowed) {
            return true;
        }
        assessment.reason("HOMES_OVER_LIMIT", () -> "家庭拥有住房" + homes + "套，当地规定最多" + allowed + "套",
                References.PROPERTY);
        return false;
    }

    static boolean nonResidentialPropertyAllowed(Assessment assessment, int properties) {
        if (properties == 0 || assessment.parameters().flag(NON_RESIDENTIAL_ALLOWED)) {
            return true;
        }
        assessment.reason("NON_RESIDENTIAL_PROPERTY_OWNED", () -> "家庭拥有非居住类房产" + properties
                + "处，当地规定不得拥有", References.PROPERTY);
        return false;
    }

    static boolean businessAllowed(Assessment assessment, int businesses) {
        if (businesses == 0 || assessment.parameters().flag(BUSINESS_ALLOWED)) {
            return true;
        }
        assessment.reason("BUSINESS_OWNED", () -> "家庭成员有经营实体" + businesses + "个，当地规定不得有在营市场主体",
                References.PROPERTY);
        return false;
    }
}
