package org.doudi.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import org.doudi.kernel.Programme;
import org.doudi.policy.Parameters;

/**
 * The most a household's monthly line may be in a programme under the parameters in force, for its number of
 * members (every member counted as covered, as the register does not say who is):
 * <ul>
 *   <li>DIBAO (also in gradual exit, whose schedule only lowers it): (dibao.standard + the highest
 *       dibao.classifiedSupplement) × members — a household with no income at all, every member in the best-paid
 *       supplement class;</li>
 *   <li>EXTREME_POVERTY: (basic standard + the highest extremePoverty.careStandard) × members, the basic standard
 *       being extremePoverty.basicStandard, or when 0, basicStandardMultiple × dibao.standard rounded up to 元;</li>
 *   <li>MARGINAL: marginal.householdAidShare × dibao.standard per household;</li>
 *   <li>DISABILITY_LIVING: disability.living.monthly × members; DISABILITY_CARE: the highest
 *       disability.care.monthly × members; OLD_AGE_ALLOWANCE: the highest oldAgeAllowance.tiers monthly × members;
 *       UNSUPPORTED_CHILD: unsupportedChild.standard × members.</li>
 * </ul>
 * Other programmes (rigid expenditure, orphans) have no catalogue maximum yet: no check.
 */
final class StatutoryMaximum {

    /** The maximum and how it was reached, in Chinese. */
    record Limit(BigDecimal amount, String formula) {
    }

    private StatutoryMaximum() {
    }

    static Optional<Limit> of(Programme programme, Parameters p, int members) {
        BigDecimal n = BigDecimal.valueOf(members);
        return switch (programme) {
            case DIBAO -> {
                BigDecimal standard = p.decimal("dibao.standard");
                BigDecimal supplement = highest(p.decimalMap("dibao.classifiedSupplement").values());
                yield limit(standard.add(supplement).multiply(n), "（低保标准 " + yuan(standard) + " + 最高分类施保 "
                        + yuan(supplement) + "）× " + members + " 人");
            }
            case EXTREME_POVERTY -> {
                BigDecimal basic = p.decimal("extremePoverty.basicStandard");
                if (basic.signum() == 0) {
                    basic = p.decimal("extremePoverty.basicStandardMultiple").multiply(p.decimal("dibao.standard"))
                            .setScale(0, RoundingMode.CEILING);
                }
                BigDecimal care = highest(p.decimalMap("extremePoverty.careStandard").values());
                yield limit(basic.add(care).multiply(n), "（基本生活标准 " + yuan(basic) + " + 最高照料护理标准 "
                        + yuan(care) + "）× " + members + " 人");
            }
            case MARGINAL -> {
                BigDecimal share = p.decimal("marginal.householdAidShare");
                BigDecimal standard = p.decimal("dibao.standard");
                yield limit(share.multiply(standard), "低保边缘家庭救助比例 " + share.stripTrailingZeros().toPlainString()
                        + " × 低保标准 " + yuan(standard) + "（每户）");
            }
            case DISABILITY_LIVING -> perPerson(p.decimal("disability.living.monthly"), "困难残疾人生活补贴", members);
            case DISABILITY_CARE -> perPerson(highest(p.decimalMap("disability.care.monthly").values()),
                    "最高重度残疾人护理补贴", members);
            case OLD_AGE_ALLOWANCE -> perPerson(highest(p.rows("oldAgeAllowance.tiers").stream()
                    .map(r -> Parameters.asDecimal("oldAgeAllowance.tiers", r.get("monthly"))).toList()),
                    "最高档高龄津贴", members);
            case UNSUPPORTED_CHILD -> perPerson(p.decimal("unsupportedChild.standard"), "事实无人抚养儿童基本生活补贴标准",
                    members);
            default -> Optional.empty();
        };
    }

    private static Optional<Limit> perPerson(BigDecimal each, String what, int members) {
        return limit(each.multiply(BigDecimal.valueOf(members)), what + " " + yuan(each) + " × " + members + " 人");
    }

    private static Optional<Limit> limit(BigDecimal amount, String formula) {
        return Optional.of(new Limit(amount.setScale(2, RoundingMode.HALF_UP), formula));
    }

    private static BigDecimal highest(Collection<BigDecimal> values) {
        return values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
