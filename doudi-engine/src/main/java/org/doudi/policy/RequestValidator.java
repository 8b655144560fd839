package org.doudi.policy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.policy.AssessmentRequest.Household;
import org.doudi.policy.AssessmentRequest.Member;

/**
 * Checks a request before anything is computed, so that a bad request gets the contract's error object
 * naming the field (never a stack trace): the first problem found is reported.
 */
final class RequestValidator {

    private static final Set<Programme> ASSESSED = Set.of(Programme.DIBAO, Programme.MARGINAL,
            Programme.EXTREME_POVERTY, Programme.RIGID_EXPENDITURE, Programme.TEMPORARY, Programme.DISABILITY_LIVING,
            Programme.DISABILITY_CARE, Programme.OLD_AGE_ALLOWANCE, Programme.UNSUPPORTED_CHILD);

    private final Predicate<String> regionExists;

    RequestValidator(Predicate<String> regionExists) {
        this.regionExists = regionExists;
    }

    DivisionCode validate(AssessmentRequest request) {
        if (request == null) {
            throw error("REQUEST_MISSING", null, "请求为空");
        }
        if (request.programme() == null) {
            throw error("FIELD_MISSING", "programme", "缺少救助项目（programme）");
        }
        if (!ASSESSED.contains(request.programme())) {
            throw error("PROGRAMME_UNKNOWN", "programme", "不能评估的救助项目：" + request.programme());
        }
        if (request.asOf() == null) {
            throw error("FIELD_MISSING", "asOf", "缺少评估日期（asOf）");
        }
        DivisionCode region = region(request.region());
        if (request.area() == null) {
            throw error("FIELD_MISSING", "area", "缺少城乡类别（area：URBAN 或 RURAL）");
        }
        parameters(request.parameters());
        household(request.household());
        if (request.subject() != null && request.household().members().stream().noneMatch(m -> request.subject().equals(m.id()))) {
            throw error("MEMBER_UNKNOWN", "subject", "subject 不是家庭成员：" + request.subject());
        }
        if (request.programme() == Programme.TEMPORARY) {
            temporary(request.temporary());
        }
        return region;
    }

    private DivisionCode region(String code) {
        if (code == null || code.isBlank()) {
            throw error("FIELD_MISSING", "region", "缺少区划代码（region）");
        }
        DivisionCode region = DivisionCode.tryParse(code)
                .filter(c -> c.value().length() >= 6)
                .orElseThrow(() -> error("REGION_INVALID", "region", "区划代码应为6、9或12位：" + code));
        if (!regionExists.test(region.value())) {
            throw error("REGION_UNKNOWN", "region", "区划代码不存在：" + code);
        }
        return region;
    }

    private void parameters(Map<String, Object> parameters) {
        if (parameters == null) {
            return;
        }
        for (Map.Entry<String, Object> entry : parameters.entrySet()) {
            if (PolicyCatalogue.find(entry.getKey()).isEmpty()) {
                throw error("PARAMETER_UNKNOWN", "parameters." + entry.getKey(), "未知的政策参数：" + entry.getKey());
            }
            if (entry.getValue() == null) {
                throw error("PARAMETER_INVALID", "parameters." + entry.getKey(), "参数值为空：" + entry.getKey());
            }
        }
    }

