package io.customerlens.ui.followups;

import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.ui.common.FreshnessViewModel;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.Page;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stale-data banner of Home, Lapse and Follow-ups over the follow-up fixture (sales up to 2024-06-30), with
 * today chosen by the clock: 2024-07-01 is fresh, 2024-09-01 is 63 days on.
 */
class FreshnessViewModelTest {

    @TempDir
    Path folder;

    private final StoreChanges storeChanges = new StoreChanges();
    private final List<Page> shown = new ArrayList<>();
    private FollowUpStoreFixture store;

    @BeforeEach
    void open() throws IOException {
        store = new FollowUpStoreFixture(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private FreshnessViewModel banner(String today, int staleAfterDays, Locale locale) {
        Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
        LapseService lapses = new LapseService(store.database, RankingSelector.DEFAULT);
        FollowUpService followUps = new FollowUpService(store.database, lapses, new SegmentService(store.database),
                clock);
        Messages messages = Messages.forLocale(locale);
        FreshnessViewModel viewModel = new FreshnessViewModel(followUps, () -> staleAfterDays,
                new SynchronousTaskRunner(messages), messages, storeChanges, shown::add);
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void dataOlderThanTheSettingShowsTheBannerWithItsDateAndAge() {
        FreshnessViewModel english = banner("2024-09-01", 45, Locale.ENGLISH);
        FreshnessViewModel chinese = banner("2024-09-01", 45, Locale.SIMPLIFIED_CHINESE);

        assertThat(english.staleProperty().get()).isTrue();
        assertThat(english.textProperty().get())
                .isEqualTo("Data as of 2024-06-30, not updated for 63 days — import new data");
        assertThat(chinese.textProperty().get()).isEqualTo("数据截至 2024-06-30，已 63 天未更新 — 导入新数据");
        assertThat(english.questionBeforePlanning()).hasValueSatisfying(question -> assertThat(question)
                .startsWith("The sales data ends on 2024-06-30, 63 days ago"));
    }

    @Test
    void freshDataShowsNoBannerAndPlansWithoutAsking() {
        FreshnessViewModel viewModel = banner("2024-07-01", 45, Locale.ENGLISH);

        assertThat(viewModel.staleProperty().get()).isFalse();
        assertThat(viewModel.textProperty().get()).isEmpty();
        assertThat(viewModel.questionBeforePlanning()).isEmpty();
    }

    @Test
    void theSettingDecidesHowOldIsStale() {
        assertThat(banner("2024-09-01", 63, Locale.ENGLISH).staleProperty().get()).isFalse();
        assertThat(banner("2024-09-01", 62, Locale.ENGLISH).staleProperty().get()).isTrue();
    }

    @Test
    void importingNewerSalesTakesTheBannerAway() throws IOException {
        FreshnessViewModel viewModel = banner("2024-09-01", 45, Locale.ENGLISH);
        assertThat(viewModel.staleProperty().get()).isTrue();

        store.load("followups-reorder.csv");
        storeChanges.storeChanged();

        assertThat(viewModel.staleProperty().get()).as("sales up to 2024-08-15, 17 days old").isFalse();
    }

    @Test
    void theImportButtonOpensTheImportWizard() {
        banner("2024-09-01", 45, Locale.ENGLISH).importNow();

        assertThat(shown).containsExactly(Page.IMPORT);
    }
}
