package org.doudi.casework.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The engine's explanation kept with a case: the reasons with their references and the steps of the arithmetic. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseExplanation(Boolean eligible, List<Reason> reasons, List<Step> steps, List<String> notes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String code, String text, String reference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(String name, Object value, String explanation, String reference) {
    }

    /** The explanation in a case's {@code assessment} JSON; null when the case has not been assessed yet. */
    static CaseExplanation of(String assessment, JsonMapper json) {
        if (assessment == null || assessment.isBlank()) {
            return null;
        }
        CaseExplanation read = json.readValue(assessment, CaseExplanation.class);
        return new CaseExplanation(read.eligible(), read.reasons() == null ? List.of() : read.reasons(),
                read.steps() == null ? List.of() : read.steps(), read.notes() == null ? List.of() : read.notes());
    }
}
