package io.customerlens.analysis.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the model's input: every {@link LapseFeature}, then one 0/1 column per common value of each
 * customer attribute the data has (type, region, channel …). A value is common when at least
 * {@value #MIN_CUSTOMERS} customers and {@value #MIN_SHARE_PERCENT} % of them have it; at most
 * {@value #MAX_LEVELS} per attribute, the most frequent first. Rare values and none are the baseline.
 */
public final class FeatureSpace {

    public static final int MIN_CUSTOMERS = 20;
    public static final int MIN_SHARE_PERCENT = 2;
    public static final int MAX_LEVELS = 5;

    private static final LapseFeature[] BASE = LapseFeature.values();

    /** One attribute column: attribute {@code attribute} (its index in the tracks) equals {@code value}. */
    public record Level(int attribute, String value) {
    }

    private final List<Level> levels;

    public FeatureSpace(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /** The common values of each of {@code attributeCount} attributes among {@code tracks}. */
    public static FeatureSpace of(List<CustomerTrack> tracks, int attributeCount) {
        List<Level> levels = new ArrayList<>();
        long needed = Math.max(MIN_CUSTOMERS, (tracks.size() * MIN_SHARE_PERCENT + 99) / 100);
        for (int attribute = 0; attribute < attributeCount; attribute++) {
            Map<String, Integer> counts = new HashMap<>();
            for (CustomerTrack track : tracks) {
                String value = track.attribute(attribute);
                if (value != null) {
                    counts.merge(value, 1, Integer::sum);
                }
            }
            int finalAttribute = attribute;
            counts.entrySet().stream()
                    .filter(entry -> entry.getValue() >= needed && entry.getValue() < tracks.size())
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_LEVELS)
                    .forEach(entry -> levels.add(new Level(finalAttribute, entry.getKey())));
        }
        levels.sort(Comparator.comparingInt(Level::attribute));
        return new FeatureSpace(levels);
    }

    public int size() {
        return BASE.length + levels.size();
    }

    public List<Level> levels() {
        return levels;
    }

    /** The base feature of column {@code column}, or null for an attribute column. */
    public LapseFeature baseFeature(int column) {
        return column < BASE.length ? BASE[column] : null;
    }

    /** The input row of a customer with these facts. */
    public double[] row(CustomerTrack track, TrackFacts facts) {
        double[] row = new double[size()];
        for (int column = 0; column < BASE.length; column++) {
            row[column] = BASE[column].of(facts);
        }
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            row[BASE.length + i] = level.value().equals(track.attribute(level.attribute())) ? 1 : 0;
        }
        return row;
    }
}
