package org.doudi.tabular;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of reading one value from user data: either the value or the {@link ValueProblem} that
 * prevented it. Parsers of user data return this instead of throwing.
 *
 * <pre>{@code
 * Parsed<LocalDate> died = Values.date(row.get("death_date"));
 * died.problem().ifPresent(problem -> rejected.add(row, "death_date", problem));
 * }</pre>
 */
public final class Parsed<T> {

    private final T value;
    private final ValueProblem problem;

    private Parsed(T value, ValueProblem problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    public static <T> Parsed<T> problem(String code, String reason) {
        return new Parsed<>(null, new ValueProblem(code, reason));
    }

    public boolean isValid() {
        return problem == null;
    }

    /** The value; throws {@link IllegalStateException} if there is a problem instead. */
    public T value() {
        if (problem != null) {
            throw new IllegalStateException(problem.code() + ": " + problem.reason());
        }
        return value;
    }

    public Optional<ValueProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The value, or empty if there is a problem. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    public T orElse(T other) {
        return problem == null ? value : other;
    }

    public <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        return problem == null ? Parsed.of(mapper.apply(value)) : new Parsed<>(null, problem);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parsed<?> that
                && Objects.equals(value, that.value) && Objects.equals(problem, that.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, problem);
    }

    @Override
    public String toString() {
        return problem == null ? "Parsed[" + value + "]" : "Parsed[" + problem + "]";
    }
}
