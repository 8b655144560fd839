package org.doudi.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.Relation;
import org.doudi.kernel.WorkingDayCalendar;
import org.doudi.policy.AssessmentRequest.Member;

/**
 * One assessment in progress: the request, the parameters in force (remembering which were read), the
 * calendar, and the decision being written. Calculators record each rule's result here as a reason or a
 * step; with explanations off (bulk runs), the texts are not built.
 */
public final class Assessment {

    private final AssessmentRequest request;
    private final UsedParameters parameters;
    private final WorkingDayCalendar calendar;
    private final boolean explain;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Decision.Reason> reasons = new ArrayList<>();
    private final List<Decision.Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Assessment(AssessmentRequest request, Parameters parameters, WorkingDayCalendar calendar, boolean explain) {
        this.request = request;
        this.parameters = new UsedParameters(parameters);
        this.calendar = calendar;
        this.explain = explain;
    }

    /** For calculator tests: an assessment over given parameters. */
    public static Assessment of(AssessmentRequest request, Parameters parameters, WorkingDayCalendar calendar) {
        return new Assessment(request, parameters, calendar, true);
    }

    public AssessmentRequest request() {
        return request;
    }

    public LocalDate asOf() {
        return request.asOf();
    }

    public Parameters parameters() {
        return parameters;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public boolean explains() {
        return explain;
    }

    public List<Member> members() {
        return request.household() == null || request.household().members() == null ? List.of()
                : request.household().members();
    }

    /** The member the request names as {@code subject}, or the applicant. */
    public Member subject() {
        String id = request.subject();
        return members().stream()
                .filter(m -> id == null ? m.relation() == Relation.APPLICANT : id.equals(m.id()))
                .findFirst().orElseGet(() -> members().get(0));
    }

    /** A member's birth date: from the ID number when given, else the stated birth date. */
    public static LocalDate birthDate(Member member) {
        if (member.idNumber() != null && !member.idNumber().isBlank()) {
            return IdNumber.parse(member.idNumber()).birthDate();
        }
        return member.birthDate();
    }

    /** Full years of age on the assessment date. */
    public int ageOf(Member member) {
        return Math.max(0, java.time.Period.between(birthDate(member), asOf()).getYears());
    }

    public void reason(String code, String text, String reference) {
        reasons.add(new Decision.Reason(code, explain ? text : null, reference));
    }

    public void reason(String code, Supplier<String> text, String reference) {
        reasons.add(new Decision.Reason(code, explain ? text.get() : null, reference));
    }

    /** Records a step of the arithmetic and returns its value, so steps read as assignments. */
    public <T> T step(String name, T value, Supplier<String> explanation, String reference) {
        if (explain) {
            steps.add(new Decision.Step(name, value, explanation.get(), reference));
        }
        return value;
    }

    public <T> T step(String name, T value, String explanation, String reference) {
        if (explain) {
            steps.add(new Decision.Step(name, value, explanation, reference));
        }
        return value;
    }

    public void figure(String name, Object value) {
        figures.put(name, value);
    }

    public Optional<Object> figure(String name) {
        return Optional.ofNullable(figures.get(name));
    }

    public void note(String text) {
        notes.add(text);
    }

    /** The decision for a monthly programme. */
    public Decision decide(boolean eligible, BigDecimal monthlyAmount) {
        return build(eligible, eligible ? monthlyAmount : BigDecimal.ZERO.setScale(2), null, null, null);
    }

    /** The decision for a one-off grant (temporary assistance). */
    public Decision decideGrant(boolean eligible, BigDecimal amount, Decision.ApprovalLevel level, LocalDate deadline) {
        return build(eligible, BigDecimal.ZERO.setScale(2), eligible ? amount : BigDecimal.ZERO.setScale(2), level, deadline);
    }

    private Decision build(boolean eligible, BigDecimal monthly, BigDecimal amount, Decision.ApprovalLevel level,
                           LocalDate deadline) {
        List<String> allNotes = new ArrayList<>(notes);
        for (ParameterValue v : parameters.values()) {
            if (v.illustrative() && explain) {
                allNotes.add("参数 " + v.name() + " 为示例值（未找到正式文件），结论仅供参考");
            }
        }
        return new Decision(request.programme(), eligible, monthly, amount, level, deadline,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures)),
                List.copyOf(reasons), List.copyOf(steps), parameters.uses(), List.copyOf(allNotes));
    }
}
