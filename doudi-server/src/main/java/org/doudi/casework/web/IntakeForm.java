package org.doudi.casework.web;

import org.doudi.casework.CaseException;
import org.doudi.casework.Intake;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest.TemporaryKind;

/** The intake form as posted; empty fields are absent values. */
record IntakeForm(
        Long household,
        String programme,
        String temporaryKind,
        Long subjectPersonId,
        String channel,
        String entrustedBy,
        String residenceBasis,
        String regionCode,
        String cause,
        String requestedAmount,
        Boolean promiseSigned,
        Boolean authorisationSigned,
        Boolean staffRelativeDeclared,
        String staffRelativeNote,
        String note) {

    Intake toIntake() {
        if (StepForm.blankToNull(programme) == null) {
            throw new CaseException("FIELD_REQUIRED", "programme", "请选择救助类别");
        }
        String kind = StepForm.blankToNull(temporaryKind);
        return new Intake(household, Programme.valueOf(programme), kind == null ? null : TemporaryKind.valueOf(kind),
                subjectPersonId, StepForm.blankToNull(regionCode), StepForm.blankToNull(residenceBasis),
                StepForm.blankToNull(channel), StepForm.blankToNull(entrustedBy), StepForm.blankToNull(cause),
                StepForm.amount(requestedAmount, "requestedAmount"), Boolean.TRUE.equals(promiseSigned),
                Boolean.TRUE.equals(authorisationSigned), Boolean.TRUE.equals(staffRelativeDeclared),
                StepForm.blankToNull(staffRelativeNote), StepForm.blankToNull(note));
    }
}
