package org.doudi.payments;

import org.doudi.kernel.Refusal;

/**
 * A payment operation that is not carried out, and nothing of it written: a machine code, the field at fault, a
 * Chinese reason. {@code NOT_FOUND} is also the answer for a run or household outside the user's region.
 */
public class PaymentException extends Refusal {

    public PaymentException(String code, String field, String message) {
        super(code, field, message);
    }

    static PaymentException notFound(String what) {
        return new PaymentException("NOT_FOUND", null, what + "不存在或不在您的管辖范围内");
    }

    static PaymentException forbidden(String what) {
        return new PaymentException("FORBIDDEN", null, "当前角色无权" + what);
    }

    static PaymentException conflict() {
        return new PaymentException("CONCURRENT_CHANGE", null, "数据已被他人更改，请刷新后重试");
    }
}
