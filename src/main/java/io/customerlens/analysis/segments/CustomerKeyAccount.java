package io.customerlens.analysis.segments;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One customer's key-account figures.
 *
 * @param raw        the criteria as measured; no entry where a value is undefined (growth when the previous
 *                   12 months are ≤ 0) or unavailable (margin when the data carries none)
 * @param normalised 0–100 per criterion in force (every available one); all 0 for a customer outside the
 *                   scored population (no purchase in the last 24 months)
 * @param score      Σ weight × normalised / 100, 0–100
 */
public record CustomerKeyAccount(String customerKey, Map<KeyAccountCriterion, Double> raw,
                                 Map<KeyAccountCriterion, Double> normalised, double score, KeyAccountTier tier) {

    public CustomerKeyAccount {
        raw = copy(raw);
        normalised = copy(normalised);
    }

    private static Map<KeyAccountCriterion, Double> copy(Map<KeyAccountCriterion, Double> values) {
        return values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
    }
}
