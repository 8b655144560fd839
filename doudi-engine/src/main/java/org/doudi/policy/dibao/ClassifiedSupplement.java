package org.doudi.policy.dibao;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Parameters;

/**
 * 分类施保 (第二十七条): a monthly amount per counted member in a group the pack pays for: the elderly,
 * minors, the severely disabled, the seriously ill, and where a pack adds them, any disabled person,
 * students and preschool children. A member in several groups gets the highest amount, their sum, or the
 * highest plus the disabled amount, as the pack says.
 */
final class ClassifiedSupplement {

    static final String TABLE = "dibao.classifiedSupplement";
    static final String ELDERLY_AGE = "dibao.classifiedSupplement.elderlyAge";
    static final String STACKING = "dibao.classifiedSupplement.stacking";
    static final String DISABLED = "DISABLED";

    /** {@code dibao.classifiedSupplement.stacking}. */
    enum Stacking {
        HIGHEST, SUM, HIGHEST_PLUS_DISABLED
    }

    private ClassifiedSupplement() {
    }

    /** The rule: the household's supplements; records CLASSIFIED_SUPPLEMENT and the figure when any is paid. */
    static BigDecimal of(Assessment assessment, HouseholdUnit unit) {
        if (!(assessment.parameters().get(TABLE).value() instanceof Map<?, ?> table) || !anyPaid(assessment, table)) {
            return BigDecimal.ZERO;
        }
        Stacking stacking = Choices.of(assessment, STACKING, Stacking.class);
        StringBuilder text = assessment.explains() ? new StringBuilder() : null;
        BigDecimal total = BigDecimal.ZERO;
        for (Member member : unit.counted()) {
            BigDecimal amount = forMember(assessment, member, table, stacking, text);
            total = total.add(amount);
        }
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal supplement = Amounts.cents(total);
        assessment.reason("CLASSIFIED_SUPPLEMENT", () -> "分类施保：" + text + "，合计" + Amounts.yuan(supplement) + "元",
                References.local(assessment.parameters().get(TABLE), References.CLASSIFIED));
        assessment.figure("classifiedSupplement", supplement);
        return supplement;
    }

    /** Whether the table pays any group; a paid group no rule knows is noted (it pays nobody). */
    private static boolean anyPaid(Assessment assessment, Map<?, ?> table) {
        boolean paid = false;
        for (Map.Entry<?, ?> group : table.entrySet()) {
            if (Parameters.asDecimal(TABLE, group.getValue()).signum() > 0) {
                paid = true;
                if (label(String.valueOf(group.getKey())) == null) {
                    assessment.note("分类施保参数中的类别 " + group.getKey() + " 无法识别，未计发");
                }
            }
        }
        return paid;
    }

    private static BigDecimal forMember(Assessment assessment, Member member, Map<?, ?> table, Stacking stacking,
                                        StringBuilder text) {
        BigDecimal highest = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal highestOther = BigDecimal.ZERO;
        BigDecimal disabled = BigDecimal.ZERO;
        StringBuilder groups = text == null ? null : new StringBuilder();
        for (Map.Entry<?, ?> entry : table.entrySet()) {
            BigDecimal amount = Parameters.asDecimal(TABLE, entry.getValue());
            String group = String.valueOf(entry.getKey());
            if (amount.signum() <= 0 || !belongs(assessment, member, group)) {
                continue;
            }
            highest = highest.max(amount);
            sum = sum.add(amount);
            if (DISABLED.equals(group)) {
                disabled = amount;
            } else {
                highestOther = highestOther.max(amount);
            }
            if (groups != null) {
                groups.append(groups.isEmpty() ? "" : "、").append(label(group));
            }
        }
        BigDecimal amount = switch (stacking) {
            case HIGHEST -> highest;
            case SUM -> sum;
            case HIGHEST_PLUS_DISABLED -> highestOther.add(disabled);
        };
        if (text != null && amount.signum() > 0) {
            text.append(text.isEmpty() ? "" : "；").append(MemberConditions.label(member)).append("（").append(groups)
                    .append("）").append(Amounts.yuan(amount)).append("元");
        }
        return amount;
    }

    /** Whether the member is in the group; nobody is in a group no rule knows. */
    static boolean belongs(Assessment assessment, Member member, String group) {
        return switch (group) {
            case "ELDERLY" -> assessment.ageOf(member) >= assessment.parameters().integer(ELDERLY_AGE);
            case "MINOR" -> assessment.ageOf(member) < assessment.parameters().integer(SinglePersonUnit.ADULT_AGE);
            case "SEVERE_DISABILITY" -> MemberConditions.severelyDisabled(member);
            case "SERIOUS_ILLNESS" -> MemberConditions.seriouslyIll(member);
            case DISABLED -> MemberConditions.disabled(member);
            case "STUDENT" -> MemberConditions.student(member);
            case "PRESCHOOL" -> MemberConditions.preschool(member);
            default -> false;
        };
    }

    /** The group's Chinese name; null for a group no rule knows. */
    static String label(String group) {
        return switch (group) {
            case "ELDERLY" -> "老年人";
            case "MINOR" -> "未成年人";
            case "SEVERE_DISABILITY" -> "重度残疾人";
            case "SERIOUS_ILLNESS" -> "重病患者";
            case DISABLED -> "残疾人";
            case "STUDENT" -> "在校学生";
            case "PRESCHOOL" -> "学龄前儿童";
            default -> null;
        };
    }
}
