package org.doudi.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.doudi.kernel.DisabilityKind;

/** Chinese wording shared by the calculators' reason texts: amounts and disability kinds. */
public final class Wording {

    private Wording() {
    }

    /** {@code 1100.00元}. */
    public static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元";
    }

    /** The kind as the disability certificate names it: 肢体, 智力… */
    public static String disabilityKind(DisabilityKind kind) {
        return switch (kind) {
            case VISUAL -> "视力";
            case HEARING -> "听力";
            case SPEECH -> "言语";
            case PHYSICAL -> "肢体";
            case INTELLECTUAL -> "智力";
            case MENTAL -> "精神";
            case MULTIPLE -> "多重";
        };
    }
}
