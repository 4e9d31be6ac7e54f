package io.customerlens.analysis.lapse;

import java.util.ArrayList;
import java.util.List;

/**
 * The distribution of lapse-episode lengths in the buckets 1–3, 4–6, 7–12 and over 12 months. A
 * bucket starts at N when N is inside it (with N = 3 the first is "3 months") and is left out when
 * every length in it is below N.
 */
public final class EpisodeLengths {

    private static final int[][] BOUNDS = {{1, 3}, {4, 6}, {7, 12}, {13, Integer.MAX_VALUE}};

    private EpisodeLengths() {
    }

    public static List<LengthBucket> of(List<CustomerLapse> customers, LapseWindow window) {
        List<LengthBucket> buckets = new ArrayList<>();
        for (int[] bound : BOUNDS) {
            if (bound[1] < window.months()) {
                continue;
            }
            int min = Math.max(bound[0], window.months());
            Integer max = bound[1] == Integer.MAX_VALUE ? null : bound[1];
            long open = 0;
            long closed = 0;
            for (CustomerLapse customer : customers) {
                for (Gap episode : customer.episodes()) {
                    if (episode.months() >= min && (max == null || episode.months() <= max)) {
                        if (episode.open()) {
                            open++;
                        } else {
                            closed++;
                        }
                    }
                }
            }
            buckets.add(new LengthBucket(min, max, open, closed));
        }
        return List.copyOf(buckets);
    }
}
