package io.customerlens.importer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the field delimiter of a text export from its first lines: the candidate that splits the
 * most lines into the same number of fields wins. Quoted text is skipped, so a comma inside
 * "Smith, John" does not vote, and a title line above the header only costs one vote.
 */
final class DelimiterDetector {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int MAX_LINES = 50;

    char detect(CharSequence sample) {
        List<int[]> counts = countPerLine(sample);
        char best = ',';
        double bestScore = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            double score = score(counts, c);
            if (score > bestScore) {
                bestScore = score;
                best = CANDIDATES[c];
            }
        }
        return best;
    }

    /**
     * Lines that agree on the most common non-zero count, weighted a little by that count so that a
     * delimiter giving 12 columns beats one that happens to appear once in every line.
     */
    private static double score(List<int[]> counts, int candidate) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int[] line : counts) {
            if (line[candidate] > 0) {
                frequency.merge(line[candidate], 1, Integer::sum);
            }
        }
        double best = 0;
        for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
            double score = entry.getValue() + Math.log1p(entry.getKey()) / 100;
            best = Math.max(best, score);
        }
        return best;
    }

    private static List<int[]> countPerLine(CharSequence sample) {
        List<int[]> lines = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean inQuotes = false;
        boolean lineHasContent = false;
        for (int i = 0; i < sample.length() && lines.size() < MAX_LINES; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes; // a doubled quote toggles twice, which leaves the state unchanged
            } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
                if (lineHasContent) {
                    lines.add(current);
                }
                current = new int[CANDIDATES.length];
                lineHasContent = false;
                continue;
            } else if (!inQuotes) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        current[c]++;
                    }
                }
            }
            lineHasContent = true;
        }
        if (lineHasContent && lines.size() < MAX_LINES) {
            lines.add(current);
        }
        return lines;
    }
}
