package org.doudi.kernel;

/** The five levels of the statistical division codes, with the number of digits of each. */
public enum DivisionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int digits;

    DivisionLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    public static DivisionLevel ofDigits(int digits) {
        for (DivisionLevel level : values()) {
            if (level.digits == digits) {
                return level;
            }
        }
        throw new IllegalArgumentException("no division level has " + digits + " digits");
    }
}
