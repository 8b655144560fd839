package org.doudi.registry;

import static org.doudi.registry.PersonsFile.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Employment;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.kernel.WorkCapacity;
import org.doudi.tabular.Parsed;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.Values;

/**
 * Reads one row of a registry file and checks everything that can be checked on the row alone: the ID
 * number (GB 11643), the birth date against it, dates, codes, amounts and the programme/status pairing.
 * Checks across rows and against the register (duplicates, one applicant per household, division codes
 * that exist) belong to the importer. Every problem of the row is reported, not only the first.
 */
public final class PersonRowParser {

    /** The outcome for one row: the parsed row, or every problem found in it. */
    public record Result(PersonRow row, List<RowProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final Pattern BANK_ACCOUNT_PATTERN = Pattern.compile("[0-9]{8,30}");
    private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9][0-9\\-]{5,19}");
    private static final int MAX_NAME = 50;

    private final LocalDate today;

    /** @param today the import date: enrolment dates after it are refused */
    public PersonRowParser(LocalDate today) {
        this.today = today;
    }

    public Result parse(TableRow row) {
        Problems problems = new Problems(row);
        String householdNo = row.get(HOUSEHOLD_ID);
        if (!householdNo(householdNo)) {
            problems.add(HOUSEHOLD_ID, householdNo.isEmpty() ? "HOUSEHOLD_ID_MISSING" : "HOUSEHOLD_ID_FORMAT",
                    householdNo.isEmpty() ? "户编号为空" : "户编号只能由字母、数字、下划线和连字符组成，最长40位");
        }
        IdNumber idNumber = idNumber(row, problems);
        String name = row.get(NAME);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(NAME, name.isEmpty() ? "NAME_MISSING" : "NAME_TOO_LONG",
                    name.isEmpty() ? "姓名为空" : "姓名超过" + MAX_NAME + "个字符");
        }
        Relation relation = problems.required(RELATION, text -> Values.enumValue(Relation.class, text));
        LocalDate birthDate = problems.optional(BIRTH_DATE, Values::date);
        if (birthDate != null && idNumber != null && !birthDate.equals(idNumber.birthDate())) {
            problems.add(BIRTH_DATE, "BIRTH_DATE_MISMATCH",
                    "出生日期" + birthDate + "与身份证号码中的出生日期" + idNumber.birthDate() + "不一致");
        }
        String region = row.get(REGION);
        if (region.length() != 12 || DivisionCode.tryParse(region).isEmpty()) {
            problems.add(REGION, region.isEmpty() ? "REGION_MISSING" : "REGION_FORMAT",
                    region.isEmpty() ? "户籍地区划代码为空" : "户籍地应为12位村（社区）区划代码");
        }
        Area area = problems.required(AREA, text -> Values.enumValue(Area.class, text));
        ProgrammeAndStatus programme = programmeAndStatus(row, problems);
        BigDecimal amount = problems.optional(MONTHLY_AMOUNT, Values::amount);
        amount = amount == null ? BigDecimal.ZERO.setScale(2) : amount;
        if (amount.signum() > 0 && programme.status() != null && !programme.status().equals(ProgrammeStatus.ACTIVE)
                && !programme.status().equals(ProgrammeStatus.GRADUAL_EXIT)
                && !programme.status().equals(ProgrammeStatus.SUSPENDED)) {
            problems.add(MONTHLY_AMOUNT, "AMOUNT_NOT_PAYABLE", "状态为" + programme.status() + "时月金额应为0");
        }
        LocalDate enrolledSince = problems.optional(ENROLLED_SINCE, Values::date);
        if (enrolledSince != null && enrolledSince.isAfter(today)) {
            problems.add(ENROLLED_SINCE, "DATE_IN_FUTURE", "纳入日期" + enrolledSince + "晚于今天");
        }
        String bankAccount = pattern(row, problems, BANK_ACCOUNT_FIELD);
        String accountHolder = row.get(ACCOUNT_HOLDER);
        if (accountHolder.length() > MAX_NAME) {
            problems.add(ACCOUNT_HOLDER, "NAME_TOO_LONG", "户名超过" + MAX_NAME + "个字符");
        }
        DisabilityKind kind = problems.optional(DISABILITY_KIND, text -> Values.enumValue(DisabilityKind.class, text));
        Integer grade = problems.optional(DISABILITY_GRADE, Values::integer);
        if (grade != null && (grade < 1 || grade > 4)) {
            problems.add(DISABILITY_GRADE, "DISABILITY_GRADE_RANGE", "残疾等级应为1至4级");
        }
        if ((kind == null) != (grade == null) && problems.isClean(DISABILITY_KIND, DISABILITY_GRADE)) {
            problems.add(kind == null ? DISABILITY_KIND : DISABILITY_GRADE, "DISABILITY_INCOMPLETE",
                    "残疾类别和残疾等级应同时填写或同时为空");
        }
        Boolean staffRelative = problems.optional(STAFF_RELATIVE, Values::yesNo);
        String phone = pattern(row, problems, PHONE_FIELD);
        String habitualRegion = row.get(HABITUAL_REGION);
        if (!habitualRegion.isEmpty() && (DivisionCode.tryParse(habitualRegion).isEmpty() || habitualRegion.length() < 6)) {
            problems.add(HABITUAL_REGION, "REGION_FORMAT", "经常居住地应为6、9或12位区划代码");
        }
        Area habitualArea = problems.optional(HABITUAL_AREA, text -> Values.enumValue(Area.class, text));
        String address = row.get(ADDRESS);
        if (address.length() > 200) {
            problems.add(ADDRESS, "ADDRESS_TOO_LONG", "住址超过200个字符");
        }
        LocalDate certifiedOn = problems.optional(DISABILITY_CERTIFIED_ON, Values::date);
        Boolean seriousIllness = problems.optional(SERIOUS_ILLNESS, Values::yesNo);
        WorkCapacity workCapacity = problems.optional(WORK_CAPACITY, text -> Values.enumValue(WorkCapacity.class, text));
        SelfCare selfCare = problems.optional(SELF_CARE, text -> Values.enumValue(SelfCare.class, text));
        Schooling schooling = problems.optional(SCHOOLING, text -> Values.enumValue(Schooling.class, text));
        Employment employment = problems.optional(EMPLOYMENT, text -> Values.enumValue(Employment.class, text));
        BigDecimal monthlyIncome = problems.optional(MONTHLY_INCOME, Values::amount);
        if (!problems.list.isEmpty()) {
            return new Result(null, List.copyOf(problems.list));
        }
        return new Result(new PersonRow(row.line(), householdNo, idNumber, name, relation, region, area,
                programme.programme(), programme.status(), amount, enrolledSince, emptyToNull(bankAccount),
                emptyToNull(accountHolder), kind, grade, Boolean.TRUE.equals(staffRelative), emptyToNull(phone),
                emptyToNull(habitualRegion), habitualArea, emptyToNull(address), certifiedOn, seriousIllness,
                workCapacity, selfCare, schooling, employment, monthlyIncome), List.of());
    }

    private record ProgrammeAndStatus(Programme programme, ProgrammeStatus status) {
    }

    /** An empty programme with status MONITORED is a monitored low-income household with no programme. */
    private static ProgrammeAndStatus programmeAndStatus(TableRow row, Problems problems) {
        Programme programme = problems.optional(PROGRAMME, text -> Values.enumValue(Programme.class, text));
        ProgrammeStatus status = problems.optional(STATUS, text -> Values.enumValue(ProgrammeStatus.class, text));
        if (!problems.isClean(PROGRAMME, STATUS)) {
            return new ProgrammeAndStatus(null, null);
        }
        if (programme == null && status == ProgrammeStatus.MONITORED) {
            return new ProgrammeAndStatus(Programme.LOW_INCOME, status);
        }
        if (programme == null && status != null) {
            problems.add(STATUS, "STATUS_WITHOUT_PROGRAMME", "未填写救助项目时，状态只能为空或MONITORED（监测中）");
        } else if (programme != null && status == null) {
            problems.add(STATUS, "STATUS_MISSING", "填写了救助项目时须填写状态");
        }
        return new ProgrammeAndStatus(programme, status);
    }

    private static IdNumber idNumber(TableRow row, Problems problems) {
        if (row.isNumeric(ID_NUMBER)) {
            problems.add(ID_NUMBER, "ID_NUMBER_STORED_AS_NUMBER",
                    "身份证号码在Excel中被存为数字，末几位已丢失；请将该列设为文本后重新录入");
            return null;
        }
        try {
            return IdNumber.parse(row.get(ID_NUMBER));
        } catch (InvalidIdNumberException e) {
            problems.add(ID_NUMBER, e.problem().code(), e.problem().message());
            return null;
        }
    }

    private record PatternField(String column, Pattern pattern, String code, String message) {

        /** What {@code pattern} matches, checked by hand for the two patterns used (the check runs on every row). */
        boolean matches(String value) {
            if (pattern == BANK_ACCOUNT_PATTERN) {
                return value.length() >= 8 && value.length() <= 30 && allIn(value, 0, false);
            }
            if (pattern == PHONE_PATTERN) {
                return value.length() >= 6 && value.length() <= 20 && value.charAt(0) >= '0' && value.charAt(0) <= '9'
                        && allIn(value, 1, true);
            }
            return pattern.matcher(value).matches();
        }

        private static boolean allIn(String value, int from, boolean hyphen) {
            for (int i = from; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!(c >= '0' && c <= '9' || hyphen && c == '-')) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A household number: 1 to 40 ASCII letters, digits, underscores and hyphens ([A-Za-z0-9_-]{1,40}). */
    private static boolean householdNo(String value) {
        if (value.isEmpty() || value.length() > 40) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static final PatternField BANK_ACCOUNT_FIELD = new PatternField(BANK_ACCOUNT, BANK_ACCOUNT_PATTERN,
            "BANK_ACCOUNT_FORMAT", "收款账号应为8至30位数字");
    private static final PatternField PHONE_FIELD = new PatternField(PHONE, PHONE_PATTERN, "PHONE_FORMAT",
            "联系电话应为数字（可含连字符），6至20位");

    private static String pattern(TableRow row, Problems problems, PatternField field) {
        String value = row.get(field.column());
        if (row.isNumeric(field.column()) && value.length() > 15) {
            problems.add(field.column(), "STORED_AS_NUMBER", "该值在Excel中被存为数字，可能已丢失末几位；请将该列设为文本");
        } else if (!value.isEmpty() && !field.matches(value)) {
            problems.add(field.column(), field.code(), field.message());
        }
        return value;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Collects the problems of one row. */
    private static final class Problems {
        private final TableRow row;
        private final List<RowProblem> list = new ArrayList<>();

        Problems(TableRow row) {
            this.row = row;
        }

        void add(String column, String code, String message) {
            list.add(RowProblem.of(row, column, code, message));
        }

        boolean isClean(String... columns) {
            return list.stream().noneMatch(p -> List.of(columns).contains(p.column()));
        }

        <T> T required(String column, Function<String, Parsed<T>> parser) {
            Parsed<T> parsed = parser.apply(row.get(column));
            parsed.problem().ifPresent(p -> list.add(RowProblem.of(row, column, p)));
            return parsed.toOptional().orElse(null);
        }

        <T> T optional(String column, Function<String, Parsed<T>> parser) {
            return row.get(column).isEmpty() ? null : required(column, parser);
        }
    }
}
