package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customerlens.analysis.lapse.LapseFixtures.analyse;
import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

/** Lapse-episode lengths in the buckets 1–3, 4–6, 7–12, over 12, starting at N. */
class EpisodeLengthsTest {

    /*
     * As-of 2024-12-15.
     *   P: 2022-10, 2023-12, 2024-04, 2024-12 → closed gaps Nov 22–Nov 23 (13), Jan–Mar 24 (3), May–Nov 24 (7)
     *   Q: 2024-01, 2024-02, 2024-07        → closed Mar–Jun (4), open Aug–Dec (5)
     *   R: 2024-09, 2024-10                 → open Nov–Dec (2)
     *   S: 2024-12                          → none
     * Gap lengths: closed 13, 3, 7, 4; open 5, 2.
     */
    private static List<PurchaseHistory> population() {
        return List.of(
                history("P", "2022-10-10", "2023-12-10", "2024-04-10", "2024-12-10"),
                history("Q", "2024-01-05", "2024-02-05", "2024-07-05"),
                history("R", "2024-09-05", "2024-10-05"),
                history("S", "2024-12-01"));
    }

    private static List<LengthBucket> buckets(int n) {
        return EpisodeLengths.of(analyse(population(), day("2024-12-15"), n), new LapseWindow(n));
    }

    @Test
    void windowOneUsesAllFourBuckets() {
        // 1..3: closed 3, open 2; 4..6: closed 4, open 5; 7..12: closed 7; >12: closed 13
        assertThat(buckets(1)).containsExactly(
                new LengthBucket(1, 3, 1, 1),
                new LengthBucket(4, 6, 1, 1),
                new LengthBucket(7, 12, 0, 1),
                new LengthBucket(13, null, 0, 1));
    }

    @Test
    void windowThreeStartsTheFirstBucketAtThree() {
        // "3..3": the closed 3 only (the open 2 is no episode)
        assertThat(buckets(3)).containsExactly(
                new LengthBucket(3, 3, 0, 1),
                new LengthBucket(4, 6, 1, 1),
                new LengthBucket(7, 12, 0, 1),
                new LengthBucket(13, null, 0, 1));
    }

    @Test
    void windowFiveDropsTheFirstBucketAndStartsAtFive() {
        // "5..6": the open 5 (the closed 4 is no episode)
        assertThat(buckets(5)).containsExactly(
                new LengthBucket(5, 6, 1, 0),
                new LengthBucket(7, 12, 0, 1),
                new LengthBucket(13, null, 0, 1));
    }

    @Test
    void windowThirteenKeepsOnlyOverTwelve() {
        List<LengthBucket> buckets = buckets(13);

        assertThat(buckets).containsExactly(new LengthBucket(13, null, 0, 1));
        assertThat(buckets.getFirst().total()).isEqualTo(1);
        assertThat(buckets.getFirst().holds(400)).isTrue();
        assertThat(buckets.getFirst().holds(12)).isFalse();
    }

    @Test
    void bucketsAreKeptWhenEmpty() {
        // N = 6: "6..6" holds nothing (lengths 13, 3, 7, 4, 5, 2) but is still shown
        assertThat(buckets(6)).containsExactly(
                new LengthBucket(6, 6, 0, 0),
                new LengthBucket(7, 12, 0, 1),
                new LengthBucket(13, null, 0, 1));
    }
}
