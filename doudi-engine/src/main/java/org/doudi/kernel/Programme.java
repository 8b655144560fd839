package org.doudi.kernel;

/**
 * Assistance programmes (glossary codes). {@link #LOW_INCOME} stands for a household that is in the
 * low-income database (其他低收入人口) without any programme: files write it as an empty programme.
 */
public enum Programme {
    DIBAO,
    MARGINAL,
    EXTREME_POVERTY,
    RIGID_EXPENDITURE,
    TEMPORARY,
    DISABILITY_LIVING,
    DISABILITY_CARE,
    OLD_AGE_ALLOWANCE,
    ORPHAN,
    UNSUPPORTED_CHILD,
    LOW_INCOME;

    /** The code written in files: empty for {@link #LOW_INCOME}. */
    public String fileCode() {
        return this == LOW_INCOME ? "" : name();
    }

    /** Reads a file code; an empty code means {@link #LOW_INCOME}. */
    public static Programme ofFileCode(String code) {
        return code == null || code.isBlank() ? LOW_INCOME : valueOf(code.strip());
    }
}
