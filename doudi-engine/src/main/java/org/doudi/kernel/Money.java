package org.doudi.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in 元, always held with two decimals (分). Benefits, incomes and payments use it.
 *
 * <p>Nothing rounds silently: an amount with more than two decimals is rejected unless the caller names
 * a {@link RoundingMode}, and every operation that can produce fractions of a 分 takes one.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    private static final int SCALE = 2;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Normalises to two decimals; rejects null and amounts with a non-zero third decimal. */
    public Money {
        Objects.requireNonNull(yuan, "金额不能为空");
        try {
            yuan = yuan.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("金额最多两位小数（精确到分）：" + yuan.toPlainString(), e);
        }
    }

    /** Parses an amount such as {@code "12.50"} or {@code "-3"}; more than two decimals is an error. */
    public static Money of(String text) {
        return new Money(decimal(text));
    }

    /** Parses an amount and rounds it to 分 with the given mode. */
    public static Money of(String text, RoundingMode rounding) {
        return of(decimal(text), rounding);
    }

    public static Money of(BigDecimal yuan) {
        return new Money(yuan);
    }

    /** Rounds an amount to 分 with the given mode. */
    public static Money of(BigDecimal yuan, RoundingMode rounding) {
        Objects.requireNonNull(yuan, "金额不能为空");
        return new Money(yuan.setScale(SCALE, Objects.requireNonNull(rounding, "rounding")));
    }

    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    /** Bank files count in 分: {@code ofFen(1250)} is 12.50 元. */
    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, SCALE));
    }

    private static BigDecimal decimal(String text) {
        Objects.requireNonNull(text, "金额不能为空");
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("不是有效的金额：" + text, e);
        }
    }

    /** The amount in 分, exactly. */
    public long toFen() {
        return yuan.movePointRight(SCALE).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    public Money negate() {
        return new Money(yuan.negate());
    }

    /** Multiplies by a whole number (e.g. a monthly amount times months): exact, no rounding needed. */
    public Money times(long count) {
        return new Money(yuan.multiply(BigDecimal.valueOf(count)));
    }

    /** Multiplies by a factor (a ratio, a percentage as 0.05) and rounds the product to 分. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(yuan.multiply(factor).setScale(SCALE, Objects.requireNonNull(rounding, "rounding")));
    }

    /** One of {@code parts} equal shares, rounded to 分 (the shares may not add up to the whole). */
    public Money dividedBy(int parts, RoundingMode rounding) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts must be positive: " + parts);
        }
        return new Money(yuan.divide(BigDecimal.valueOf(parts), SCALE, Objects.requireNonNull(rounding, "rounding")));
    }

    /** Rounds to whole 元, e.g. {@link RoundingMode#CEILING} for 向上取整到元. */
    public Money roundedToYuan(RoundingMode rounding) {
        return new Money(yuan.setScale(0, Objects.requireNonNull(rounding, "rounding")));
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isPositive() {
        return yuan.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    /** Plain decimal with two places, e.g. {@code 1234.50}; never scientific notation. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
