package io.customerlens.ui.customers;

import io.customerlens.report.TableWorkbook;
import io.customerlens.ui.ScriptedFilePicker;
import io.customerlens.ui.common.TableExport;
import io.customerlens.ui.common.TableSaver;
import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.ui.FakeCustomerService;
import io.customerlens.ui.common.FxTaskRunner;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static io.customerlens.ui.FakeCustomerService.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Customers view with 50,000 customers: loading, searching, filtering and sorting finish promptly,
 * and the table creates cells only for the visible rows. A smoke test, not a benchmark: the bound is
 * generous so a busy build machine does not fail it.
 */
class FiftyThousandCustomersUiTest extends ApplicationTest {

    private static final int CUSTOMERS = 50_000;

    private final FakeCustomerService service = new FakeCustomerService();
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        List<CustomerRow> rows = new ArrayList<>(CUSTOMERS);
        String[] types = {"零售", "批发", "便利店", "KA"};
        for (int i = 0; i < CUSTOMERS; i++) {
            rows.add(customer("C" + (100_000 + i), "客户" + i, types[i % types.length], "区域" + (i % 7),
                    "渠道" + (i % 3), "业务员" + (i % 40), String.valueOf((i * 37) % 10_000)));
        }
        service.answer(new CustomerOverview(LocalDate.of(2024, 12, 31), rows));
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        runner = new FxTaskRunner(messages);
        CustomersViewModel viewModel = new CustomersViewModel(service, TestAnalysis.choices(), runner, messages, new StoreChanges(),
                key -> { });
        stage.setScene(new Scene(new CustomersView(viewModel, messages,
                new TableSaver(new ScriptedFilePicker(), runner, new TableExport(new TableWorkbook()), messages)).node(), 1200, 760));
        stage.show();
        viewModel.refresh();
    }

    @Override
    public void stop() throws InterruptedException {
        runner.close();
    }

    @Test
    void searchFilterAndSortStayQuick() throws Exception {
        waitForCount("共 50,000 个客户，显示 50,000 个");

        clickOn("#customers-search").write("客户4999");
        waitForCount("共 50,000 个客户，显示 11 个");

        interact(() -> lookup("#customers-search").queryTextInputControl().clear());
        interact(() -> lookup("#customers-filter-type").<AttributeChoice>queryComboBox()
                .setValue(new AttributeChoice("批发")));
        waitForCount("共 50,000 个客户，显示 12,500 个");

        TableView<CustomerRow> table = lookup("#customers-table").queryTableView();
        TableColumn<CustomerRow, ?> netAmount = table.getColumns().stream()
                .filter(column -> "customers-column-netAmount".equals(column.getId())).findFirst().orElseThrow();
        long started = System.nanoTime();
        interact(() -> {
            netAmount.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(netAmount));
        });
        long sortMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(table.getItems().getFirst().summary().netAmount().intValue()).isEqualTo(9_997);
        assertThat(sortMillis).as("sorting 12,500 rows").isLessThan(5_000);
        assertThat(lookup(".table-row-cell").queryAll().size()).as("rows drawn").isLessThan(100);
    }

    private void waitForCount(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                expected.equals(WaitForAsyncUtils.waitForAsyncFx(5_000,
                        () -> lookup("#customers-count").queryAs(Label.class).getText())));
    }
}
