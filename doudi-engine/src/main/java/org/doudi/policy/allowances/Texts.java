package org.doudi.policy.allowances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Member;

/** References, Chinese labels and the programmes a subject is in, shared by the allowances. */
final class Texts {

    static final String TWO_SUBSIDIES = "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）";
    static final String UNSUPPORTED_CHILDREN = "《关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号）";
    static final String ELDERLY_LAW = "《中华人民共和国老年人权益保障法》第三十三条";
    /** 特困 persons get neither subsidy: a rule of the provincial implementing measures, not verified in 国发〔2015〕52号. */
    static final String EXTREME_POVERTY_OVERLAP = "各省残疾人两项补贴实施办法（如江西）：纳入特困人员救助供养的，不享受残疾人两项补贴"
            + "（特困供养已含基本生活和照料护理）";

    private Texts() {
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static String programme(Programme programme) {
        return switch (programme) {
            case DIBAO -> "最低生活保障";
            case MARGINAL -> "低保边缘";
            case EXTREME_POVERTY -> "特困人员救助供养";
            case RIGID_EXPENDITURE -> "刚性支出困难";
            case TEMPORARY -> "临时救助";
            case DISABILITY_LIVING -> "困难残疾人生活补贴";
            case DISABILITY_CARE -> "重度残疾人护理补贴";
            case OLD_AGE_ALLOWANCE -> "高龄津贴";
            case ORPHAN -> "孤儿基本生活保障";
            case UNSUPPORTED_CHILD -> "事实无人抚养儿童基本生活补贴";
            case LOW_INCOME -> "其他低收入人口";
        };
    }

    /** Whether the subject personally receives a programme. */
    static boolean receives(Member subject, Programme programme) {
        return subject.benefits() != null && subject.benefits().contains(programme);
    }

    /** The first of the household's programmes (or the subject's own) that a list of codes names; null if none. */
    static Programme firstIn(Assessment a, Member subject, List<?> codes) {
        List<Programme> household = a.request().household().programmes();
        if (household != null) {
            for (Programme p : household) {
                if (codes.contains(p.name())) {
                    return p;
                }
            }
        }
        if (subject.benefits() != null) {
            for (Programme p : subject.benefits()) {
                if (codes.contains(p.name())) {
                    return p;
                }
            }
        }
        return null;
    }
}
