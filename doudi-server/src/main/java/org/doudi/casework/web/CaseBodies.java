package org.doudi.casework.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseQueries.Instalment;
import org.doudi.casework.CaseQueries.Visit;
import org.doudi.casework.CaseQueries.WorkItem;
import org.doudi.casework.Intake;
import org.doudi.casework.StepInput;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Refusal;
import org.doudi.policy.AssessmentRequest.TemporaryKind;
import org.doudi.policy.procedure.Stage;
import org.doudi.policy.procedure.Step;
import tools.jackson.databind.JsonNode;

/** The JSON bodies of the casework API: requests as the phone app and department systems send them, and answers. */
final class CaseBodies {

    private CaseBodies() {
    }

    /** An application as the app sends it; missing yes/no answers count as no. */
    record IntakeRequest(Long householdId, Programme programme, TemporaryKind temporaryKind, Long subjectPersonId,
                         String regionCode, String residenceBasis, String channel, String entrustedBy, String cause,
                         BigDecimal requestedAmount, Boolean promiseSigned, Boolean authorisationSigned,
                         Boolean staffRelativeDeclared, String staffRelativeNote, String note) {

        Intake toIntake() {
            if (householdId == null) {
                throw required("householdId", "家庭");
            }
            if (programme == null) {
                throw required("programme", "救助类别");
            }
            return new Intake(householdId, programme, temporaryKind, subjectPersonId, regionCode, residenceBasis, channel,
                    entrustedBy, cause, requestedAmount, yes(promiseSigned), yes(authorisationSigned),
                    yes(staffRelativeDeclared), staffRelativeNote, note);
        }
    }

    /** A step with what the person entered; {@code version} is the case version the person saw. */
    record StepRequest(Integer version, String note, List<String> items, String visitKind, LocalDate visitedOn,
                       List<String> visitors, Boolean familySigned, Boolean favourable, Boolean promiseSigned,
                       Boolean authorisationSigned, BigDecimal amount, String outcome, List<BigDecimal> instalments) {

        StepInput toInput() {
            if (version == null) {
                throw required("version", "案件版本号（version，取自最近一次读取的案件）");
            }
            return new StepInput(version, note, items, visitKind, visitedOn, visitors, familySigned, favourable,
                    promiseSigned, authorisationSigned, amount, outcome, instalments);
        }
    }

    /** A review of a household in a programme: PERIODIC, REPORTED_CHANGE, DEATH, AGEING_OUT or ALERT; TERMINATION opens the published termination of extreme-poverty support. */
    record ReviewRequest(Programme programme, String reason, LocalDate dueOn, String note) {
    }

    /** A line of 我的待办 or of a search. */
    record WorkItemView(long id, String caseNo, Programme programme, Stage stage, String applicantName,
                        String regionCode, String dueOffice, String dueTask, LocalDate dueOn, boolean overdue,
                        boolean dueSoon, boolean escalated, int version) {
        static WorkItemView of(WorkItem item) {
            CaseFile f = item.file();
            return new WorkItemView(f.id(), f.caseNo(), f.programme(), f.stage(), item.applicantName(), f.regionCode(),
                    f.dueOffice(), f.dueTask(), f.dueOn(), item.overdue(), item.dueSoon(), item.escalated(), f.version());
        }
    }

    /** A step on the case's timeline, its details as JSON. */
    record EventView(Instant at, String actor, String actorRole, String step, String fromStage, String toStage,
                     String note, JsonNode details) {
    }

    /**
     * A case: every field of the case file at the top level, the engine's assessment as a JSON object, the steps
     * the caller may take now, and the case's timeline, visits and instalments.
     */
    record CaseView(@JsonUnwrapped @JsonIgnoreProperties("assessment") CaseFile file, JsonNode assessment,
                    List<Step> availableSteps, List<EventView> events, List<Visit> visits,
                    List<Instalment> instalments) {
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static Refusal required(String field, String what) {
        return new Refusal("FIELD_REQUIRED", field, "请填写" + what);
    }
}
