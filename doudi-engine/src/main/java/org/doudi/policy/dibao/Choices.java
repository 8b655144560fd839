package org.doudi.policy.dibao;

import org.doudi.policy.Assessment;
import org.doudi.policy.AssessmentException;

/** Reads a parameter whose value is one of a fixed set of codes. */
final class Choices {

    private Choices() {
    }

    /** The code as an enum constant; an unknown code is refused like any bad parameter of a request. */
    static <E extends Enum<E>> E of(Assessment assessment, String name, Class<E> codes) {
        String code = assessment.parameters().text(name);
        try {
            return Enum.valueOf(codes, code);
        } catch (IllegalArgumentException e) {
            throw new AssessmentException("PARAMETER_INVALID", "parameters." + name,
                    "参数 " + name + " 的取值无法识别：" + code);
        }
    }
}
