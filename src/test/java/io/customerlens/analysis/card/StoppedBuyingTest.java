package io.customerlens.analysis.card;

import io.customerlens.analysis.lapse.LapseWindow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As of 2025-06-20: with N = 3 the last N months are 2025-04..06 and the 12 before them 2024-04..2025-03; with
 * N = 1 they are 2025-06 and 2024-06..2025-05.
 */
class StoppedBuyingTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    private final StoppedBuying stopped = new StoppedBuying();

    @ParameterizedTest(name = "{0} (N = {1})")
    @CsvSource(delimiter = '|', value = {
            // lines | N | expected key:months, largest net amount first
            "2024-04-01 P1 10; 2024-05-01 P1 10; 2025-03-31 P1 10 | 3 | P1:3",
            "2024-04-01 P1 10; 2024-05-01 P1 10 | 3 | ''",                               // two months: not regular
            "2024-04-01 P1 10; 2024-04-20 P1 10; 2024-05-01 P1 10 | 3 | ''",             // same month twice counts once
            "2024-03-31 P1 10; 2024-05-01 P1 10; 2024-06-01 P1 10 | 3 | ''",             // March 2024 is before the 12 months
            "2024-04-01 P1 10; 2024-05-01 P1 10; 2024-06-01 P1 10; 2025-04-01 P1 10 | 3 | ''", // bought again lately
            "2024-04-01 P1 10; 2024-05-01 P1 10; 2024-06-01 P1 10; 2025-04-01 P1 -10 | 3 | P1:3", // a late return is no purchase
            "2024-06-01 P1 10; 2024-07-01 P1 10; 2024-08-01 P1 10; 2025-05-01 P1 10 | 1 | P1:4",          // May is before the last month
            "2024-06-01 P1 10; 2024-07-01 P1 10; 2024-08-01 P1 10; 2025-06-01 P1 10 | 1 | ''",
            "2024-06-01 P1 10; 2024-07-01 P1 10; 2024-08-01 P1 10; 2024-06-01 P2 50; 2024-07-01 P2 50; 2024-09-01 P2 50 | 1 | P2:3, P1:3"})
    void regularBeforeTheLastNMonthsAndNotSince(String lines, int n, String expected) {
        List<StoppedProduct> result = stopped.of(CardLines.parse(lines), AS_OF, new LapseWindow(n));

        assertThat(result.stream().map(p -> p.key() + ":" + p.monthsBought()).toList())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(", ")));
    }
}
