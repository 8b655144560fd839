package org.doudi.policy.extremepoverty;

import org.doudi.policy.Wording;

import static org.doudi.policy.extremepoverty.Texts.LAW;
import static org.doudi.policy.Wording.yuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.kernel.SelfCare;
import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Decision;
import org.doudi.policy.MissingParameterException;
import org.doudi.policy.Parameters;
import org.doudi.policy.ProgrammeCalculator;

/**
 * 特困人员救助供养 (《特困人员认定办法》, 民政部 2021): the subject is recognised when without work capacity
 * (第五条), without a source of livelihood (第六条) and without a supporter able to support (第八条), and
 * none of the exclusions applies (第九条, 第二十四条). The monthly amount is the basic living standard (not
 * below 1.3 times the 低保 standard, 国发〔2016〕14号) plus the care standard of the self-care class
 * (第二十条至第二十二条).
 */
public final class ExtremePovertyCalculator implements ProgrammeCalculator {

    private static final String STANDARD_POLICY = "《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）";

    @Override
    public Decision assess(Assessment a) {
        Member subject = a.subject();
        int age = a.ageOf(subject);
        a.figure("age", age);
        boolean noWorkCapacity = WorkCapacityRule.assess(a, subject, age) != null;
        boolean noLivelihood = LivelihoodRule.assess(a, subject);
        boolean supportersUnable = SupporterRule.assess(a);
        boolean excluded = excluded(a, subject, age);
        SelfCare selfCare = selfCare(a, subject);
        BigDecimal basic = basicStandard(a);
        BigDecimal care = careStandard(a, selfCare);
        boolean eligible = noWorkCapacity && noLivelihood && supportersUnable && !excluded;
        BigDecimal monthly = a.step("monthlyAmount", basic.add(care),
                () -> "基本生活标准" + yuan(basic) + " + 照料护理标准" + yuan(care), STANDARD_POLICY);
        if (eligible && selfCare == SelfCare.FULLY_LOST) {
            offerCentralisedSupport(a);
        }
        a.figure("centralisedSupportOffered", eligible && selfCare == SelfCare.FULLY_LOST);
        return a.decide(eligible, monthly);
    }

    /** Cases that keep a person out however poor: 第九条 (a child allowance chosen), 第二十四条 (prison, missing). */
    private static boolean excluded(Assessment a, Member subject, int age) {
        boolean excluded = false;
        if (Boolean.TRUE.equals(subject.inPrison())) {
            a.reason("IN_PRISON", "依法被判处刑罚且在监狱服刑，不予救助供养", LAW + "第二十四条第（三）项");
            excluded = true;
        }
        if (Boolean.TRUE.equals(subject.missing())) {
            a.reason("DECLARED_MISSING", "被宣告失踪，不予救助供养", LAW + "第二十四条第（一）项");
            excluded = true;
        }
        List<Programme> benefits = subject.benefits();
        if (benefits != null && age < a.parameters().integer("extremePoverty.minorLimitAge")
                && (benefits.contains(Programme.ORPHAN) || benefits.contains(Programme.UNSUPPORTED_CHILD))) {
            a.reason("CHILD_ALLOWANCE_CHOSEN", "已选择纳入孤儿或事实无人抚养儿童基本生活保障，不再认定为特困人员", LAW + "第九条");
            excluded = true;
        }
        return excluded;
    }

    /** 第二十二条: all six items achieved, up to three not achieved, four or more not achieved. */
    private static SelfCare selfCare(Assessment a, Member subject) {
        Parameters p = a.parameters();
        Integer items = subject.selfCareItemsFailed();
        int failed = items == null ? 0 : items;
        int partly = p.integer("extremePoverty.selfCare.partlyLostItems");
        int fully = p.integer("extremePoverty.selfCare.fullyLostItems");
        SelfCare selfCare = failed >= fully ? SelfCare.FULLY_LOST : failed >= partly ? SelfCare.PARTLY_LOST : SelfCare.ABLE;
        a.figure("selfCare", selfCare.name());
        a.figure("selfCareItemsFailed", failed);
        if (items == null) {
            a.reason("SELF_CARE_NOT_ASSESSED", "未提供生活自理能力评估结果，暂按具备生活自理能力计；应由县级民政部门评估确定照料护理档次",
                    LAW + "第二十条");
        }
        a.reason("SELF_CARE_" + selfCare.name(), () -> "六项指标中" + failed + "项不能达到，" + Texts.selfCare(selfCare)
                + "（" + partly + "项起为部分丧失，" + fully + "项起为完全丧失）", LAW + "第二十一条、第二十二条");
        return selfCare;
    }

    /** The published standard when the pack has one, else the multiple of the 低保 standard, rounded as the pack says. */
    private static BigDecimal basicStandard(Assessment a) {
        Parameters p = a.parameters();
        BigDecimal published = p.decimal("extremePoverty.basicStandard");
        BigDecimal basic;
        if (published.signum() > 0) {
            basic = a.step("basicStandard", published.setScale(2, RoundingMode.HALF_UP),
                    () -> "当地公布的特困人员基本生活标准" + yuan(published), STANDARD_POLICY);
        } else {
            BigDecimal multiple = p.decimal("extremePoverty.basicStandardMultiple");
            BigDecimal standard = p.decimal("dibao.standard");
            String rounding = p.text("extremePoverty.basicStandardRounding");
            BigDecimal exact = multiple.multiply(standard);
            BigDecimal rounded = round(exact, rounding).setScale(2, RoundingMode.UNNECESSARY);
            basic = a.step("basicStandard", rounded, () -> "低保标准" + yuan(standard) + " × " + multiple.stripTrailingZeros()
                    .toPlainString() + " = " + exact.stripTrailingZeros().toPlainString() + "元，取整方式" + rounding,
                    STANDARD_POLICY);
        }
        a.figure("basicStandard", basic);
        return basic;
    }

    private static BigDecimal round(BigDecimal amount, String mode) {
        return switch (mode) {
            case "CEIL_YUAN" -> amount.setScale(0, RoundingMode.CEILING);
            case "ROUND_YUAN" -> amount.setScale(0, RoundingMode.HALF_UP);
            case "TO_CENT" -> amount.setScale(2, RoundingMode.HALF_UP);
            default -> throw new IllegalStateException("extremePoverty.basicStandardRounding: unknown mode " + mode);
        };
    }

    private static BigDecimal careStandard(Assessment a, SelfCare selfCare) {
        BigDecimal amount = a.parameters().decimalMap("extremePoverty.careStandard").get(selfCare.name());
        if (amount == null) {
            throw new MissingParameterException("extremePoverty.careStandard");
        }
        BigDecimal care = a.step("careStandard", amount.setScale(2, RoundingMode.HALF_UP),
                () -> Texts.selfCare(selfCare) + "档照料护理标准" + yuan(amount), LAW + "第二十条");
        a.figure("careStandard", care);
        return care;
    }

    /**
     * 国发〔2016〕14号: those who have lost the ability to look after themselves are offered centralised support
     * first; the person still chooses (《社会救助暂行办法》第十九条).
     */
    private static void offerCentralisedSupport(Assessment a) {
        a.reason("CENTRALISED_SUPPORT_OFFERED", "完全丧失生活自理能力，应优先为其提供集中供养服务（本人可自愿选择供养形式）",
                STANDARD_POLICY + "；《社会救助暂行办法》第十九条");
        if (a.explains()) {
            a.note("完全丧失生活自理能力的特困人员：应告知并优先安排集中供养");
        }
    }
}
