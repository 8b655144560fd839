package org.doudi.reservefund;

import java.math.BigDecimal;
import java.util.Locale;

/** Money in the fund: yuan with at most two decimals, within numeric(12,2). */
final class Amounts {

    static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Amounts() {
    }

    /** An amount paid in or out: more than zero. */
    static BigDecimal positive(BigDecimal amount, String field) {
        BigDecimal value = wellFormed(amount, field);
        if (value.signum() <= 0) {
            throw new ReserveFundException("AMOUNT_INVALID", field, "金额须大于0");
        }
        return value;
    }

    /** A counted balance: zero or more. */
    static BigDecimal notNegative(BigDecimal amount, String field) {
        BigDecimal value = wellFormed(amount, field);
        if (value.signum() < 0) {
            throw new ReserveFundException("AMOUNT_INVALID", field, "金额不能为负数");
        }
        return value;
    }

    static BigDecimal parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ReserveFundException("AMOUNT_INVALID", field, "金额格式错误：" + raw.strip());
        }
    }

    /** 1,234.50 */
    static String format(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static BigDecimal wellFormed(BigDecimal amount, String field) {
        if (amount == null) {
            throw new ReserveFundException("AMOUNT_INVALID", field, "请填写金额");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ReserveFundException("AMOUNT_INVALID", field, "金额最多两位小数（精确到分）：" + amount.toPlainString());
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new ReserveFundException("AMOUNT_INVALID", field, "金额超出上限 " + format(MAX) + " 元");
        }
        return amount.setScale(2);
    }
}
