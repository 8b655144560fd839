package org.doudi.policy.dibao;

import java.time.LocalDate;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.policy.AssessmentRequest.Disability;
import org.doudi.policy.AssessmentRequest.Member;

/** A member for the rule tests: a person with a relation and a birth date, and what the rule under test needs. */
final class MemberFixture {

    private final String id;
    private final Relation relation;
    private final LocalDate birthDate;
    private Disability disability;
    private Boolean seriousIllness;
    private Schooling schooling;
    private LocalDate employedSince;
    private Boolean inPrison;
    private Boolean missing;
    private Integer religiousYearsAway;
    private Boolean drugRehabilitation;
    private Boolean migrantWork;

    private MemberFixture(String id, Relation relation, String birthDate) {
        this.id = id;
        this.relation = relation;
        this.birthDate = LocalDate.parse(birthDate);
    }

    static MemberFixture person(String id, Relation relation, String birthDate) {
        return new MemberFixture(id, relation, birthDate);
    }

    MemberFixture disabled(DisabilityKind kind, int grade) {
        disability = new Disability(kind, grade);
        return this;
    }

    MemberFixture seriouslyIll() {
        seriousIllness = true;
        return this;
    }

    MemberFixture schooling(Schooling stage) {
        schooling = stage;
        return this;
    }

    MemberFixture employedSince(String date) {
        employedSince = LocalDate.parse(date);
        return this;
    }

    MemberFixture inPrison() {
        inPrison = true;
        return this;
    }

    MemberFixture missing() {
        missing = true;
        return this;
    }

    MemberFixture drugRehabilitation() {
        drugRehabilitation = true;
        return this;
    }

    MemberFixture religiousYearsAway(int years) {
        religiousYearsAway = years;
        return this;
    }

    MemberFixture migrantWork() {
        migrantWork = true;
        return this;
    }

    Member build() {
        return new Member(id, null, birthDate, relation, disability, seriousIllness, schooling, null, employedSince,
                inPrison, missing, religiousYearsAway, drugRehabilitation, migrantWork, null, null, null);
    }
}
