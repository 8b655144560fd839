package org.doudi.monitoring;

/**
 * An open-addressing map from ID-number keys ({@code IdNumber.toLong()}, never 0) to indexes, without boxing.
 * Each key sits beside its value in one array, so that a look-up touches one place in memory, not two.
 */
final class LongIntMap {

    /** key, value, key, value...: slot s holds its key at 2s and its value at 2s + 1. */
    private long[] slots;
    private int capacity;
    private int size;

    LongIntMap(int expected) {
        capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
    }

    /** The value of the key, or -1. */
    int get(long key) {
        int mask = capacity - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = slots[slot * 2];
            if (k == key) {
                return (int) slots[slot * 2 + 1];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** Puts the key if absent; returns the value already there, or -1 when it was put. */
    int putIfAbsent(long key, int value) {
        if (size * 2 >= capacity) {
            grow();
        }
        int mask = capacity - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = slots[slot * 2];
            if (k == key) {
                return (int) slots[slot * 2 + 1];
            }
            if (k == 0) {
                slots[slot * 2] = key;
                slots[slot * 2 + 1] = value;
                size++;
                return -1;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        capacity *= 2;
        slots = new long[capacity * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                putIfAbsent(old[i], (int) old[i + 1]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
