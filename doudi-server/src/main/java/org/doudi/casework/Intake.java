package org.doudi.casework;

import java.math.BigDecimal;
import org.doudi.kernel.Programme;
import org.doudi.policy.AssessmentRequest.TemporaryKind;

/**
 * An application as received (《最低生活保障审核确认办法》第四条至第九条).
 *
 * @param regionCode the village where it is handled: the household's own (null), or the habitual residence or
 *                   the place of the emergency
 * @param residenceBasis REGISTERED, HABITUAL (居住证 holders, members registered elsewhere) or EMERGENCY_LOCATION
 * @param channel FAMILY, ENTRUSTED (with {@code entrustedBy}), VILLAGE_COMMITTEE (on the family's behalf) or TOWNSHIP
 * @param subjectPersonId for programmes paid to one person (extreme poverty, child allowance): who; the applicant if null
 * @param staffRelativeDeclared the applicant declared that a member is a close relative of a caseworker or village cadre
 */
public record Intake(
        long householdId,
        Programme programme,
        TemporaryKind temporaryKind,
        Long subjectPersonId,
        String regionCode,
        String residenceBasis,
        String channel,
        String entrustedBy,
        String cause,
        BigDecimal requestedAmount,
        boolean promiseSigned,
        boolean authorisationSigned,
        boolean staffRelativeDeclared,
        String staffRelativeNote,
        String note) {
}
