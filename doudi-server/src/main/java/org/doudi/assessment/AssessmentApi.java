package org.doudi.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.doudi.policy.AssessmentException;
import org.doudi.policy.Assessor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/assessments}: the contract's request in, the decision out (200), or the contract's
 * error object (400). The body is read by the same code as the command line, so both doors answer alike.
 */
@RestController
@Tag(name = "assessments", description = "救助资格与金额评估（contracts/assessment.md）")
class AssessmentApi {

    private final Assessor assessor;

    AssessmentApi(Assessor assessor) {
        this.assessor = assessor;
    }

    @PostMapping(value = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "评估一户家庭 / assess a household for a programme, with reasons, steps and parameters used")
    ResponseEntity<String> assess(@RequestBody(required = false) String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(AssessmentJson.write(assessor.assess(AssessmentJson.read(body))));
    }

    @ExceptionHandler(AssessmentException.class)
    ResponseEntity<Map<String, Object>> refused(AssessmentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(AssessmentJson.error(e));
    }
}
