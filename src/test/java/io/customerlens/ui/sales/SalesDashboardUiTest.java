package io.customerlens.ui.sales;

import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Home: no sales section on an empty store; loading the demo data fills its tiles, structure and checks. */
class SalesDashboardUiTest extends UiTestBase {

    @Test
    void loadingDemoDataFillsTheSalesSection() throws TimeoutException {
        waitUntil(() -> isShowing("#home-load-demo"));
        assertThat(isShowing("#sales-dashboard")).isFalse();

        clickOn("#home-load-demo");

        waitUntil(() -> isShowing("#sales-kpi-net_sales"));
        assertThat(lookup("#sales-kpi-net_sales").queryAs(Labeled.class).getText()).matches("[\\d,]+\\.\\d\\d");
        assertThat(lookup("#sales-month").queryAs(Labeled.class).getText()).startsWith("Latest complete month");
        assertThat(lookup("#sales-structure-table").queryTableView().getItems()).isNotEmpty();
        assertThat(lookup("#sales-anomalies-summary").queryAs(Labeled.class).getText()).isNotBlank();
    }
}
