package org.doudi.monitoring;

import java.math.BigDecimal;

/** Cents written as 元 for evidence: 123456 → "1234.56", whole amounts without decimals. */
final class Money {

    private Money() {
    }

    static String yuan(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }
}
