package org.doudi.synthetic;

import java.time.LocalDate;

/** What a plant changed that the harmless rows must respect: a member who died, and when. */
record Planted(Person deceased, LocalDate deathDate) {

    static final Planted NOTHING = new Planted(null, null);

    boolean died(Member member) {
        return deceased != null && deceased.slot() == member.person().slot();
    }
}
