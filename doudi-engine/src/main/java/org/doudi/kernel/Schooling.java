package org.doudi.kernel;

/** 在学情况: the stage of schooling a person is in, or none. */
public enum Schooling {
    NONE, PRESCHOOL, COMPULSORY, SENIOR_HIGH, VOCATIONAL, UNIVERSITY
}
