package org.doudi.payroll.bank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.doudi.kernel.DivisionCode;

/**
 * The checks shared by {@link BankPayment}, {@link BankBatch} and the file verifier. Each trims its value and
 * returns it, or throws {@link IllegalArgumentException} with a Chinese message naming the field.
 */
final class BankFields {

    static final int MAX_IDENTIFIER = 40;

    private BankFields() {
    }

    /** 1 to 40 ASCII letters, digits, underscores and hyphens: payment references, batch ids, household ids. */
    static String identifier(String label, String value) {
        String text = required(label, value);
        if (text.length() > MAX_IDENTIFIER || !text.chars().allMatch(BankFields::identifierCharacter)) {
            throw new IllegalArgumentException(label + "“" + text + "”只能由字母、数字、下划线和连字符组成，最长"
                    + MAX_IDENTIFIER + "位");
        }
        return text;
    }

    /** A bank account: 8 to 30 digits, as the registry stores it. */
    static String account(String value) {
        String text = required("账号", value);
        if (text.length() < 8 || text.length() > 30 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("账号“" + text + "”应为8至30位数字");
        }
        return text;
    }

    /**
     * Free text on one line: no control characters and no {@code |} (the checksum's separator). A
     * {@code null} optional text is {@code ""}.
     */
    static String text(String label, String value, int maxLength, boolean isRequired) {
        String text = isRequired ? required(label, value) : value == null ? "" : value.strip();
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(label + "超过" + maxLength + "个字符：" + text);
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '|')) {
            throw new IllegalArgumentException(label + "含有控制字符或竖线“|”：" + text);
        }
        return text;
    }

    /** A division code of any level (GB/T 2260 and statistical codes). */
    static String region(String label, String value) {
        String text = required(label, value);
        if (DivisionCode.tryParse(text).isEmpty()) {
            throw new IllegalArgumentException(label + "“" + text + "”不是有效的区划代码");
        }
        return text;
    }

    /** A positive amount in 元, held with exactly two decimals; a non-zero third decimal is refused. */
    static BigDecimal amount(BigDecimal value) {
        Objects.requireNonNull(value, "金额不能为空");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("金额应大于0：" + value.toPlainString());
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("金额最多两位小数（精确到分）：" + value.toPlainString(), e);
        }
    }

    private static String required(String label, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + "不能为空");
        }
        return value.strip();
    }

    private static boolean identifierCharacter(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
