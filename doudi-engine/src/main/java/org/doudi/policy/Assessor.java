package org.doudi.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Divisions;
import org.doudi.kernel.Programme;
import org.doudi.kernel.WorkingDayCalendar;

/**
 * The engine's door (contracts/assessment.md): {@code assess(request) -> Decision}. Validates the request,
 * resolves the parameters of the request's region, area and date (with its what-if overrides on top), and
 * hands the household to the programme's calculator.
 */
public final class Assessor {

    private final PolicySource policy;
    private final WorkingDayCalendar calendar;
    private final RequestValidator validator;
    private final Map<Programme, ProgrammeCalculator> calculators;

    /** With the shipped division codes and the official calendar. */
    public Assessor(PolicySource policy) {
        this(policy, WorkingDayCalendar.china(), Divisions::exists, Calculators.all());
    }

    public Assessor(PolicySource policy, WorkingDayCalendar calendar, Predicate<String> regionExists,
                    Map<Programme, ProgrammeCalculator> calculators) {
        this.policy = policy;
        this.calendar = calendar;
        this.validator = new RequestValidator(regionExists);
        this.calculators = new EnumMap<>(calculators);
    }

    /** Assesses with full explanations; throws {@link AssessmentException} for a request that cannot be assessed. */
    public Decision assess(AssessmentRequest request) {
        return assess(request, true);
    }

    /** With {@code explain} false the reasons keep their codes and references but no texts or steps are built. */
    public Decision assess(AssessmentRequest request, boolean explain) {
        DivisionCode region = validator.validate(request);
        ProgrammeCalculator calculator = calculators.get(request.programme());
        if (calculator == null) {
            throw new AssessmentException("PROGRAMME_UNSUPPORTED", "programme", "尚未实现该项目的评估：" + request.programme());
        }
        Parameters parameters = new OverriddenParameters(policy.at(region, request.area(), request.asOf()),
                request.parameters());
        try {
            return calculator.assess(new Assessment(request, parameters, calendar, explain));
        } catch (MissingParameterException e) {
            throw new AssessmentException("PARAMETER_NOT_CONFIGURED", "parameters." + e.name(),
                    "该地区在 " + request.asOf() + " 未配置政策参数 " + e.name() + "，可在请求的 parameters 中给出");
        }
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public PolicySource policy() {
        return policy;
    }
}
