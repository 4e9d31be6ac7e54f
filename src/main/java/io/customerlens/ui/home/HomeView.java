package io.customerlens.ui.home;

import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.Choices;
import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Home: the first-start offer on an empty store, the store's facts otherwise. Lays out and binds only. */
public final class HomeView {

    private static final double BIG_ACTION_TEXT_WIDTH = 280;

    /** The widest the column beside the facts gets: a due task's date, customer and reason. */
    private static final double SIDE_MAX_WIDTH = 560;

    private final VBox root = new VBox(16);
    private final HBox besideBody = new HBox(32);

    public HomeView(HomeViewModel viewModel, Messages messages) {
        root.setId("home-view");
        root.getStyleClass().add("page");
        Label title = new Label(messages.get("home.title"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);

        Node emptyStore = emptyStore(viewModel, messages);
        Node filledStore = filledStore(viewModel, messages);
        // Only the shown state takes room, so the notice below sits right under it.
        emptyStore.managedProperty().bind(emptyStore.visibleProperty());
        filledStore.managedProperty().bind(filledStore.visibleProperty());
        StackPane body = new StackPane(emptyStore, filledStore);
        body.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(body, Priority.ALWAYS);
        viewModel.stateProperty().subscribe(state -> {
            emptyStore.setVisible(state == HomeState.EMPTY_STORE);
            filledStore.setVisible(state == HomeState.FILLED_STORE);
        });

        Label notice = new Label();
        notice.setId("home-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        // An empty notice takes no room: the sales tiles below stay in view at 1366×768.
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());

        besideBody.getChildren().add(body);
        root.getChildren().addAll(title, besideBody, notice);
    }

    /**
     * Puts {@code side} (Home's due follow-ups) to the right of the store's facts and headline, not above them: at
     * 1366×768 the sales tiles below then stay in view without scrolling. It takes no room while it is hidden and
     * unmanaged.
     */
    public void placeBeside(Region side) {
        // Its whole width (the facts' sentence wraps instead), so a due task's date and reason are never cut.
        side.setMinWidth(Region.USE_PREF_SIZE);
        side.setMaxWidth(SIDE_MAX_WIDTH);
        besideBody.getChildren().add(side);
    }

    public VBox node() {
        return root;
    }

    private static Node emptyStore(HomeViewModel viewModel, Messages messages) {
        Label welcome = new Label(messages.get("home.empty.welcome"));
        welcome.setWrapText(true);
        welcome.getStyleClass().add("lead-text");

        Button importFile = bigAction("home-import-file", messages.get("home.empty.importFile"),
                messages.get("home.empty.importFileHint"));
        importFile.setOnAction(event -> viewModel.importFile());
        Button demo = bigAction("home-load-demo", messages.get("home.empty.loadDemo"),
                messages.get("home.empty.loadDemoHint"));
        demo.disableProperty().bind(viewModel.busyProperty());
        demo.setOnAction(event -> viewModel.loadDemoData());

        HBox actions = new HBox(16, importFile, demo);
        actions.setAlignment(Pos.TOP_LEFT);
        return new VBox(16, welcome, actions);
    }

    private static Button bigAction(String id, String title, String hint) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("big-action-title");
        Label hintLabel = new Label(hint);
        hintLabel.setWrapText(true);
        hintLabel.setMaxWidth(BIG_ACTION_TEXT_WIDTH);
        hintLabel.getStyleClass().add("big-action-hint");
        Button button = new Button(null, new VBox(6, titleLabel, hintLabel));
        button.setId(id);
        button.getStyleClass().add("big-action");
        // Room for three wrapped lines of hint in either language, so it is never cut to "…".
        button.setPrefSize(BIG_ACTION_TEXT_WIDTH + 30, 136);
        button.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        button.setAlignment(Pos.TOP_LEFT);
        return button;
    }

    private static Node filledStore(HomeViewModel viewModel, Messages messages) {
        GridPane facts = factsGrid();
        addFact(facts, 0, messages.get("home.facts.customers"), "home-customers", viewModel.customersTextProperty());
        addFact(facts, 1, messages.get("home.facts.lines"), "home-lines", viewModel.linesTextProperty());
        addFact(facts, 2, messages.get("home.facts.period"), "home-period", viewModel.dateRangeTextProperty());

        Button importFile = new Button(messages.get("home.importAnother"));
        importFile.setId("home-import-another");
        importFile.setDefaultButton(true);
        importFile.setOnAction(event -> viewModel.importFile());
        return new VBox(20, facts, headline(viewModel, messages, importFile));
    }

    /**
     * Lapsed now, newly lapsed, at risk and won back, each with what it counts in its tooltip; {@code besideOpen}
     * stands next to the button to the lapse analysis, one row for both, so the sales tiles below stay in view.
     */
    private static Node headline(HomeViewModel viewModel, Messages messages, Node besideOpen) {
        Label title = new Label();
        title.setId("home-headline-title");
        title.textProperty().bind(viewModel.headlineTitleProperty());
        title.getStyleClass().add("fact-name");
        Label since = new Label();
        since.setId("home-headline-since");
        // Wraps when the due follow-ups stand beside it.
        since.setWrapText(true);
        since.textProperty().bind(viewModel.sinceTextProperty());
        GridPane grid = factsGrid();
        addFact(grid, 0, messages.get("home.headline.lapsed"), "home-lapsed", viewModel.lapsedTextProperty());
        addFact(grid, 1, messages.get("home.headline.newlyLapsed"), "home-newly-lapsed", viewModel.newlyLapsedTextProperty());
        addFact(grid, 2, messages.get("home.headline.atRisk"), "home-at-risk", viewModel.atRiskTextProperty());
        addFact(grid, 3, messages.get("home.headline.wonBack"), "home-won-back", viewModel.wonBackTextProperty());
        HeadlineLinks.install(grid, viewModel, messages);
        javafx.scene.control.Tooltip tip = Choices.wrapped("");
        tip.textProperty().bind(viewModel.headlineTipProperty());
        javafx.scene.control.Tooltip.install(grid, tip);
        Button open = new Button(messages.get("home.headline.open"));
        open.setId("home-open-lapse");
        open.setOnAction(event -> viewModel.openLapse());
        HBox actions = new HBox(12, open, besideOpen);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, title, grid, since, actions);
    }

    /** Names and values in two columns, as both of Home's fact blocks show them. */
    private static GridPane factsGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        grid.getStyleClass().add("facts");
        return grid;
    }

    private static void addFact(GridPane grid, int row, String name, String id,
                                javafx.beans.value.ObservableValue<String> value) {
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("fact-name");
        Label valueLabel = new Label();
        valueLabel.setId(id);
        valueLabel.getStyleClass().add("fact-value");
        valueLabel.textProperty().bind(value);
        grid.addRow(row, nameLabel, valueLabel);
    }
}
