package io.customerlens.service;

import io.customerlens.domain.LineFingerprint;

/**
 * A set of 128-bit line fingerprints in two parallel {@code long} arrays (open addressing, linear probing):
 * about 32 bytes a fingerprint, against roughly 80 for a {@code HashSet<LineFingerprint>}, so the
 * fingerprints of millions of stored lines fit comfortably in the heap during an import.
 */
final class FingerprintSet {

    private static final int MIN_CAPACITY = 1 << 10;

    // (0, 0) marks an empty slot, so that one fingerprint is tracked apart.
    private boolean containsZero;
    private long[] highs;
    private long[] lows;
    private int size;

    FingerprintSet() {
        this(0);
    }

    FingerprintSet(long expectedSize) {
        int capacity = MIN_CAPACITY;
        while (capacity < expectedSize * 2 && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        highs = new long[capacity];
        lows = new long[capacity];
    }

    int size() {
        return size;
    }

    boolean contains(LineFingerprint fingerprint) {
        return contains(fingerprint.high(), fingerprint.low());
    }

    boolean contains(long high, long low) {
        if (high == 0 && low == 0) {
            return containsZero;
        }
        int mask = highs.length - 1;
        for (int slot = slot(high, low, mask); ; slot = (slot + 1) & mask) {
            if (highs[slot] == high && lows[slot] == low) {
                return true;
            }
            if (highs[slot] == 0 && lows[slot] == 0) {
                return false;
            }
        }
    }

    /** @return true when the fingerprint was not in the set before */
    boolean add(LineFingerprint fingerprint) {
        return add(fingerprint.high(), fingerprint.low());
    }

    boolean add(long high, long low) {
        if (high == 0 && low == 0) {
            boolean added = !containsZero;
            containsZero = true;
            size += added ? 1 : 0;
            return added;
        }
        if ((size + 1) * 2L > highs.length) {
            grow();
        }
        int mask = highs.length - 1;
        for (int slot = slot(high, low, mask); ; slot = (slot + 1) & mask) {
            if (highs[slot] == high && lows[slot] == low) {
                return false;
            }
            if (highs[slot] == 0 && lows[slot] == 0) {
                highs[slot] = high;
                lows[slot] = low;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] oldHighs = highs;
        long[] oldLows = lows;
        highs = new long[oldHighs.length * 2];
        lows = new long[oldLows.length * 2];
        int mask = highs.length - 1;
        for (int i = 0; i < oldHighs.length; i++) {
            long high = oldHighs[i];
            long low = oldLows[i];
            if (high != 0 || low != 0) {
                int slot = slot(high, low, mask);
                while (highs[slot] != 0 || lows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                highs[slot] = high;
                lows[slot] = low;
            }
        }
    }

    /** Mixes both halves (a murmur3 finaliser), so that fingerprints with structured bits still spread evenly. */
    private static int slot(long high, long low, int mask) {
        long h = high * 0x9E3779B97F4A7C15L ^ low;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
