package org.doudi.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTests {

    @ParameterizedTest(name = "每人{1}元×{2}人，{0}：{3}元")
    @CsvSource({
            // the published 3-person example: rounding the per-capita gap first gives 1 元 more
            "HOUSEHOLD_TOTAL_TO_YUAN, 366.67, 3, 1100.00",
            "PER_CAPITA_GAP_TO_YUAN,  366.67, 3, 1101.00",
            "TO_CENT,                 366.67, 3, 1100.01",
            // half a 元 rounds up, per household or per person
            "HOUSEHOLD_TOTAL_TO_YUAN, 0.50,   3, 2.00",
            "PER_CAPITA_GAP_TO_YUAN,  0.50,   3, 3.00",
            "TO_CENT,                 0.50,   3, 1.50",
            "HOUSEHOLD_TOTAL_TO_YUAN, 313.5,  1, 314.00",
    })
    void aPerCapitaAmountBecomesTheHouseholdsAmount(Rounding rounding, BigDecimal perCapita, int members, String expected) {
        assertThat(rounding.household(perCapita, members)).isEqualByComparingTo(expected).hasScaleOf(2);
    }

    @ParameterizedTest(name = "{1}元，{0}：{2}元")
    @CsvSource({
            "HOUSEHOLD_TOTAL_TO_YUAN, 607.5, 608.00",
            "PER_CAPITA_GAP_TO_YUAN,  607.5, 608.00",
            "TO_CENT,                 607.5, 607.50",
    })
    void anAmountNotBuiltPerPersonIsRoundedToTheYuanUnlessToTheFen(Rounding rounding, BigDecimal amount, String expected) {
        assertThat(rounding.household(amount)).isEqualByComparingTo(expected).hasScaleOf(2);
    }
}
