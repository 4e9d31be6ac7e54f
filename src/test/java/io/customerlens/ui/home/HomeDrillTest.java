package io.customerlens.ui.home;

import io.customerlens.domain.CustomerDrill;
import io.customerlens.domain.ImportBatch;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.ui.FakeImportService;
import io.customerlens.ui.FakeLapseService;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.customerlens.ui.FakeLapseService.history;
import static org.assertj.core.api.Assertions.assertThat;

/** Each headline figure on Home opens exactly the customers it counts. */
class HomeDrillTest {

    @TempDir
    Path dataFolder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeLapseService lapses = new FakeLapseService();
    private final FakeImportService imports = new FakeImportService();
    private final List<CustomerDrill> drills = new ArrayList<>();

    private HomeViewModel home() {
        Navigator navigator = new Navigator() {
            @Override
            public void show(Page page) {
                throw new AssertionError("a figure opens its customers, not the page " + page);
            }

            @Override
            public void drill(CustomerDrill drill) {
                drills.add(drill);
            }
        };
        HomeViewModel home = new HomeViewModel(lapses, imports, file -> { }, dataFolder.resolve("demo"),
                TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages, new StoreChanges(), navigator);
        home.refresh();
        return home;
    }

    /*
     * As of 2024-03-16 with N = 3, compared with 2024-02-16: C002 (last bought 2023-12-10) is idle 3 months now and
     * was idle 2 then: lapsed and newly lapsed. C003 (last bought 2023-10-20) was idle 4 months then and 5 now:
     * lapsed, not newly. C004 (last 2023-11-02, then 2024-03-05) was lapsed then (3 idle months) and bought since:
     * won back. C001 bought in March: none of these.
     */
    @Test
    void eachHeadlineFigureOpensTheCustomersItCounts() {
        lapses.answer(new LapseData(LocalDate.of(2024, 3, 16), LocalDate.of(2024, 2, 16), false, List.of(
                history("C001", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 1)),
                history("C002", LocalDate.of(2023, 12, 10)),
                history("C003", LocalDate.of(2023, 10, 20)),
                history("C004", LocalDate.of(2023, 11, 2), LocalDate.of(2024, 3, 5))), Map.of()));
        imports.batchesAre(List.of(new ImportBatch(1, "sales.xlsx", 1000, "abc", "Sheet1", Instant.EPOCH, 7, 7, 0, 0, 0,
                null, null)));
        HomeViewModel home = home();

        home.drill(HeadlineFigure.LAPSED);
        assertThat(drills.getLast().label()).isEqualTo("Lapsed now (3 months)");
        assertThat(drills.getLast().customerKeys()).containsExactlyInAnyOrder("C002", "C003");
        assertThat(home.lapsedTextProperty().get()).isEqualTo("2");

        home.drill(HeadlineFigure.NEWLY_LAPSED);
        assertThat(drills.getLast().customerKeys()).containsExactly("C002");
        assertThat(home.newlyLapsedTextProperty().get()).isEqualTo("1");

        home.drill(HeadlineFigure.WON_BACK);
        assertThat(drills.getLast().customerKeys()).containsExactly("C004");
        assertThat(home.wonBackTextProperty().get()).isEqualTo("1");

        home.drill(HeadlineFigure.AT_RISK);
        assertThat(String.valueOf(drills.getLast().size())).isEqualTo(home.atRiskTextProperty().get());
    }

    @Test
    void beforeTheHeadlineIsShownAFigureOpensNothing() {
        HomeViewModel home = home();

        home.drill(HeadlineFigure.LAPSED);

        assertThat(drills).isEmpty();
    }
}
