package org.doudi.synthetic;

import static org.doudi.kernel.Relation.APPLICANT;
import static org.doudi.kernel.Relation.CHILD;
import static org.doudi.kernel.Relation.GRANDCHILD;
import static org.doudi.kernel.Relation.OTHER;
import static org.doudi.kernel.Relation.PARENT;
import static org.doudi.kernel.Relation.SPOUSE;

import java.util.List;
import org.doudi.kernel.Relation;

/**
 * The shapes of low-income households, by size: who lives with the applicant, the applicant's age range,
 * and how common the shape is among households of that size. OTHER is a son's wife.
 */
enum Composition {
    SINGLE(1, 100, 25, 92, APPLICANT),
    ELDERLY_COUPLE(2, 45, 58, 88, APPLICANT, SPOUSE),
    COUPLE(2, 10, 40, 58, APPLICANT, SPOUSE),
    PARENT_AND_CHILD(2, 15, 28, 50, APPLICANT, CHILD),
    ELDER_AND_ADULT_CHILD(2, 15, 65, 85, APPLICANT, CHILD),
    WITH_PARENT(2, 15, 30, 58, APPLICANT, PARENT),
    COUPLE_AND_CHILD(3, 50, 28, 55, APPLICANT, SPOUSE, CHILD),
    PARENT_AND_TWO_CHILDREN(3, 12, 30, 48, APPLICANT, CHILD, CHILD),
    COUPLE_AND_PARENT(3, 13, 35, 58, APPLICANT, SPOUSE, PARENT),
    GRANDPARENT_AND_TWO_GRANDCHILDREN(3, 10, 56, 80, APPLICANT, GRANDCHILD, GRANDCHILD),
    GRANDPARENTS_AND_GRANDCHILD(3, 15, 55, 78, APPLICANT, SPOUSE, GRANDCHILD),
    COUPLE_AND_TWO_CHILDREN(4, 55, 30, 52, APPLICANT, SPOUSE, CHILD, CHILD),
    COUPLE_CHILD_AND_PARENT(4, 20, 32, 55, APPLICANT, SPOUSE, CHILD, PARENT),
    GRANDPARENTS_AND_TWO_GRANDCHILDREN(4, 15, 55, 78, APPLICANT, SPOUSE, GRANDCHILD, GRANDCHILD),
    THREE_GENERATIONS(4, 10, 55, 75, APPLICANT, SPOUSE, CHILD, GRANDCHILD),
    COUPLE_TWO_CHILDREN_AND_PARENT(5, 35, 32, 55, APPLICANT, SPOUSE, CHILD, CHILD, PARENT),
    COUPLE_AND_THREE_CHILDREN(5, 25, 35, 52, APPLICANT, SPOUSE, CHILD, CHILD, CHILD),
    THREE_GENERATIONS_OF_FIVE(5, 25, 50, 72, APPLICANT, SPOUSE, CHILD, OTHER, GRANDCHILD),
    COUPLE_CHILD_AND_TWO_PARENTS(5, 15, 35, 55, APPLICANT, SPOUSE, PARENT, PARENT, CHILD),
    THREE_GENERATIONS_OF_SIX(6, 50, 50, 72, APPLICANT, SPOUSE, CHILD, OTHER, GRANDCHILD, GRANDCHILD),
    COUPLE_TWO_CHILDREN_AND_TWO_PARENTS(6, 50, 35, 55, APPLICANT, SPOUSE, CHILD, CHILD, PARENT, PARENT),
    THREE_GENERATIONS_OF_SEVEN(7, 50, 52, 75, APPLICANT, SPOUSE, CHILD, OTHER, GRANDCHILD, GRANDCHILD, GRANDCHILD),
    COUPLE_THREE_CHILDREN_AND_TWO_PARENTS(7, 50, 38, 55, APPLICANT, SPOUSE, CHILD, CHILD, CHILD, PARENT, PARENT);

    private final int size;
    private final int weight;
    private final int youngestApplicant;
    private final int oldestApplicant;
    private final List<Relation> relations;

    Composition(int size, int weight, int youngestApplicant, int oldestApplicant, Relation... relations) {
        this.size = size;
        this.weight = weight;
        this.youngestApplicant = youngestApplicant;
        this.oldestApplicant = oldestApplicant;
        this.relations = List.of(relations);
    }

    /** A shape for the size; with {@code workingApplicant}, only shapes whose applicant can be 25-55. */
    static Composition draw(Dice dice, int size, boolean workingApplicant) {
        List<Composition> candidates = java.util.Arrays.stream(values())
                .filter(c -> c.size == size && (!workingApplicant || c.youngestApplicant <= 50))
                .toList();
        int[] weights = candidates.stream().mapToInt(c -> c.weight).toArray();
        return candidates.get(dice.weighted(weights));
    }

    List<Relation> relations() {
        return relations;
    }

    int youngestApplicant() {
        return youngestApplicant;
    }

    int oldestApplicant() {
        return oldestApplicant;
    }

    /** Shapes with a child and a grandchild: the first child is the grandchildren's father. */
    boolean hasGrandchildThroughSon() {
        return relations.contains(CHILD) && relations.contains(GRANDCHILD);
    }

    boolean hasSpouse() {
        return relations.contains(SPOUSE);
    }
}
