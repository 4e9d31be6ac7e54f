package io.customerlens.ui.card;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.analysis.card.ProductTrend;
import io.customerlens.analysis.card.StoppedProduct;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.charts.LiveChart;
import io.customerlens.ui.charts.ShadedMonths;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.print.PdfOutput;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The customer card (客户管理卡) in the main window: name, attributes and badges on top with Back, the window
 * N, Print… and Save as PDF…; the figures and 24-month chart, products, gaps, follow-ups and the raw lines
 * in tabs below. Escape goes back to the list the customer was opened from.
 */
public final class CustomerCardView {

    /** A header and the at most five top categories, without a scroll bar. */
    private static final double CATEGORY_TABLE_HEIGHT = 6 * 26 + 8;

    private final CustomerCardViewModel viewModel;
    private final Messages messages;
    private final PdfOutput pdfOutput;
    private final CardTexts texts;
    private final CardChartData chartData;
    private final LiveChart<ShadedMonths> chart;
    private final VBox root = new VBox(8);
    private final FlowPane attributes = new FlowPane(16, 4);
    private final FlowPane badges = new FlowPane(8, 6);
    private final TilePane figures = new TilePane(18, 8);
    private final ObservableList<ProductTrend> products = FXCollections.observableArrayList();
    private final ObservableList<ProductTrend> categories = FXCollections.observableArrayList();
    private final ObservableList<StoppedProduct> stopped = FXCollections.observableArrayList();
    /** Why the customer may stop, under the figures. */
    private final Label reasons = new Label();
    private final ObservableList<GapRow> gaps = FXCollections.observableArrayList();
    private final Label stoppedTitle = sectionTitle("");
    /** Held here: a bidirectional binding keeps only weak references. */
    private final ObjectProperty<Integer> windowValue;

    public CustomerCardView(CustomerCardViewModel viewModel, Messages messages, Charts charts, PdfOutput pdfOutput,
                            Runnable back) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.pdfOutput = pdfOutput;
        this.texts = new CardTexts(messages);
        this.chartData = new CardChartData(messages);
        this.chart = charts.shadedMonths(chartData.labels(), chartData.empty());
        this.windowValue = viewModel.windowProperty().asObject();
        root.setId("customer-card-view");
        root.getStyleClass().addAll("page", "customer-card");

