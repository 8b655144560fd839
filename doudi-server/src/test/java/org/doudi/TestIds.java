package org.doudi;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.doudi.kernel.IdNumber;

/**
 * Valid identity numbers that no other test uses: tests share one database per run, so each number is
 * made from a counter (and the run's random start), issued in 望江县 unless told otherwise.
 */
public final class TestIds {

    private static final AtomicInteger COUNTER = new AtomicInteger((int) (System.nanoTime() % 100_000) * 10);

    private TestIds() {
    }

    public static String next(LocalDate birthDate) {
        return next("340827", birthDate);
    }

    public static String next(String addressCode, LocalDate birthDate) {
        int n = COUNTER.incrementAndGet();
        LocalDate date = birthDate.plusDays(n / 1000 % 300);
        String first17 = addressCode + date.toString().replace("-", "") + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The birth date encoded in a number made here (it may differ from the one asked for). */
    public static LocalDate birthDate(String idNumber) {
        return IdNumber.parse(idNumber).birthDate();
    }

    public static String householdNo(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }
}
