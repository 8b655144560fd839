package org.doudi.policy.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doudi.policy.AssessmentException;
import org.doudi.policy.PolicyCatalogue;

/**
 * A what-if change of one numeric parameter: {@code dibao.standard=+5%} (a percentage of the value in
 * force), {@code dibao.standard=+50} or {@code -50} (added to it), or {@code dibao.standard=800} (replacing it).
 */
public record ParameterChange(String name, Kind kind, BigDecimal amount) {

    public enum Kind {
        PERCENT, DELTA, ABSOLUTE
    }

    private static final Pattern FORM = Pattern.compile("([A-Za-z][\\w.]*)\\s*=\\s*([+-]?)(\\d+(?:\\.\\d+)?)(%?)");

    /** Reads {@code name=+5%}, {@code name=-50}, {@code name=800}; refuses unknown names and other forms. */
    public static ParameterChange parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new AssessmentException("CHANGE_INVALID", "set",
                    "变更应写作 参数名=+5% 、参数名=+50 或 参数名=800：" + text);
        }
        String name = m.group(1);
        if (PolicyCatalogue.find(name).isEmpty()) {
            throw new AssessmentException("PARAMETER_UNKNOWN", "set", "未知的政策参数：" + name);
        }
        BigDecimal number = new BigDecimal(m.group(3));
        if ("-".equals(m.group(2))) {
            number = number.negate();
        }
        Kind kind = !m.group(4).isEmpty() ? Kind.PERCENT : !m.group(2).isEmpty() ? Kind.DELTA : Kind.ABSOLUTE;
        return new ParameterChange(name, kind, number);
    }

    /** The changed value, from the value in force (amounts kept to the cent). */
    public BigDecimal apply(BigDecimal current) {
        BigDecimal value = switch (kind) {
            case PERCENT -> current.multiply(BigDecimal.ONE.add(amount.movePointLeft(2)));
            case DELTA -> current.add(amount);
            case ABSOLUTE -> amount;
        };
        return value.max(BigDecimal.ZERO).setScale(Math.max(2, Math.min(value.scale(), 4)), RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    @Override
    public String toString() {
        return name + "=" + switch (kind) {
            case PERCENT -> (amount.signum() >= 0 ? "+" : "") + amount.toPlainString() + "%";
            case DELTA -> (amount.signum() >= 0 ? "+" : "") + amount.toPlainString();
            case ABSOLUTE -> amount.toPlainString();
        };
    }
}
