package io.customerlens.ui.shell;

import io.customerlens.settings.LocaleChoice;
import io.customerlens.settings.Setting;
import io.customerlens.ui.UiTestBase;
import io.customerlens.ui.common.Page;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 8, "everything fits": on a 1366×768 window (a common sales laptop) in Chinese and in English,
 * every page of the main window and every tab on it is opened over a small demo store, and no visible label,
 * heading, button or column header may be cut short with an ellipsis. Table cells holding data (a long customer
 * name) may be cut; the words of the application may not. The customer card and the Settings dialog are looked
 * at the same way. Charts draw their words on a canvas, which no Labeled reports; their screenshots are looked
 * at by eye (-Dfits.shots).
 */
class EverythingFitsUiTest extends UiTestBase {

    private static final double LAPTOP_WIDTH = 1366;
    private static final double LAPTOP_HEIGHT = 768;

    @ParameterizedTest
    @EnumSource(value = LocaleChoice.class, names = {"EN", "ZH_CN"})
    void noTextIsClippedOnAnyPageAtLaptopSize(LocaleChoice language) throws IOException, TimeoutException {
        importDemoData(3000, 11);
        interact(() -> {
            stage.setWidth(LAPTOP_WIDTH);
            stage.setHeight(LAPTOP_HEIGHT);
            settings.set(Setting.LOCALE, language);
        });
        waitUntil(() -> isShowing("#home-view"));

        Set<String> clipped = new LinkedHashSet<>();
        for (Page page : Page.values()) {
            clickOn("#" + page.navigationId());
            settle();
            clipped.addAll(clippedTexts(page.name()));
            shoot(language + "-" + page.name());
            for (TabPane tabs : visibleTabPanes()) {
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    interact(() -> tabs.getSelectionModel().select(tab));
                    settle();
                    clipped.addAll(clippedTexts(page.name() + " / " + tab.getText()));
                    shoot(language + "-" + page.name() + "-" + tabs.getTabs().indexOf(tab));
                }
            }
        }

        clipped.addAll(clippedOnTheCard(language));
        clipped.addAll(clippedInSettings(language));

        assertThat(clipped).as("texts cut short at %s×%s in %s", LAPTOP_WIDTH, LAPTOP_HEIGHT, language).isEmpty();
    }

    /** The card of the first customer on the list, opened the keyboard way (select, Enter). */
    private List<String> clippedOnTheCard(LocaleChoice language) throws TimeoutException {
        openPage("#nav-customers");
        settle();
        interact(() -> {
            TableView<?> table = (TableView<?>) lookup("#customers-table").query();
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        type(KeyCode.ENTER);
        waitUntil(() -> isShowing("#customer-card-view"));
        settle();
        shoot(language + "-card");
        List<String> clipped = clippedTexts("card", stage.getScene().getRoot());
        type(KeyCode.ESCAPE);
        waitUntil(() -> isShowing("#customers-view"));
        return clipped;
    }

    /** The Settings dialog, a window of its own; closed with Escape, so nothing is applied. */
    private List<String> clippedInSettings(LocaleChoice language) throws TimeoutException {
        clickOn("#open-settings");
        waitUntil(() -> settingsDialog().isPresent());
        settle();
        Window dialog = settingsDialog().orElseThrow();
        List<String> clipped = new ArrayList<>(clippedTexts("settings", dialog.getScene().getRoot()));
        // The data location tab (folder or team server) is in the scene only while it is selected.
        clickOn("#settings-tab-location");
        waitUntil(() -> dialog.getScene().getRoot().lookup("#settings-server-url") != null);
        settle();
        clipped.addAll(clippedTexts("settings-location", dialog.getScene().getRoot()));
        type(KeyCode.ESCAPE);
        waitUntil(() -> settingsDialog().isEmpty());
        return clipped;
    }

    private Optional<Window> settingsDialog() {
        List<Window> found = new ArrayList<>();
        onFxThread(() -> {
            Window.getWindows().stream().filter(window -> window != stage && window.isShowing()).forEach(found::add);
            return true;
        });
        return found.stream().findFirst();
    }

    /** With -Dfits.shots=folder, saves what the window shows, to look at by eye. */
    private void shoot(String name) {
        String folder = System.getProperty("fits.shots");
        if (folder == null) {
            return;
        }
        interact(() -> {
            try {
                Path file = Files.createDirectories(Path.of(folder)).resolve(name + ".png");
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Waits until no page work runs and the layout has had its pulses. */
    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !isShowing("#working-badge"));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> stage.getScene().getRoot().applyCss());
        interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<TabPane> visibleTabPanes() {
        List<TabPane> found = new ArrayList<>();
        onFxThread(() -> {
            collect(stage.getScene().getRoot(), TabPane.class, found);
            return true;
        });
        return found;
    }

    private List<String> clippedTexts(String where) {
        return clippedTexts(where, stage.getScene().getRoot());
    }

    private List<String> clippedTexts(String where, Node root) {
        List<Labeled> labels = new ArrayList<>();
        onFxThread(() -> {
            collect(root, Labeled.class, labels);
            return true;
        });
        List<String> clipped = new ArrayList<>();
        onFxThread(() -> {
            for (Labeled labeled : labels) {
                if (labeled.isTextTruncated() && !shownText(labeled).equals(labeled.getText()) && !isData(labeled)) {
                    clipped.add(where + ": " + describe(labeled));
                }
            }
            return true;
        });
        return clipped;
    }

    /**
     * The text the skin draws: the whole text, or the part left before the ellipsis. A Labeled can report
     * itself truncated after a layout at a narrower width that is already undone; what it draws decides.
     */
    private static String shownText(Labeled labeled) {
        Node text = labeled.lookup(".text");
        String shown = text instanceof Text drawn ? drawn.getText() : labeled.getText();
        // A mnemonic's underscore is not drawn.
        String whole = labeled.getText().replaceFirst("_(?=.)", "");
        return labeled.isMnemonicParsing() && whole.equals(shown) ? labeled.getText() : shown;
    }

    /** A cell of a table or list shows data, which may be longer than its column; a combo box's shown value is not. */
    private static boolean isData(Labeled labeled) {
        if (!(labeled instanceof IndexedCell<?>)) {
            return false;
        }
        for (Node up = labeled.getParent(); up != null; up = up.getParent()) {
            if (up instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : "";
        Node owner = labeled.getParent();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        String in = owner == null ? "" : " in #" + owner.getId();
        return "%s%s%s \"%s\" (%.0f wide)".formatted(labeled.getClass().getSimpleName(), id, in, labeled.getText(),
                labeled.getWidth());
    }

    private static <T> void collect(Node node, Class<T> type, List<T> found) {
        if (!node.isVisible() || (node instanceof Region region && region.getWidth() <= 0)) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }
}
