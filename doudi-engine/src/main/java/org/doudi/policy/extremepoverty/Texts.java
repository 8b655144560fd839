package org.doudi.policy.extremepoverty;

import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;

/** Chinese labels and amounts for reason texts (built only when the assessment explains). */
final class Texts {

    static final String LAW = "《特困人员认定办法》";

    private Texts() {
    }

    static String schooling(Schooling schooling) {
        return switch (schooling) {
            case NONE -> "未在学";
            case PRESCHOOL -> "学前教育";
            case COMPULSORY -> "义务教育阶段";
            case SENIOR_HIGH -> "普通高中";
            case VOCATIONAL -> "中等职业学校";
            case UNIVERSITY -> "高等学校";
        };
    }

    static String selfCare(SelfCare selfCare) {
        return switch (selfCare) {
            case ABLE -> "具备生活自理能力";
            case PARTLY_LOST -> "部分丧失生活自理能力";
            case FULLY_LOST -> "完全丧失生活自理能力";
        };
    }
}
