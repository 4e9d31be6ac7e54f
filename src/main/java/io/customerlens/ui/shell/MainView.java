package io.customerlens.ui.shell;

import io.customerlens.ui.common.Page;
import io.customerlens.ui.common.AppIcon;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StatusBarView;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.EnumMap;
import java.util.Map;

/**
 * The main window's content: the navigation pane on the left, the selected page in the middle, the
 * status bar below. Pages are built on first visit and kept, so a half-done import survives a look at
 * the customers.
 */
public final class MainView {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Node workingBadge;
    private final Map<Page, Node> builtPages = new EnumMap<>(Page.class);
    /** A few frames at 60 per second: enough for the "opening…" line to be drawn before the page is built. */
    private static final double BUILD_AFTER_MILLIS = 50;

    private final PageFactory pages;
    private final Messages messages;
    /** The page chosen and not built yet, if any. */
    private Page pendingPage;
    /** The customer whose card was asked for and is not built yet, if any. */
    private String pendingCard;
    private Node cardShown;
    private Node focusBeforeCard;

    public MainView(MainViewModel viewModel, Messages messages, PageFactory pages, StatusBarView statusBar,
                    Runnable openSettings) {
        this.pages = pages;
        this.messages = messages;
        this.workingBadge = statusBar.workingBadge();
        root.setId("main-view");
        // Latin text in a Latin font, Chinese in a CJK font: a CJK font first would draw English
        // punctuation (’ “ ”) full-width, and a Latin font first would leave Chinese to fallbacks.
        root.getStyleClass().add(messages.locale().getLanguage().equals("zh") ? "lang-zh" : "lang-other");
        root.getStylesheets().add(MainView.class.getResource("/io/customerlens/ui/customerlens.css").toExternalForm());
        root.setLeft(navigation(viewModel, messages, openSettings));
        content.getStyleClass().add("page-area");
        root.setCenter(content);
        root.setBottom(statusBar.node());

        viewModel.selectedPageProperty().subscribe(this::showPage);
        viewModel.openCustomerProperty().subscribe(key -> {
            if (key == null) {
                closeCustomer(viewModel.selectedPageProperty().get());
            } else {
                showCustomer(key, viewModel::closeCustomer);
            }
        });
    }

    public BorderPane node() {
        return root;
    }

    private VBox navigation(MainViewModel viewModel, Messages messages, Runnable openSettings) {
        Label product = new Label(messages.get("ui.productName"), iconOfSize(24));
        product.getStyleClass().add("nav-title");
        product.setWrapText(true);
        product.setGraphicTextGap(6);

        VBox pane = new VBox(4, product);
        pane.getStyleClass().add("nav-pane");
        pane.setPadding(new Insets(12, 8, 12, 8));
        ToggleGroup group = new ToggleGroup();
        for (Page page : viewModel.pages()) {
            ToggleButton button = new ToggleButton(messages.get(page.labelKey()));
            button.setId(page.navigationId());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setOnAction(event -> viewModel.show(page));
            // A click on the selected button would unselect it; the page stays shown, so keep it selected.
            viewModel.selectedPageProperty().subscribe(selected -> button.setSelected(selected == page));
            pane.getChildren().add(button);
        }

        Region filler = new Region();
        VBox.setVgrow(filler, Priority.ALWAYS);
        Button settings = new Button(messages.get("settings.open"));
        settings.setId("open-settings");
        settings.setMaxWidth(Double.MAX_VALUE);
        settings.disableProperty().bind(viewModel.settingsAvailable().not());
        settings.setOnAction(event -> openSettings.run());
        pane.getChildren().addAll(filler, settings);
        return pane;
    }

    private static ImageView iconOfSize(int size) {
        ImageView icon = new ImageView(AppIcon.image(32));
        icon.setFitWidth(size);
        icon.setFitHeight(size);
        icon.setSmooth(true);
        return icon;
    }

    /**
     * Shows a page built before at once. A page not built yet first shows its name with "opening…" and is built
     * a few frames later: building a page's controls and charts can take a second on a slow laptop, and until the
     * click's handler returns nothing is drawn, so the old page would stay on screen with the old item selected.
     */
    private void showPage(Page page) {
        pendingPage = null;
        Node built = builtPages.get(page);
        if (built != null) {
            content.getChildren().setAll(built, workingBadge);
            return;
        }
        Label opening = new Label(messages.format("nav.opening", messages.get(page.labelKey())));
        opening.setId("page-opening");
        opening.getStyleClass().add("page-opening");
        content.getChildren().setAll(opening, workingBadge);
        pendingPage = page;
        PauseTransition drawFirst = new PauseTransition(Duration.millis(BUILD_AFTER_MILLIS));
        drawFirst.setOnFinished(event -> {
            // Another page may have been chosen meanwhile (or a card opened over this one): build only the latest.
            if (pendingPage == page && cardShown == null) {
                pendingPage = null;
                content.getChildren().setAll(builtPages.computeIfAbsent(page, pages::create), workingBadge);
            }
        });
        drawFirst.play();
    }

    /**
     * The card covers the page; the page keeps its state and, on Back, the focus returns to where it was. Like a
     * page, the card first shows "opening…" and is built a few frames later, so the list it was opened from never
     * stays on screen while the card's controls are made.
     */
    private void showCustomer(String customerKey, Runnable back) {
        if (root.getScene() != null && cardShown == null && pendingCard == null) {
            focusBeforeCard = root.getScene().getFocusOwner();
        }
        if (cardShown != null) {
            cardShown = null;
            pages.customerClosed();
        }
        pendingPage = null;
        Label opening = new Label(messages.get("nav.openingCard"));
        opening.setId("card-opening");
        opening.getStyleClass().add("page-opening");
        content.getChildren().setAll(opening, workingBadge);
        pendingCard = customerKey;
        PauseTransition drawFirst = new PauseTransition(Duration.millis(BUILD_AFTER_MILLIS));
        drawFirst.setOnFinished(event -> {
            // Back, another page or another card may have been chosen meanwhile: build only the latest card.
            if (customerKey.equals(pendingCard)) {
                pendingCard = null;
                cardShown = pages.customer(customerKey, back);
                content.getChildren().setAll(cardShown, workingBadge);
                cardShown.requestFocus();
            }
        });
        drawFirst.play();
    }

    private void closeCustomer(Page page) {
        if (cardShown == null && pendingCard == null) {
            return;
        }
        pendingCard = null;
        if (cardShown != null) {
            cardShown = null;
            pages.customerClosed();
        }
        showPage(page);
        if (focusBeforeCard != null && focusBeforeCard.getScene() == root.getScene()) {
            focusBeforeCard.requestFocus();
        }
        focusBeforeCard = null;
    }
}
