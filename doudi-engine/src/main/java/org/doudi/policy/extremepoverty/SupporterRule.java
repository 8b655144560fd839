package org.doudi.policy.extremepoverty;

import org.doudi.policy.Wording;

import static org.doudi.policy.extremepoverty.Texts.LAW;
import static org.doudi.policy.Wording.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentException;
import org.doudi.policy.AssessmentRequest.Disability;
import org.doudi.policy.AssessmentRequest.Supporter;
import org.doudi.policy.Parameters;

/**
 * 无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力 (第四条第（三）项, 第八条). Every supporter
 * named in the request must be unable under one of 第八条's cases. The property conditions of 第八条第（三）至
 * （五）项 (within the local low-income rule) are not in the request: the caseworker checks them.
 */
final class SupporterRule {

    private SupporterRule() {
    }

    static boolean assess(Assessment a) {
        List<Supporter> supporters = a.request().household().supporters();
        if (supporters == null || supporters.isEmpty()) {
            a.reason("NO_STATUTORY_SUPPORTER", "无法定赡养、抚养、扶养义务人", LAW + "第四条第（三）项");
            return true;
        }
        boolean allUnable = true;
        for (int i = 0; i < supporters.size(); i++) {
            allUnable &= unable(a, supporters.get(i), i);
        }
        return allUnable;
    }

    private static boolean unable(Assessment a, Supporter s, int index) {
        Parameters p = a.parameters();
        if (Boolean.TRUE.equals(s.extremePoverty())) {
            a.reason("SUPPORTER_EXTREME_POVERTY", () -> who(index) + "为特困人员，无履行义务能力", LAW + "第八条第（一）项");
            return true;
        }
        int age = age(a.asOf(), s, index);
        if (Boolean.TRUE.equals(s.dibaoRecipient()) && age >= 0) {
            int dibaoAge = p.integer("extremePoverty.supporter.dibaoAge");
            if (age >= dibaoAge) {
                a.reason("SUPPORTER_DIBAO_ELDERLY", () -> who(index) + "为" + age + "周岁的低保对象（" + dibaoAge + "周岁以上），无履行义务能力",
                        LAW + "第八条第（二）项");
                return true;
            }
        }
        BigDecimal income = s.annualIncome() == null ? BigDecimal.ZERO : s.annualIncome();
        int oldAge = p.integer("extremePoverty.supporter.oldAge");
        if (age >= 0 && age >= oldAge) {
            BigDecimal limit = p.decimal("region.perCapitaDisposableIncome");
            if (income.compareTo(limit) < 0) {
                a.reason("SUPPORTER_ELDERLY_LOW_INCOME", () -> who(index) + age + "周岁（" + oldAge + "周岁以上），年收入" + yuan(income)
                        + "低于当地上年居民人均可支配收入" + yuan(limit) + "，无履行义务能力", LAW + "第八条第（三）项");
                return true;
            }
        }
        Disability disability = s.disability();
        if (disability != null && severelyDisabled(p, disability)) {
            BigDecimal limit = p.decimal("region.perCapitaDisposableIncome");
            if (income.compareTo(limit) < 0) {
                a.reason("SUPPORTER_SEVERELY_DISABLED", () -> who(index) + "为" + Wording.disabilityKind(disability.kind()) + "残疾"
                        + disability.grade() + "级，年收入" + yuan(income) + "低于当地上年居民人均可支配收入" + yuan(limit)
                        + "，无履行义务能力", LAW + "第八条第（四）项");
                return true;
            }
        }
        if (Boolean.TRUE.equals(s.noCivilCapacity())) {
            a.reason("SUPPORTER_NO_CIVIL_CAPACITY", () -> who(index) + "无民事行为能力，无履行义务能力", LAW + "第八条第（五）项");
            return true;
        }
        if (Boolean.TRUE.equals(s.missing())) {
            a.reason("SUPPORTER_MISSING", () -> who(index) + "被宣告失踪，无履行义务能力", LAW + "第八条第（五）项");
            return true;
        }
        if (Boolean.TRUE.equals(s.inPrison())) {
            a.reason("SUPPORTER_IN_PRISON", () -> who(index) + "在监狱服刑，无履行义务能力", LAW + "第八条第（五）项");
            return true;
        }
        a.reason("SUPPORTER_ABLE", () -> who(index) + (age >= 0 ? age + "周岁" : "") + "，不属于无履行义务能力的情形",
                LAW + "第八条");
        return false;
    }

    private static String who(int index) {
        return "法定义务人" + (index + 1);
    }

    /** Severe disability for a supporter: grade 1 or 2, or grade 3 intellectual or mental (the table's mildest grade per kind). */
    private static boolean severelyDisabled(Parameters p, Disability disability) {
        if (disability.kind() == null || disability.grade() == null) {
            return false;
        }
        Map<String, BigDecimal> grades = p.decimalMap("extremePoverty.supporter.severeDisabilityGrades");
        BigDecimal mildest = grades.get(disability.kind().name());
        return mildest != null && mildest.signum() > 0 && disability.grade() <= mildest.intValue();
    }

    /** Full years on the assessment date; -1 when neither ID number nor birth date is given. */
    private static int age(LocalDate asOf, Supporter s, int index) {
        LocalDate born = s.birthDate();
        if (s.idNumber() != null && !s.idNumber().isBlank()) {
            try {
                born = IdNumber.parse(s.idNumber()).birthDate();
            } catch (InvalidIdNumberException e) {
                throw new AssessmentException(e.problem().code(), "household.supporters[" + index + "].idNumber",
                        e.problem().message());
            }
        }
        return born == null ? -1 : Math.max(0, java.time.Period.between(born, asOf).getYears());
    }
}
