package io.customerlens.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What a person would call "the same sale" when comparing two imports: the customer, the day and the amount.
 * Two lines with equal content but different fingerprints are most likely one sale exported twice in
 * different forms; many of them in one import mean the file was imported before (docs/decisions/0007).
 */
public final class LineContent {

    private LineContent() {
    }

    /** A 64-bit key of the line's content (FNV-1a over the three values, then mixed). */
    public static long key(String customerKey, LocalDate date, BigDecimal amount) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, customerKey == null ? "\u0000" : customerKey);
        hash = mix(hash, Long.toString(date.toEpochDay()));
        hash = mix(hash, amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString());
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    private static long mix(long hash, String part) {
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        hash ^= 0xFF;
        return hash * 0x100000001b3L;
    }
}
