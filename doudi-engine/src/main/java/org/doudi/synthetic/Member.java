package org.doudi.synthetic;

import org.doudi.kernel.Employment;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.kernel.WorkCapacity;

/** A registry member: the person, the relation to the applicant and the facts the registry keeps. */
record Member(Person person, Relation relation, Disability disability, boolean seriousIllness,
              WorkCapacity workCapacity, SelfCare selfCare, Schooling schooling, Employment employment,
              String phone) {

    boolean hasDisability() {
        return disability != null;
    }

    boolean severelyDisabled() {
        return disability != null && disability.severe();
    }

    boolean inSchool() {
        return schooling != Schooling.NONE;
    }

    String name() {
        return person.name();
    }
}
