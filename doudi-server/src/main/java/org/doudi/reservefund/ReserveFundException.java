package org.doudi.reservefund;

import java.math.BigDecimal;
import org.doudi.kernel.Refusal;

/**
 * A reserve-fund operation that is not carried out, and nothing of it written: a machine code, the field at
 * fault, a Chinese reason. {@code NOT_FOUND} is also the answer for a township outside the user's region.
 */
public class ReserveFundException extends Refusal {

    public static final String INSUFFICIENT = "RESERVE_FUND_INSUFFICIENT";

    public ReserveFundException(String code, String field, String message) {
        super(code, field, message);
    }

    static ReserveFundException insufficient(BigDecimal balance, BigDecimal amount) {
        return new ReserveFundException(INSUFFICIENT, "amount", "备用金余额不足：当前余额 " + Amounts.format(balance)
                + " 元，本次支出 " + Amounts.format(amount) + " 元。请先申请县级拨付，或按常规程序审批后发放");
    }

    static ReserveFundException townshipNotFound() {
        return new ReserveFundException("NOT_FOUND", "townshipCode", "乡镇（街道）不存在或不在您的管辖范围内");
    }

    static ReserveFundException forbidden(FundAction action) {
        return new ReserveFundException("FORBIDDEN", null, "当前角色无权" + action.description());
    }
}