    private void household(Household household) {
        if (household == null || household.members() == null || household.members().isEmpty()) {
            throw error("FIELD_MISSING", "household.members", "缺少家庭成员");
        }
        Set<String> ids = new HashSet<>();
        int applicants = 0;
        for (int i = 0; i < household.members().size(); i++) {
            Member m = household.members().get(i);
            String path = "household.members[" + i + "]";
            if (m == null) {
                throw error("FIELD_MISSING", path, "成员为空");
            }
            if (m.id() == null || m.id().isBlank() || !ids.add(m.id())) {
                throw error(m.id() == null || m.id().isBlank() ? "FIELD_MISSING" : "MEMBER_DUPLICATE", path + ".id",
                        "成员编号（id）缺失或重复");
            }
            member(m, path);
            if (m.relation() == Relation.APPLICANT) {
                applicants++;
            }
        }
        if (applicants != 1) {
            throw error("APPLICANT_COUNT", "household.members", "家庭成员中应有且只有一名申请人（relation 为 APPLICANT）");
        }
        list(household.incomes(), "household.incomes", (income, path) -> {
            if (income.type() == null) {
                throw error("FIELD_MISSING", path + ".type", "缺少收入类型");
            }
            if (income.member() != null && !ids.contains(income.member())) {
                throw error("MEMBER_UNKNOWN", path + ".member", "收入所属成员不存在：" + income.member());
            }
            if (income.monthly() == null && income.annual() == null) {
                throw error("FIELD_MISSING", path + ".monthly", "收入须给出月额（monthly）或年额（annual）");
            }
            notNegative(income.monthly(), path + ".monthly", "收入");
            notNegative(income.annual(), path + ".annual", "收入");
        });
        list(household.assets(), "household.assets", (asset, path) -> {
            if (asset.type() == null) {
                throw error("FIELD_MISSING", path + ".type", "缺少财产类型");
            }
            notNegative(asset.amount(), path + ".amount", "财产金额");
            if (asset.count() != null && asset.count() < 0) {
                throw error("VALUE_NEGATIVE", path + ".count", "财产数量不能为负数");
            }
        });
        list(household.expenses(), "household.expenses", (expense, path) -> {
            if (expense.type() == null) {
                throw error("FIELD_MISSING", path + ".type", "缺少支出类型");
            }
            notNegative(expense.annual(), path + ".annual", "支出");
            notNegative(expense.monthly(), path + ".monthly", "支出");
        });
        notNegative(household.annualIncome(), "household.annualIncome", "家庭年收入");
        notNegative(household.previousMonthlyBenefit(), "household.previousMonthlyBenefit", "原保障金");
        if (household.monthsSinceIncomeAboveStandard() != null && household.monthsSinceIncomeAboveStandard() < 0) {
            throw error("VALUE_NEGATIVE", "household.monthsSinceIncomeAboveStandard", "月数不能为负数");
        }
    }

    private void member(Member m, String path) {
        if (m.relation() == null) {
            throw error("FIELD_MISSING", path + ".relation", "缺少与申请人关系（relation）");
        }
        if (m.idNumber() != null && !m.idNumber().isBlank()) {
            IdNumber id;
            try {
                id = IdNumber.parse(m.idNumber());
            } catch (InvalidIdNumberException e) {
                throw error(e.problem().code(), path + ".idNumber", e.problem().message());
            }
            if (m.birthDate() != null && !m.birthDate().equals(id.birthDate())) {
                throw error("BIRTH_DATE_MISMATCH", path + ".birthDate", "出生日期与身份证号码不一致");
            }
        } else if (m.birthDate() == null) {
            throw error("FIELD_MISSING", path + ".birthDate", "成员须给出身份证号码（idNumber）或出生日期（birthDate）");
        }
        if (m.disability() != null) {
            if (m.disability().kind() == null) {
                throw error("FIELD_MISSING", path + ".disability.kind", "缺少残疾类别");
            }
            if (m.disability().grade() == null || m.disability().grade() < 1 || m.disability().grade() > 4) {
                throw error("DISABILITY_GRADE_RANGE", path + ".disability.grade", "残疾等级应为1至4级");
            }
        }
        if (m.selfCareItemsFailed() != null && (m.selfCareItemsFailed() < 0 || m.selfCareItemsFailed() > 6)) {
            throw error("SELF_CARE_RANGE", path + ".selfCareItemsFailed", "生活自理能力评估未达项数应为0至6");
        }
        notNegative(m.otherMonthlyBenefit(), path + ".otherMonthlyBenefit", "已领取的其他救助");
    }

    private void temporary(AssessmentRequest.Temporary temporary) {
        if (temporary == null) {
            throw error("FIELD_MISSING", "temporary", "临时救助须给出 temporary（kind、requested）");
        }
        if (temporary.kind() == null) {
            throw error("FIELD_MISSING", "temporary.kind", "缺少临时救助类型（EMERGENCY 或 EXPENDITURE）");
        }
        if (temporary.requested() == null) {
            throw error("FIELD_MISSING", "temporary.requested", "缺少申请金额");
        }
        notNegative(temporary.requested(), "temporary.requested", "申请金额");
        if (temporary.priorGrantsThisYearForSameCause() != null && temporary.priorGrantsThisYearForSameCause() < 0) {
            throw error("VALUE_NEGATIVE", "temporary.priorGrantsThisYearForSameCause", "次数不能为负数");
        }
    }

    private interface ItemCheck<T> {
        void check(T item, String path);
    }

    private static <T> void list(List<T> items, String path, ItemCheck<T> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw error("FIELD_MISSING", path + "[" + i + "]", "条目为空");
            }
            check.check(items.get(i), path + "[" + i + "]");
        }
    }

    private static void notNegative(BigDecimal value, String field, String what) {
        if (value != null && value.signum() < 0) {
            throw error("VALUE_NEGATIVE", field, what + "不能为负数");
        }
    }

    private static AssessmentException error(String code, String field, String message) {
        return new AssessmentException(code, field, message);
    }
}
