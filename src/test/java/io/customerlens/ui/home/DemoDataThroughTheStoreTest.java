package io.customerlens.ui.home;

import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.app.AppContext;
import io.customerlens.demo.DemoWorkbook;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "Try it with demo data" on a real store: the demo workbook goes through the same import as any file. */
class DemoDataThroughTheStoreTest {

    @TempDir
    Path dataFolder;

    @Test
    void demoDataFillsAnEmptyStore() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        try (AppContext context = new AppContext(dataFolder)) {
            HomeViewModel home = new HomeViewModel(context.lapseService(), context.importService(),
                    file -> new DemoWorkbook(400, 7).writeTo(file, ProgressListener.NONE), dataFolder.resolve("demo"),
                    TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages, new StoreChanges(), page -> { });
            home.refresh();
            assertThat(home.stateProperty().get()).isEqualTo(HomeState.EMPTY_STORE);

            home.loadDemoData();

            assertThat(home.noticeProperty().get()).isEqualTo("Demo data loaded: 400 lines imported.");
            assertThat(home.stateProperty().get()).isEqualTo(HomeState.FILLED_STORE);
            assertThat(home.linesTextProperty().get()).isEqualTo("400");
            assertThat(Long.parseLong(home.customersTextProperty().get().replace(",", ""))).isPositive();
        }
    }
}
