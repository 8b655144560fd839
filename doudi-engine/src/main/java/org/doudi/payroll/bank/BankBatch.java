package org.doudi.payroll.bank;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the first line of a bank file says about its batch (发放批次): its id, the paying office
 * ({@code payer}, e.g. {@code 某某县民政局}), the office's division code, the month paid and when the file
 * was made (local time, to the second; the caller passes it, there is no hidden clock).
 *
 * <p>The constructor throws {@link IllegalArgumentException} (Chinese message) for a batch id that is not 1 to
 * 40 letters, digits, {@code _} or {@code -}, an empty payer, a region that is not a division code, or a
 * missing month or time.
 */
public record BankBatch(String batchId, String payer, String region, YearMonth month, LocalDateTime createdAt) {

    /** How {@code created_at} is written: {@code 2026-10-05T09:30:00}, seconds always present. */
    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public BankBatch {
        batchId = BankFields.identifier("批次号", batchId);
        payer = BankFields.text("付款单位", payer, 100, true);
        region = BankFields.region("区划代码", region);
        Objects.requireNonNull(month, "发放月份不能为空");
        createdAt = Objects.requireNonNull(createdAt, "生成时间不能为空").truncatedTo(ChronoUnit.SECONDS);
    }

    /** Reads {@code 2026-10}; throws {@link IllegalArgumentException} with a Chinese message. */
    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("发放月份“" + text + "”格式不对，应为YYYY-MM，例如2026-10", e);
        }
    }

    /** Reads {@code 2026-10-05T09:30:00}; throws {@link IllegalArgumentException} with a Chinese message. */
    static LocalDateTime parseCreatedAt(String text) {
        try {
            return LocalDateTime.parse(text, CREATED_AT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("生成时间“" + text + "”格式不对，应为YYYY-MM-DDTHH:MM:SS，例如2026-10-05T09:30:00", e);
        }
    }
}
