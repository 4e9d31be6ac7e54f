package io.customerlens.analysis.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Quintile scores 1–5 by rank. A value scores 1 + floor(5 × w / n), where w is the number of values
 * strictly worse than it and n the number of values. With distinct values this is plain quintiles (n = 10:
 * the two worst score 1 … the two best 5); tied values all get the score of the tie's worst rank, so a tie
 * never straddles two bins — it can leave bins empty instead (10 customers, 6 of them with 1 order: those 6
 * score 1, the next value 1 + floor(5 × 6 / 10) = 4), which {@link ScoreNote} reports.
 */
final class QuintileScores {

    private QuintileScores() {
    }

    /** Scores of {@code values}, in their order; {@code better} orders a worse value before a better one. */
    static <T> int[] scores(List<T> values, Comparator<? super T> better) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(better);
        int n = values.size();
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            int worse = firstNotWorse(sorted, values.get(i), better);
            scores[i] = 1 + (int) (5L * worse / n);
        }
        return scores;
    }

    /** The number of distinct scores. */
    static int binsUsed(int[] scores) {
        boolean[] used = new boolean[6];
        int bins = 0;
        for (int score : scores) {
            if (!used[score]) {
                used[score] = true;
                bins++;
            }
        }
        return bins;
    }

    /** The index of the first element of {@code sorted} not worse than {@code value} = count of worse ones. */
    private static <T> int firstNotWorse(List<T> sorted, T value, Comparator<? super T> better) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (better.compare(sorted.get(mid), value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
