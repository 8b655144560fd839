package org.doudi.kernel;

/** Thrown for a number that is not a valid GB 11643 identity number; {@link #problem()} says why. */
public class InvalidIdNumberException extends IllegalArgumentException {

    private final IdNumber.Problem problem;
    private final String input;

    public InvalidIdNumberException(IdNumber.Problem problem, String input) {
        super(problem.message() + "：" + input);
        this.problem = problem;
        this.input = input;
    }

    public IdNumber.Problem problem() {
        return problem;
    }

    public String input() {
        return input;
    }
}
