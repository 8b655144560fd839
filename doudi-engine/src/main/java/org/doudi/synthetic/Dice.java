package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random stream with the few draws the generator needs. Every household gets its own stream, seeded by
 * {@link #mix} of the run's seed and the household's index, so households can be generated in any order
 * (and in parallel) and still give the same files.
 */
final class Dice {

    private final SplittableRandom random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for the given parts (run seed, household index, stream name...). */
    static Dice of(long... parts) {
        return new Dice(mix(parts));
    }

    /** SplitMix64 over the parts: close inputs give unrelated outputs. */
    static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = scramble(h ^ scramble(part + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** Cents from {@code low} to {@code high} 元. */
    long yuanCents(double low, double high) {
        return Math.round(uniform(low, high) * 100);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    /** The index of a weight, drawn in proportion to the weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days <= 0) {
            return from;
        }
        return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(days + 1));
    }

    /** A day within the given whole days before a date (0 = the date itself). */
    LocalDate daysBefore(LocalDate date, int fewest, int most) {
        return date.minusDays(between(fewest, most));
    }

    int digits(int count) {
        int bound = 1;
        for (int i = 0; i < count; i++) {
            bound *= 10;
        }
        return random.nextInt(bound);
    }
}
