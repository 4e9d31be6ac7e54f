package io.customerlens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, per key (a customer or a product), the attributes of its latest line in one import: for each
 * attribute, the value of the latest-dated line that has one (on equal dates, the later line in the file).
 * A missing value never erases a known one. Only one small entry per key is kept, never the lines.
 */
final class LatestAttributes {

    /** Turns a key's collected attributes into the caller's record. */
    @FunctionalInterface
    interface Result<T> {
        T of(String key, String[] values, LocalDate latestDate);
    }

    private static final class Entry {
        final String[] values;
        final long[] epochDays;
        long latestEpochDay = Long.MIN_VALUE;

        Entry(int attributes) {
            values = new String[attributes];
            epochDays = new long[attributes];
        }
    }

    private final int attributeCount;
    private final Map<String, Entry> byKey = new HashMap<>();

    LatestAttributes(int attributeCount) {
        this.attributeCount = attributeCount;
    }

    /** @param values exactly {@code attributeCount} values, null or blank where the line has none */
    void record(String key, LocalDate date, String... values) {
        if (values.length != attributeCount) {
            throw new IllegalArgumentException("expected " + attributeCount + " attributes, got " + values.length);
        }
        Entry entry = entryOf(key);
        long day = date.toEpochDay();
        entry.latestEpochDay = Math.max(entry.latestEpochDay, day);
        for (int i = 0; i < attributeCount; i++) {
            String value = values[i];
            if (value != null && !value.isBlank() && (entry.values[i] == null || day >= entry.epochDays[i])) {
                entry.values[i] = value;
                entry.epochDays[i] = day;
            }
        }
    }

    /** A plain get-then-put: runs once per imported line, where computeIfAbsent's capturing lambda is garbage. */
    private Entry entryOf(String key) {
        Entry entry = byKey.get(key);
        if (entry == null) {
            entry = new Entry(attributeCount);
            byKey.put(key, entry);
        }
        return entry;
    }

    int size() {
        return byKey.size();
    }

    <T> List<T> results(Result<T> result) {
        List<T> results = new ArrayList<>(byKey.size());
        byKey.forEach((key, entry) ->
                results.add(result.of(key, entry.values.clone(), LocalDate.ofEpochDay(entry.latestEpochDay))));
        return results;
    }
}
