package io.customerlens.ui.shell;

import io.customerlens.ui.common.Page;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {

    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(Messages.forLocale(Locale.ENGLISH));
    private final MainViewModel viewModel = new MainViewModel(runner.status());

    @Test
    void startsAtHomeWithEveryPageInTheNavigationOrder() {
        assertThat(viewModel.selectedPageProperty().get()).isEqualTo(Page.HOME);
        assertThat(viewModel.pages()).containsExactly(Page.HOME, Page.CUSTOMERS, Page.LAPSE, Page.BACKTEST, Page.SEGMENTS,
                Page.PRODUCTS, Page.FOLLOW_UPS, Page.IMPORT);
    }

    @Test
    void showSwitchesThePage() {
        viewModel.show(Page.CUSTOMERS);

        assertThat(viewModel.selectedPageProperty().get()).isEqualTo(Page.CUSTOMERS);
    }

    @Test
    void aCustomerCardCoversThePageUntilBackOrAnotherPage() {
        viewModel.show(Page.LAPSE);
        List<String> shown = new ArrayList<>();
        viewModel.openCustomerProperty().subscribe(key -> { shown.add(key); });

        viewModel.openCustomer("K001");
        viewModel.closeCustomer();
        viewModel.openCustomer("K002");
        viewModel.show(Page.SEGMENTS);

        // null = the page itself; opening again passes through null so the card is built afresh.
        assertThat(shown).containsExactly(null, "K001", null, "K002", null);
        assertThat(viewModel.selectedPageProperty().get()).isEqualTo(Page.SEGMENTS);
    }

    @Test
    void settingsWaitWhileWorkRuns() {
        List<Boolean> availableWhileRunning = new ArrayList<>();

        runner.job("Importing", context -> availableWhileRunning.add(viewModel.settingsAvailable().get())).start();

        assertThat(availableWhileRunning).containsExactly(false);
        assertThat(viewModel.settingsAvailable().get()).isTrue();
    }

    @Test
    void everyPageHasItsOwnNavigationId() {
        assertThat(Page.FOLLOW_UPS.navigationId()).isEqualTo("nav-follow-ups");
        assertThat(Page.HOME.labelKey()).isEqualTo("nav.home");
    }
}
