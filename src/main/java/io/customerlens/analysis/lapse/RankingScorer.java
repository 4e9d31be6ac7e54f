package io.customerlens.analysis.lapse;

import java.util.Arrays;
import java.util.Comparator;

/** ROC AUC and precision at K of scores against outcomes (true = the event happened). Pure. */
public final class RankingScorer {

    private RankingScorer() {
    }

    public static RankingQuality quality(double[] scores, boolean[] outcomes, int k) {
        return new RankingQuality(auc(scores, outcomes), precisionAtK(scores, outcomes, k));
    }

    /** Mann–Whitney: (sum of the positives' ranks − nPos(nPos + 1)/2) / (nPos × nNeg), tied scores averaged. */
    public static double auc(double[] scores, boolean[] outcomes) {
        Integer[] order = ascending(scores);
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (outcomes[order[t]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    public static double precisionAtK(double[] scores, boolean[] outcomes, int k) {
        if (k <= 0 || scores.length == 0) {
            return Double.NaN;
        }
        int kUsed = Math.min(k, scores.length);
        Integer[] order = ascending(scores);
        double cut = scores[order[order.length - kUsed]];
        long above = 0;
        long positivesAbove = 0;
        long tied = 0;
        long positivesTied = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > cut) {
                above++;
                positivesAbove += outcomes[i] ? 1 : 0;
            } else if (scores[i] == cut) {
                tied++;
                positivesTied += outcomes[i] ? 1 : 0;
            }
        }
        double places = kUsed - above;
        return (positivesAbove + places * positivesTied / tied) / kUsed;
    }

    private static Integer[] ascending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        return order;
    }
}
