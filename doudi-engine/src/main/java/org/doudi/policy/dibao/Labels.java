package org.doudi.policy.dibao;

import org.doudi.policy.Wording;

import org.doudi.policy.AssessmentRequest.Disability;
import org.doudi.policy.AssessmentRequest.IncomeType;

/** Chinese names of the request's codes, as the texts use them. */
final class Labels {

    private Labels() {
    }

    /** The income categories of 第十三条 and the items it does not count. */
    static String income(IncomeType type) {
        return switch (type) {
            case WAGE -> "工资性收入";
            case BUSINESS -> "经营净收入";
            case PROPERTY -> "财产净收入";
            case PENSION -> "离退休金";
            case RESIDENT_BASIC_PENSION -> "城乡居民基本养老保险基础养老金";
            case UNEMPLOYMENT_BENEFIT -> "失业保险金";
            case SUPPORT_RECEIVED -> "赡养费、抚养费、扶养费";
            case PREFERENTIAL_TREATMENT -> "优待抚恤金";
            case FAMILY_PLANNING_REWARD -> "计划生育奖励与扶助金";
            case SCHOLARSHIP -> "奖学金";
            case SOCIAL_ASSISTANCE -> "社会救助款物";
            case OLD_AGE_ALLOWANCE -> "高龄津贴";
            case OTHER -> "其他收入";
        };
    }

    /** "二级肢体残疾": grade and kind as the certificate reads. */
    static String disability(Disability disability) {
        String grade = switch (disability.grade()) {
            case 1 -> "一级";
            case 2 -> "二级";
            case 3 -> "三级";
            default -> "四级";
        };
        return grade + Wording.disabilityKind(disability.kind()) + "残疾";
    }
}
