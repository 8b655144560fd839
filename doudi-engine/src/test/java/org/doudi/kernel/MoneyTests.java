package org.doudi.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void amountsPrintAsPlainYuanWithTwoDecimals() {
        assertThat(Money.of("1234.5")).hasToString("1234.50");
        assertThat(Money.ofYuan(600)).hasToString("600.00");
        assertThat(Money.of(new BigDecimal("1E+7"))).hasToString("10000000.00");
        assertThat(Money.ZERO).hasToString("0.00");
    }

    @Test
    void theSameAmountWrittenDifferentlyIsEqual() {
        assertThat(Money.of("600")).isEqualTo(Money.ofYuan(600)).isEqualTo(Money.of(" 600.00 "));
        assertThat(Money.of("12.500")).isEqualTo(Money.of("12.50"));
        assertThat(Money.of("0")).isEqualTo(Money.ZERO);
    }

    @Test
    void fractionsOfAFenAreRejectedUnlessARoundingModeIsGiven() {
        assertThatThrownBy(() -> Money.of("12.345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12.345");
        assertThat(Money.of("12.345", RoundingMode.HALF_UP)).isEqualTo(Money.of("12.35"));
        assertThat(Money.of("12.345", RoundingMode.HALF_EVEN)).isEqualTo(Money.of("12.34"));
        assertThat(Money.of(new BigDecimal("0.001"), RoundingMode.CEILING)).isEqualTo(Money.of("0.01"));
    }

    @Test
    void missingOrMalformedAmountsAreRejected() {
        assertThatThrownBy(() -> Money.of((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Money(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of("12,50")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12,50");
        assertThatThrownBy(() -> Money.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bankFilesCountInFen() {
        assertThat(Money.ofFen(1250)).isEqualTo(Money.of("12.50"));
        assertThat(Money.of("745.06").toFen()).isEqualTo(74506);
    }

    @Test
    void addsSubtractsAndNegatesExactly() {
        Money standard = Money.of("745.00");
        Money income = Money.of("312.40");
        assertThat(standard.minus(income)).isEqualTo(Money.of("432.60"));
        assertThat(income.minus(standard)).isEqualTo(Money.of("-432.60"));
        assertThat(income.plus(income)).isEqualTo(Money.of("624.80"));
        assertThat(income.negate().negate()).isEqualTo(income);
    }

    @Test
    void multiplyingByAWholeNumberOfMonthsNeedsNoRounding() {
        assertThat(Money.of("432.60").times(3)).isEqualTo(Money.of("1297.80"));
    }

    @Test
    void multiplyingByAFactorRoundsWithTheGivenMode() {
        Money standard = Money.of("745.00");
        assertThat(standard.times(new BigDecimal("1.5"), RoundingMode.UNNECESSARY)).isEqualTo(Money.of("1117.50"));
        assertThat(Money.of("333.33").times(new BigDecimal("0.3"), RoundingMode.HALF_UP)).isEqualTo(Money.of("100.00"));
        assertThat(Money.of("333.35").times(new BigDecimal("0.3"), RoundingMode.DOWN)).isEqualTo(Money.of("100.00"));
        assertThat(Money.of("333.35").times(new BigDecimal("0.3"), RoundingMode.UP)).isEqualTo(Money.of("100.01"));
    }

    @Test
    void aProductThatNeedsRoundingFailsWhenTheCallerSaysNoneIsNeeded() {
        assertThatThrownBy(() -> Money.of("333.35").times(new BigDecimal("0.3"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void dividingIntoSharesRoundsEachShare() {
        Money amount = Money.of("100.00");
        assertThat(amount.dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(Money.of("33.33"));
        assertThat(amount.dividedBy(3, RoundingMode.CEILING)).isEqualTo(Money.of("33.34"));
        assertThat(amount.dividedBy(4, RoundingMode.UNNECESSARY)).isEqualTo(Money.of("25.00"));
        assertThatThrownBy(() -> amount.dividedBy(0, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsToWholeYuanUpwardsForCeiling() {
        assertThat(Money.of("1116.01").roundedToYuan(RoundingMode.CEILING)).isEqualTo(Money.of("1117.00"));
        assertThat(Money.of("1116.00").roundedToYuan(RoundingMode.CEILING)).isEqualTo(Money.of("1116.00"));
        assertThat(Money.of("2.50").roundedToYuan(RoundingMode.HALF_UP)).hasToString("3.00");
        assertThat(Money.of("2.50").roundedToYuan(RoundingMode.HALF_EVEN)).hasToString("2.00");
    }

    @Test
    void comparesAmountsByValue() {
        Money small = Money.of("99.99");
        Money large = Money.ofYuan(100);
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(large)).isFalse();
        assertThat(large.isGreaterThan(Money.of("100"))).isFalse();
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(small.max(large)).isEqualTo(large);
        assertThat(small.min(large)).isEqualTo(small);
        assertThat(Money.ZERO.max(Money.of("-3.00"))).isEqualTo(Money.ZERO);
    }

    @Test
    void tellsZeroNegativeAndPositiveApart() {
        assertThat(Money.of("0.00").isZero()).isTrue();
        assertThat(Money.of("-0.01").isNegative()).isTrue();
        assertThat(Money.of("-0.01").isZero()).isFalse();
        assertThat(Money.of("0.01").isPositive()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ZERO.isPositive()).isFalse();
    }

    @Test
    void sortsFromSmallestToLargest() {
        List<Money> amounts = new ArrayList<>(List.of(Money.of("10.5"), Money.of("-1"), Money.of("2")));
        amounts.sort(null);
        assertThat(amounts).extracting(Money::toString).containsExactly("-1.00", "2.00", "10.50");
    }
}
