package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Sex;

/**
 * Draws who lives in a household and how old they are: the applicant's age from the household's shape
 * (skewed old: a low-income database, not the general population), then spouses of the opposite sex and a
 * few years apart, children 22-38 years younger, parents 20-32 years older, grandchildren through a son.
 * Children take the surname of the man at the head of the family.
 */
final class HouseholdComposer {

    /** A member before the registry facts are added. */
    record Sketch(Relation relation, Person person) {
    }

    private final People people;

    HouseholdComposer(People people) {
        this.people = people;
    }

    List<Sketch> compose(UnitOutput out, Dice dice, HouseholdProfile profile) {
        if (profile.size() == 1) {
            return List.of(new Sketch(Relation.APPLICANT, single(out, dice, profile)));
        }
        boolean working = profile.plant().needsWorkingAdult();
        Composition shape = Composition.draw(dice, profile.size(), working);
        int applicantAge = dice.between(shape.youngestApplicant(),
                working ? Math.min(55, shape.oldestApplicant()) : shape.oldestApplicant());
        return new Family(out, dice, shape, applicantAge).members();
    }

    private Person single(UnitOutput out, Dice dice, HouseholdProfile profile) {
        if (profile.plant().extremePovertyMinorTurned18()) {
            LocalDate birth = people.asOf().minusYears(18).minusDays(dice.between(15, 300));
            return people.create(out, dice, Names.surname(dice), People.anySex(dice), birth);
        }
        if (profile.programme() == Programme.EXTREME_POVERTY) {
            int age = switch (dice.weighted(78, 20, 2)) {
                case 0 -> dice.between(65, 96);
                case 1 -> dice.between(26, 59);
                default -> dice.between(6, 16);
            };
            return people.create(out, dice, age >= 60 && dice.chance(0.55) ? Sex.MALE : People.anySex(dice), age);
        }
        int age = profile.plant().needsWorkingAdult() ? dice.between(25, 55) : switch (dice.weighted(10, 25, 35, 30)) {
            case 0 -> dice.between(25, 44);
            case 1 -> dice.between(45, 59);
            case 2 -> dice.between(60, 74);
            default -> dice.between(75, 92);
        };
        return people.create(out, dice, dice.chance(0.48) ? Sex.MALE : Sex.FEMALE, age);
    }

    /** One household being drawn, member by member in the order of its shape. */
    private final class Family {
        private final UnitOutput out;
        private final Dice dice;
        private final Composition shape;
        private final int applicantAge;
        private final Sex applicantSex;
        private final String applicantSurname;
        private final String familySurname;
        private int sonAge = -1;
        private int parentsDrawn;
        private int firstParentAge;

        Family(UnitOutput out, Dice dice, Composition shape, int applicantAge) {
            this.out = out;
            this.dice = dice;
            this.shape = shape;
            this.applicantAge = applicantAge;
            this.applicantSex = applicantSex(dice, shape);
            this.applicantSurname = Names.surname(dice);
            this.familySurname = applicantSex == Sex.MALE || !shape.hasSpouse() ? applicantSurname : Names.surname(dice);
        }

        private static Sex applicantSex(Dice dice, Composition shape) {
            if (shape.hasSpouse()) {
                return dice.chance(0.78) ? Sex.MALE : Sex.FEMALE;
            }
            if (shape == Composition.PARENT_AND_CHILD || shape == Composition.PARENT_AND_TWO_CHILDREN) {
                return dice.chance(0.7) ? Sex.FEMALE : Sex.MALE;
            }
            return People.anySex(dice);
        }

        List<Sketch> members() {
            List<Sketch> members = new ArrayList<>();
            for (Relation relation : shape.relations()) {
                members.add(new Sketch(relation, member(relation)));
            }
            return members;
        }

        private Person member(Relation relation) {
            return switch (relation) {
                case APPLICANT -> person(applicantSurname, applicantSex, applicantAge);
                case SPOUSE -> spouse();
                case CHILD -> child();
                case PARENT -> parent();
                case GRANDCHILD -> grandchild();
                default -> sonsWife();
            };
        }

        private Person person(String surname, Sex sex, int age) {
            return people.create(out, dice, surname, sex, people.birthForAge(dice, age));
        }

        private Person spouse() {
            Sex sex = People.opposite(applicantSex);
            int age = sex == Sex.FEMALE ? Math.max(20, applicantAge - dice.between(0, 5)) : applicantAge + dice.between(0, 5);
            String surname = sex == Sex.MALE ? familySurname : Names.surname(dice);
            return person(surname, sex, age);
        }

        private Person child() {
            if (shape.hasGrandchildThroughSon() && sonAge < 0) {
                sonAge = Math.max(20, applicantAge - dice.between(22, 30));
                return person(familySurname, Sex.MALE, sonAge);
            }
            int age = Math.max(0, applicantAge - dice.between(22, Math.min(38, applicantAge)));
            return person(familySurname, People.anySex(dice), age);
        }

        private Person parent() {
            parentsDrawn++;
            boolean both = shape.relations().stream().filter(r -> r == Relation.PARENT).count() == 2;
            if (both && parentsDrawn == 2) {
                int age = Math.max(applicantAge + 18, firstParentAge - dice.between(0, 5));
                return person(Names.surname(dice), Sex.FEMALE, age);
            }
            int age = Math.min(98, applicantAge + dice.between(20, 32));
            firstParentAge = age;
            Sex sex = both || dice.chance(0.35) ? Sex.MALE : Sex.FEMALE;
            return person(sex == Sex.MALE ? applicantSurname : Names.surname(dice), sex, age);
        }

        private Person grandchild() {
            int oldest = sonAge >= 0 ? Math.min(17, sonAge - 20) : Math.min(17, applicantAge - 44);
            oldest = Math.max(0, oldest);
            int youngest = sonAge >= 0 ? 0 : Math.min(Math.max(0, applicantAge - 62), oldest);
            return person(familySurname, People.anySex(dice), dice.between(youngest, oldest));
        }

        private Person sonsWife() {
            int age = Math.max(18, (sonAge >= 0 ? sonAge : applicantAge - 26) + dice.between(-3, 3));
            return person(Names.surname(dice), Sex.FEMALE, age);
        }
    }
}
