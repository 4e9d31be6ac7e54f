package io.customerlens.importer;

import io.customerlens.domain.Field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests a field for each header from Chinese and English names, with a confidence. A header equal
 * to a known name (after folding case, width, spaces and punctuation) scores the name's weight (1.0 for
 * specific names); equal once a bracketed note such as "(元)" is dropped, 0.9 of it; a header that
 * merely contains a known name, at most 0.65. Each field takes one column and each column one field,
 * best confidence first, so "订单日期" beats "发货日期" for the date and "Sales" beats "Salesperson".
 */
public final class ColumnMapper {

    private static final double NOTE_FACTOR = 0.9;
    private static final double CONTAINS_BASE = 0.45;
    private static final double CONTAINS_SPAN = 0.2;
    private static final int MIN_CONTAINED_CJK = 2;
    private static final int MIN_CONTAINED_LATIN = 4;

    private record Candidate(Field field, int column, double confidence) {
    }

    public ColumnMapping suggest(List<String> headers) {
        List<Candidate> candidates = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            if (header == null || header.isBlank()) {
                continue;
            }
            String key = HeaderText.key(header);
            String keyWithoutNotes = HeaderText.keyWithoutNotes(header);
            for (FieldSynonyms.Synonym synonym : FieldSynonyms.all()) {
                double confidence = confidence(key, keyWithoutNotes, synonym);
                if (confidence > 0) {
                    candidates.add(new Candidate(synonym.field(), column, confidence));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparingInt(Candidate::column)
                .thenComparing(Candidate::field));
        return assign(headers, candidates);
    }

    /** Greedy one-to-one assignment, most confident pair first. */
    private static ColumnMapping assign(List<String> headers, List<Candidate> candidates) {
        Map<Field, MappedColumn> chosen = new EnumMap<>(Field.class);
        Set<Field> usedFields = EnumSet.noneOf(Field.class);
        Set<Integer> usedColumns = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (usedFields.contains(candidate.field()) || usedColumns.contains(candidate.column())) {
                continue;
            }
            usedFields.add(candidate.field());
            usedColumns.add(candidate.column());
            String header = HeaderText.display(headers.get(candidate.column()));
            chosen.put(candidate.field(), new MappedColumn(candidate.column(), header, round(candidate.confidence())));
        }
        return new ColumnMapping(chosen);
    }

    private static double confidence(String key, String keyWithoutNotes, FieldSynonyms.Synonym synonym) {
        String name = synonym.key();
        if (key.equals(name)) {
            return synonym.weight();
        }
        if (keyWithoutNotes.equals(name)) {
            return synonym.weight() * NOTE_FACTOR;
        }
        if (name.length() >= minContainedLength(name) && key.length() > name.length() && key.contains(name)) {
            return synonym.weight() * (CONTAINS_BASE + CONTAINS_SPAN * name.length() / key.length());
        }
        return 0;
    }

    private static int minContainedLength(String name) {
        return name.chars().allMatch(c -> c < 0x80) ? MIN_CONTAINED_LATIN : MIN_CONTAINED_CJK;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
