package io.customerlens.service;

import io.customerlens.domain.LineFingerprint;

/**
 * A set of 128-bit line fingerprints in one {@code long} array holding each fingerprint's two halves side
 * by side (open addressing, linear probing): about 32 bytes a fingerprint, against roughly 80 for a
 * {@code HashSet<LineFingerprint>}, so the fingerprints of millions of stored lines fit comfortably in the
 * heap during an import. Keeping both halves in one slot makes a lookup in a set far larger than the CPU
 * cache cost one cache miss instead of two, which matters because every imported line is looked up.
 */
final class FingerprintSet {

    private static final int MIN_CAPACITY = 1 << 10;

    // (0, 0) marks an empty slot, so that one fingerprint is tracked apart.
    private boolean containsZero;
    /** Slot i holds the high half at index 2i and the low half at 2i + 1. */
    private long[] slots;
    private int size;

    FingerprintSet() {
        this(0);
    }

    FingerprintSet(long expectedSize) {
        int capacity = MIN_CAPACITY;
        while (capacity < expectedSize * 2 && capacity < (1 << 29)) {
            capacity <<= 1;
        }
        slots = new long[2 * capacity];
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
        int mask = capacity() - 1;
        for (int slot = slot(high, low, mask); ; slot = (slot + 1) & mask) {
            long slotHigh = slots[2 * slot];
            long slotLow = slots[2 * slot + 1];
            if (slotHigh == high && slotLow == low) {
                return true;
            }
            if (slotHigh == 0 && slotLow == 0) {
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
        if ((size + 1) * 2L > capacity()) {
            grow();
        }
        int mask = capacity() - 1;
        for (int slot = slot(high, low, mask); ; slot = (slot + 1) & mask) {
            long slotHigh = slots[2 * slot];
            long slotLow = slots[2 * slot + 1];
            if (slotHigh == high && slotLow == low) {
                return false;
            }
            if (slotHigh == 0 && slotLow == 0) {
                slots[2 * slot] = high;
                slots[2 * slot + 1] = low;
                size++;
                return true;
            }
        }
    }

    private int capacity() {
        return slots.length / 2;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = capacity() - 1;
        for (int i = 0; i < old.length; i += 2) {
            long high = old[i];
            long low = old[i + 1];
            if (high != 0 || low != 0) {
                int slot = slot(high, low, mask);
                while (slots[2 * slot] != 0 || slots[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = high;
                slots[2 * slot + 1] = low;
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
