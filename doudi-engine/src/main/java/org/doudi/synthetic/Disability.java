package org.doudi.synthetic;

import java.time.LocalDate;
import org.doudi.kernel.DisabilityKind;

/** A disability certificate (残疾人证): kind, grade 1 (most severe) to 4, and the day it was issued. */
record Disability(DisabilityKind kind, int grade, LocalDate certifiedOn) {

    /** Grade 1-2, or grade 3 intellectual/mental: the severe disabilities of the monitoring rules. */
    boolean severe() {
        return grade <= 2 || (grade == 3 && (kind == DisabilityKind.INTELLECTUAL || kind == DisabilityKind.MENTAL));
    }
}
