package org.doudi.payroll.bank;

import java.math.BigDecimal;

/**
 * One payment sent to the bank (代发): {@code amount} 元 to the account {@code account} held by {@code holder}
 * (户名), with the text {@code purpose} (用途, e.g. {@code 2026年10月低保金}) on the statement.
 *
 * <p>{@code reference} identifies the payment in the bank file and in the bank's return file (e.g.
 * {@code P202610-000123}); it is unique within a batch. {@code idNumber} is the beneficiary's ID number, masked
 * or not as the caller chooses (empty if not given). {@code householdId}, {@code township} (a division code) and
 * {@code programme} (a programme code such as {@code DIBAO}) tie the payment back to the payroll; only
 * {@code householdId} is written to the file.
 *
 * <p>The constructor trims the texts and normalises the amount to two decimals; it throws
 * {@link IllegalArgumentException} (Chinese message) for a reference that is not 1 to 40 letters, digits,
 * {@code _} or {@code -}, an account that is not 8 to 30 digits, an empty holder or purpose, an amount that is
 * not positive or has a non-zero third decimal, a text with a control character or {@code |}, or a township
 * that is not a division code.
 */
public record BankPayment(String reference, String account, String holder, BigDecimal amount, String purpose,
                          String idNumber, String householdId, String township, String programme) {

    public BankPayment {
        reference = BankFields.identifier("付款编号", reference);
        account = BankFields.account(account);
        holder = BankFields.text("户名", holder, 50, true);
        amount = BankFields.amount(amount);
        purpose = BankFields.text("用途", purpose, 100, true);
        idNumber = BankFields.text("身份证号码", idNumber, 18, false);
        householdId = BankFields.identifier("户编号", householdId);
        township = BankFields.region("乡镇（街道）区划代码", township);
        programme = BankFields.text("救助项目", programme, 40, true);
    }
}
