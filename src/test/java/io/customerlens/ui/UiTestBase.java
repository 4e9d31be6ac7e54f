package io.customerlens.ui;

import io.customerlens.app.AppContext;
import io.customerlens.demo.DemoWorkbook;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.InMemorySettingsStore;
import io.customerlens.settings.LocaleChoice;
import io.customerlens.settings.Setting;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.shell.MainWindow;
import io.customerlens.ui.shell.UiServices;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Mounts the real main window over a store in a temporary folder, in English, with in-memory settings
 * and scripted file dialogs. Overrides {@code start(Stage)}: with the JUnit 5 extension a {@code @Start}
 * method in a superclass would be skipped silently (STACK.md).
 */
public abstract class UiTestBase extends ApplicationTest {

    @TempDir
    protected Path dataFolder;

    protected final ScriptedFilePicker filePicker = new ScriptedFilePicker();
    protected AppSettings settings;
    protected AppContext context;
    protected MainWindow window;
    protected Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        settings = new AppSettings(new InMemorySettingsStore());
        settings.set(Setting.LOCALE, LocaleChoice.EN);
        context = new AppContext(dataFolder);
        UiServices services = new UiServices(context.importService(), context.customerService(), context.lapseService(),
                context.segmentService(), context.productService(), context.followUpService(),
                context.customerCardService(),
                file -> new DemoWorkbook(300, 3).writeTo(file, ProgressListener.NONE), dataFolder);
        window = new MainWindow(stage, settings, services, messages -> filePicker, Locale.ENGLISH);
        window.show();
    }

    @Override
    public void stop() {
        window.close();
        context.close();
    }

    /**
     * Clicks a navigation item and waits until its page is built: a page not visited yet first shows "Opening …"
     * and is built a few frames later (MainView), so a query straight after the click would find the placeholder.
     */
    protected void openPage(String navItem) throws TimeoutException {
        clickOn(navItem);
        waitUntil(() -> !isShowing("#page-opening"));
    }

    /** Waits (polling, never sleeping blindly) until the condition holds on the FX thread. */
    protected void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFxThread(condition));
    }

    protected boolean onFxThread(BooleanSupplier condition) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, condition::getAsBoolean);
    }

    /** True when the node exists, sits in the window's scene, and it and all its parents are visible. */
    protected boolean isShowing(String query) {
        return lookup(query).tryQuery()
                .filter(node -> node.getScene() == stage.getScene())
                .map(UiTestBase::visibleUpwards)
                .orElse(false);
    }

    private static boolean visibleUpwards(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a demo workbook of {@code lines} lines and imports it straight into the store, off the window:
     * for tests that need data before they open a page (a page built afterwards reads it).
     */
    protected void importDemoData(int lines, long seed) throws java.io.IOException {
        Path file = dataFolder.resolve("demo.xlsx");
        new DemoWorkbook(lines, seed).writeTo(file, ProgressListener.NONE);
        var imports = context.importService();
        io.customerlens.importer.ImportPlan plan = imports.defaultPlan(
                imports.inspect(file, io.customerlens.service.ImportOptions.defaults()),
                io.customerlens.service.ImportOptions.defaults());
        imports.importFile(plan, ProgressListener.NONE, io.customerlens.task.CancelSignal.NEVER);
    }

    protected static Path fixture(String name) {
        Path file = Path.of("src/test/resources/fixtures/ui", name).toAbsolutePath();
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing fixture " + file);
        }
        return file;
    }
}
