package io.customerlens.service.lapse;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.ui.FakeLapseService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.customerlens.ui.FakeLapseService.history;
import static org.assertj.core.api.Assertions.assertThat;

/** Home's headline, computed without learning, counts what the Lapse page's full report counts. */
class LapseHeadlineTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    /*
     * As of 2024-06-30, months since the last purchase: A 0 (2024-06-10), B 3 (2024-03-05), C 6 (2023-12-20),
     * D 2 (2024-04-02), E 12 (2023-06-01); lapsed = at least N of them.
     */
    @ParameterizedTest(name = "N = {0}: {1} customers, {2} lapsed")
    @CsvSource({
            "1, 5, 4",
            "3, 5, 3",
            "6, 5, 2",
            "12, 5, 1",
    })
    void headlineCountsAsTheFullReportAndTheHandCount(int months, long customers, long lapsed) {
        FakeLapseService lapses = new FakeLapseService();
        LapseData data = new LapseData(AS_OF, AS_OF.minusMonths(1), false, List.of(
                history("A", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 6, 10)),
                history("B", LocalDate.of(2023, 11, 5), LocalDate.of(2024, 3, 5)),
                history("C", LocalDate.of(2023, 12, 20)),
                history("D", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 2)),
                history("E", LocalDate.of(2023, 6, 1))), Map.of());
        LapseWindow window = new LapseWindow(months);

        LapseHeadline headline = lapses.headline(data, window);

        assertThat(headline.customers()).isEqualTo(customers);
        assertThat(headline.lapsed()).isEqualTo(lapsed);
        assertThat(headline).isEqualTo(lapses.analyse(data, window).headline());
    }
}
