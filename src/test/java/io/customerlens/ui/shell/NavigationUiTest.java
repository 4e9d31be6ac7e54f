package io.customerlens.ui.shell;

import io.customerlens.ui.common.Page;
import io.customerlens.settings.LocaleChoice;
import io.customerlens.settings.Setting;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationUiTest extends UiTestBase {

    @Test
    void startsAtHomeWithTheFirstStartOffer() throws TimeoutException {
        waitUntil(() -> isShowing("#home-load-demo"));

        assertThat(stage.getTitle()).isEqualTo("CustomerLens 客户透镜");
        assertThat(isShowing("#home-import-file")).isTrue();
        assertThat(stage.getMinWidth()).isEqualTo(MainWindow.MIN_WIDTH);
    }

    @Test
    void navigationSwitchesThePages() throws TimeoutException {
        // The store is empty: each analysis page shows what it will show and how to get sales, not empty tables.
        openPage("#nav-customers");
        waitUntil(() -> isShowing("#customers-empty"));
        assertThat(isShowing("#home-view")).isFalse();
        assertThat(isShowing("#customers-view")).isFalse();

        openPage("#nav-import");
        waitUntil(() -> isShowing("#import-wizard"));
        assertThat(isShowing("#customers-empty")).isFalse();

        openPage("#nav-lapse");
        waitUntil(() -> isShowing("#lapse-empty"));

        openPage("#nav-backtest");
        waitUntil(() -> isShowing("#backtest-empty"));

        openPage("#nav-products");
        waitUntil(() -> isShowing("#products-empty"));

        openPage("#nav-home");
        waitUntil(() -> isShowing("#home-view"));
        assertThat(window.viewModel().selectedPageProperty().get()).isEqualTo(Page.HOME);
    }

    /* A page not built yet: the click selects its item and takes the old page away at once, then the page comes. */
    @Test
    void aClickLeavesTheOldPageAtOnceAndThePageFollows() throws TimeoutException {
        waitUntil(() -> isShowing("#home-view"));

        clickOn("#nav-products");

        assertThat(onFxThread(() -> lookup("#nav-products").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected())).isTrue();
        assertThat(isShowing("#home-view")).isFalse();
        waitUntil(() -> isShowing("#products-empty"));
        assertThat(isShowing("#page-opening")).isFalse();
    }

    @Test
    void anEmptyPageOffersTheImport() throws TimeoutException {
        openPage("#nav-segments");
        waitUntil(() -> isShowing("#segments-empty"));

        clickOn(lookup("#segments-empty #empty-import").<javafx.scene.Node>query());

        waitUntil(() -> isShowing("#wizard-choose-file"));
        assertThat(window.viewModel().selectedPageProperty().get()).isEqualTo(Page.IMPORT);
    }

    @Test
    void homeImportActionOpensTheWizard() throws TimeoutException {
        waitUntil(() -> isShowing("#home-import-file"));

        clickOn("#home-import-file");

        waitUntil(() -> isShowing("#wizard-choose-file"));
        assertThat(window.viewModel().selectedPageProperty().get()).isEqualTo(Page.IMPORT);
    }

    @Test
    void anotherLanguageRebuildsTheWindowAndKeepsThePage() throws TimeoutException {
        openPage("#nav-customers");
        waitUntil(() -> isShowing("#customers-empty"));

        interact(() -> settings.set(Setting.LOCALE, LocaleChoice.ZH_CN));

        waitUntil(() -> isShowing("#customers-empty"));
        assertThat(stage.getTitle()).isEqualTo("客户透镜 CustomerLens");
        assertThat(lookup("#nav-customers").queryAs(Labeled.class).getText()).isEqualTo("客户");
        assertThat(window.viewModel().selectedPageProperty().get()).isEqualTo(Page.CUSTOMERS);
    }
}
