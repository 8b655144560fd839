package org.doudi.synthetic;

/**
 * 19-digit 一卡通 account numbers: a 6-digit card BIN starting 62 (the banks that pay benefits in rural
 * Anhui), 12 digits that are a one-to-one scramble of the account's number, and a Luhn check digit. Distinct
 * account numbers give distinct accounts, so no two households share one unless a plant says so.
 */
final class BankAccounts {

    private static final String[] BINS = {"622848", "621799", "622188", "623058", "621700", "622202"};
    private static final long MODULUS = 1_000_000_000_000L;
    /** Coprime to 10, so multiplying by it is one-to-one modulo 10^12. */
    private static final long MULTIPLIER = 982_451_653L;
    /** Neighbour-roll accounts are numbered from here, clear of this county's households. */
    static final long NEIGHBOUR_ACCOUNTS = 500_000_000_000L;

    private final long seed;
    private final long offset;

    BankAccounts(long seed) {
        this.seed = seed;
        this.offset = Math.floorMod(Dice.mix(seed, 0x42414E4BL), MODULUS);
    }

    String account(long number) {
        String bin = BINS[(int) Math.floorMod(Dice.mix(seed, number, 0x42494EL), (long) BINS.length)];
        long body = (scrambled(number) + offset) % MODULUS;
        String first18 = bin + Digits.padded(body, 12);
        return first18 + luhnDigit(first18);
    }

    /** number x MULTIPLIER mod 10^12, in two halves so that nothing overflows. */
    private static long scrambled(long number) {
        long value = Math.floorMod(number, MODULUS);
        long high = value / 1_000_000;
        long low = value % 1_000_000;
        return ((high * MULTIPLIER % MODULUS) * 1_000_000 % MODULUS + low * MULTIPLIER) % MODULUS;
    }

    static char luhnDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
