package org.doudi.kernel;

/** Relation of a household member to the applicant (与申请人关系). */
public enum Relation {
    APPLICANT, SPOUSE, CHILD, PARENT, GRANDPARENT, GRANDCHILD, SIBLING, OTHER
}