        CardTables tables = new CardTables(messages);
        TabPane tabs = new TabPane(
                PageParts.tab(messages, "card-tab-overview", "customerView.tab.overview", overview()),
                PageParts.tab(messages, "card-tab-products", "customerView.tab.products", productsPane(tables)),
                PageParts.tab(messages, "card-tab-stopped", "customerView.tab.stopped", stoppedPane(tables)),
                PageParts.tab(messages, "card-tab-gaps", "customerView.tab.gaps", gapsPane(tables)),
                PageParts.tab(messages, "card-tab-tasks", "customerView.tab.tasks", tasksPane(tables)),
                PageParts.tab(messages, "card-tab-lines", "customerView.tab.lines", linesPane(tables)));
        tabs.setId("card-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StackPane body = new StackPane(tabs, computing());
        VBox.setVgrow(body, Priority.ALWAYS);

        attributes.setId("card-attributes");
        badges.setId("card-badges");
        Label notice = PageParts.notice(viewModel.noticeProperty());
        notice.setId("card-notice");
        Label message = PageParts.notice(pdfOutput.messageProperty());
        message.setId("card-message");
        CardContactPane contact = new CardContactPane(viewModel.contact(), messages);
        root.getChildren().addAll(toolbar(back), attributes, contact.node(), badges, notice, message, body);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                back.run();
            }
        });
        viewModel.cardProperty().subscribe(this::show);
    }

    public VBox node() {
        return root;
    }

    private HBox toolbar(Runnable back) {
        Button backButton = new Button(messages.get("customerView.back"));
        backButton.setId("card-back");
        backButton.setTooltip(wrapped(messages.get("customerView.back.tip")));
        backButton.setOnAction(event -> back.run());
        Label title = new Label();
        title.setId("card-title");
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        title.textProperty().bind(viewModel.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label asOf = new Label();
        asOf.setId("card-as-of");
        asOf.textProperty().bind(viewModel.asOfTextProperty());
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label windowLabel = new Label(messages.get("customerView.window"));
        windowLabel.setTooltip(wrapped(messages.get("customerView.window.tip")));
        windowLabel.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> window = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                LapseWindow.MIN, LapseWindow.MAX, viewModel.windowProperty().get()));
        window.setId("card-window");
        window.setEditable(true);
        window.setPrefWidth(76);
        window.getValueFactory().valueProperty().bindBidirectional(windowValue);
        windowLabel.setLabelFor(window);

        Button print = new Button(messages.get("customerView.print"));
        print.setId("card-print");
        print.setTooltip(wrapped(messages.get("customerView.print.tip")));
        print.disableProperty().bind(viewModel.cardProperty().isNull());
        print.setOnAction(event -> viewModel.cardPdf().ifPresent(pdf -> pdfOutput.preview(pdf, owner())));
        Button save = new Button(messages.get("customerView.savePdf"));
        save.setId("card-save-pdf");
        save.disableProperty().bind(viewModel.cardProperty().isNull());
        save.setOnAction(event -> viewModel.cardPdf().ifPresent(pdf -> pdfOutput.save(pdf, owner())));

        HBox bar = new HBox(12, backButton, title, asOf, spacer, windowLabel, window, print, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Shown over the tabs while the card is computed, so a slow first card does not look empty or stuck. */
    private Node computing() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(36, 36);
        Label text = new Label(messages.format("customerView.loading", viewModel.customerKey()));
        VBox box = new VBox(10, progress, text);
        box.setId("card-computing");
        box.setAlignment(Pos.CENTER);
        box.setMouseTransparent(true);
        box.visibleProperty().bind(viewModel.computingProperty());
        return box;
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node overview() {
        figures.setId("card-figures");
        // Tiles as wide as the widest figure, as many per row as fit: nothing is cut off on a narrow window.
        figures.setPrefColumns(4);
        figures.setTileAlignment(Pos.TOP_LEFT);
        Node viewer = chart.viewer();
        viewer.setId("card-chart");
        // An empty time axis would start in 1970: the chart shows once the card is there.
        viewer.visibleProperty().bind(viewModel.cardProperty().isNotNull());
        reasons.setId("card-reasons");
        reasons.setWrapText(true);
        reasons.getStyleClass().add("card-reasons");
        reasons.managedProperty().bind(reasons.textProperty().isNotEmpty());
        reasons.visibleProperty().bind(reasons.managedProperty());
        return tabBody(12, viewer, figures, reasons, viewer);
    }

    /** Top products, and below them the top categories (at most five, so a short table). */
    private Node productsPane(CardTables tables) {
        TableView<ProductTrend> productTable = tables.products(products);
        TableView<ProductTrend> categoryTable = tables.categories(categories);
        categoryTable.setPrefHeight(CATEGORY_TABLE_HEIGHT);
        categoryTable.setMinHeight(CATEGORY_TABLE_HEIGHT);
        return tabBody(6, productTable, sectionTitle(messages.get("card.section.products")), productTable,
                sectionTitle(messages.get("card.section.categories")), categoryTable);
    }

    private Node stoppedPane(CardTables tables) {
        TableView<StoppedProduct> stoppedTable = tables.stopped(stopped);
        stoppedTitle.setId("card-stopped-title");
        stoppedTitle.setWrapText(true);
        stoppedTitle.setMinHeight(Region.USE_PREF_SIZE);
        return tabBody(6, stoppedTable, stoppedTitle, stoppedTable);
    }

    private Node gapsPane(CardTables tables) {
        TableView<GapRow> table = tables.gaps(gaps);
        Label hint = new Label(messages.get("customerView.gaps.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return tabBody(6, table, sectionTitle(messages.get("card.section.gaps")), hint, table);
    }

    private Node tasksPane(CardTables tables) {
        TableView<?> table = tables.tasks(viewModel.tasks());
        Label count = new Label();
        count.setId("card-tasks-count");
        count.textProperty().bind(viewModel.tasksTextProperty());
        Button add = new Button(messages.get("customerView.task.add"));
        add.setId("card-add-task");
        add.disableProperty().bind(viewModel.cardProperty().isNull());
        add.setOnAction(event -> new AddTaskDialog(messages, viewModel.titleProperty().get(), viewModel.today(),
                viewModel.openTask(), owner()).showAndAdd(viewModel::addTask, viewModel::moveOpenTask));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, sectionTitle(messages.get("card.section.tasks")), count, spacer, add);
        heading.setAlignment(Pos.CENTER_LEFT);
        return tabBody(6, table, heading, table);
    }

    private Node linesPane(CardTables tables) {
        TableView<?> table = tables.lines(viewModel.lines());
        Button previous = new Button(messages.get("customerView.lines.previous"));
        previous.setId("card-lines-previous");
        previous.disableProperty().bind(viewModel.hasPreviousLinesProperty().not());
        previous.setOnAction(event -> viewModel.previousLines());
        Button next = new Button(messages.get("customerView.lines.next"));
        next.setId("card-lines-next");
        next.disableProperty().bind(viewModel.hasNextLinesProperty().not());
        next.setOnAction(event -> viewModel.nextLines());
        Label range = new Label();
        range.setId("card-lines-range");
        range.textProperty().bind(viewModel.linesTextProperty());
        HBox paging = new HBox(8, previous, next, range);
        paging.setAlignment(Pos.CENTER_LEFT);
        return tabBody(6, table, table, paging);
    }

    private void show(CustomerCard card) {
        if (card == null) {
            return;
        }
        attributes.getChildren().setAll(texts.attributes(card).stream()
                .map(attribute -> (Node) attributeLabel(attribute)).toList());
        badges.getChildren().setAll(texts.badges(card).stream().map(badge -> (Node) badgeLabel(badge)).toList());
        showFigures(texts.figures(card));
        reasons.setText(texts.reasons(card));
        chart.show(chartData.of(card));
        products.setAll(card.topProducts());
        categories.setAll(card.topCategories());
        stopped.setAll(card.stoppedBuying());
        stoppedTitle.setText(messages.format("card.section.stopped", card.window().months()));
        gaps.setAll(card.gaps().reversed().stream().map(gap -> GapRow.of(gap, card.window())).toList());
    }

    private static Label attributeLabel(CardTexts.Attribute attribute) {
        Label label = new Label(attribute.label() + ": " + attribute.value());
        label.getStyleClass().add("card-attribute");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label badgeLabel(CardTexts.BadgeText badge) {
        Label label = new Label(badge.kind() + " · " + badge.label());
        label.setId(badge.id());
        label.getStyleClass().addAll("card-badge", badge.present() ? "card-badge-present" : "card-badge-none");
        label.setTooltip(wrapped(badge.why()));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void showFigures(List<CardTexts.Figure> items) {
        figures.getChildren().setAll(items.stream().map(figure -> {
            Label name = new Label(figure.label());
            name.getStyleClass().add("card-figure-name");
            Label value = new Label(figure.value());
            value.setId(figure.id());
            value.getStyleClass().add("card-figure-value");
            VBox cell = new VBox(1, name, value);
            Tooltip.install(cell, wrapped(figure.tip()));
            return (Node) cell;
        }).toList());
    }

    /** A tab's content: the nodes one under the other, {@code growing} taking the height left over. */
    private static VBox tabBody(double gap, Node growing, Node... nodes) {
        VBox box = new VBox(gap, nodes);
        VBox.setVgrow(growing, Priority.ALWAYS);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }
}
