package io.customerlens.analysis.lapse;

/**
 * Lapse episodes whose length lies in {@code minMonths} … {@code maxMonths} (null = no upper bound),
 * open and closed counted apart.
 */
public record LengthBucket(int minMonths, Integer maxMonths, long open, long closed) {

    public long total() {
        return open + closed;
    }

    public boolean holds(int months) {
        return months >= minMonths && (maxMonths == null || months <= maxMonths);
    }
}
