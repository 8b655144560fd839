package org.doudi.synthetic;

/**
 * The ID numbers already given out, as a blocked Bloom filter: each number sets a few bits in one 512-bit
 * block. It never forgets a number (so no two persons get the same one) and sometimes claims one it has
 * not seen, which only moves a person to another free sequence code; both are deterministic. About 16 bits
 * per expected number: 32 MB for two million households.
 */
final class SeenIdNumbers {

    private static final int BITS_PER_NUMBER = 16;
    private static final int PROBES = 6;

    private final long[] words;
    private final long blockMask;

    SeenIdNumbers(long expectedNumbers) {
        long bits = Math.max(1L << 16, Long.highestOneBit(Math.max(1, expectedNumbers * BITS_PER_NUMBER - 1)) << 1);
        if (bits / 64 > Integer.MAX_VALUE - 8) {
            bits = 1L << 36;
        }
        this.words = new long[(int) (bits / 64)];
        this.blockMask = words.length / 8 - 1;
    }

    boolean mightContain(long key) {
        long hash = Dice.scramble(key);
        int block = (int) ((hash >>> 32) & blockMask) * 8;
        long bits = Dice.scramble(hash);
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) (bits >>> (i * 9)) & 511;
            if ((words[block + (bit >>> 6)] & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    void add(long key) {
        long hash = Dice.scramble(key);
        int block = (int) ((hash >>> 32) & blockMask) * 8;
        long bits = Dice.scramble(hash);
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) (bits >>> (i * 9)) & 511;
            words[block + (bit >>> 6)] |= 1L << (bit & 63);
        }
    }
}
