package io.customerlens.ui.followups;

import io.customerlens.ui.common.DateFields;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.service.followups.TaskSort;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.common.FileNames;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Confirmation;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableSaver;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static io.customerlens.ui.common.Choices.converter;
import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The Follow-ups page (回访任务): actions on top; the task list with its filters, bulk moves and the side panel
 * of the selected task in the first tab, the generation preview in its place while open; the effect of the
 * calls in the second tab. Lays out and binds only.
 */
public final class FollowUpsView {

    private Supplier<Optional<String>> questionBeforeGenerating = Optional::empty;

    private static final String SHEET_EXTENSION = ".xlsx";

    private final FollowUpsViewModel viewModel;
    private final Messages messages;
    private final FollowUpTexts texts;
    private final FilePicker filePicker;
    private final VBox root = new VBox(8);
    private final HBox heading = new HBox(16);
    private final TableView<TaskRow> table = new TableView<>();
    private final TaskSidePanel sidePanel;

    public FollowUpsView(FollowUpsViewModel viewModel, Messages messages, Charts charts, TableSaver saver,
                         FilePicker filePicker) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = new FollowUpTexts(messages);
        this.filePicker = filePicker;
        this.sidePanel = new TaskSidePanel(viewModel, texts, table::requestFocus);
        root.setId("followups-view");
        root.getStyleClass().add("page");

        Label title = new Label(messages.get("followupsView.title"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        Label today = new Label();
        today.setId("followups-today");
        today.textProperty().bind(Bindings.createStringBinding(() -> viewModel.todayProperty().get() == null ? ""
                : messages.format("followupsView.today", messages.date(viewModel.todayProperty().get())),
                viewModel.todayProperty()));
        heading.getChildren().setAll(title, today);
        heading.setAlignment(Pos.BASELINE_LEFT);

        TabPane tabs = new TabPane(
                PageParts.tab(messages, "followups-tab-tasks", "followupsView.tab.tasks", tasksPane()),
                PageParts.tab(messages, "followups-tab-effect", "followupsView.tab.effect",
                        new EffectPane(viewModel.effect(), texts, charts, saver).node()));
        tabs.setId("followups-tabs");
        // A filter chosen from elsewhere (Home's "overdue and today") shows the list it filters.
        viewModel.filterProperty().addListener((observable, before, after) -> tabs.getSelectionModel().selectFirst());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(heading, actionBar(),
                PageParts.notice(viewModel.noticeProperty(), viewModel.noticeKindProperty()),
                saver.messageLabel(), tabs);
    }

    /**
     * What "Generate tasks…" asks before planning (the shell asks whether stale data should be planned from);
     * empty: plan at once.
     */
    public void askBeforeGenerating(Supplier<Optional<String>> question) {
        this.questionBeforeGenerating = question;
    }

    /** Adds an action at the right end of the heading (the shell adds the print button). */
    public void addHeadingAction(Node action) {
        PageParts.addAtRight(heading, action);
    }

    public VBox node() {
        return root;
    }

    private Node actionBar() {
        Button generate = new Button(messages.get("followupsView.generate.open"));
        generate.setId("followups-generate");
        generate.setTooltip(wrapped(messages.get("followupsView.generate.open.tip")));
        generate.disableProperty().bind(viewModel.generation().showingProperty());
        generate.setOnAction(event -> {
            Optional<String> question = questionBeforeGenerating.get();
            if (question.isEmpty() || Confirmation.ask(root, "followups-stale-question",
                    messages.get("freshness.question.title"), question.get(), messages.get("freshness.question.plan"),
                    messages.get("freshness.question.cancel"))) {
                viewModel.generation().open();
            }
        });
        Button manual = new Button(messages.get("followupsView.manual.open"));
        manual.setId("followups-new-task");
        manual.setOnAction(event -> {
            viewModel.manual().reset(viewModel.todayProperty().get());
            new ManualTaskDialog(viewModel.manual(), texts, window(), root).show();
        });
        Button export = new Button(messages.get("followupsView.export.open"));
        export.setId("followups-export");
        export.setTooltip(wrapped(messages.get("followupsView.export.tip")));
        export.setOnAction(event -> filePicker.chooseWorkbookToSave(window(), messages.get("followupsView.export.dialog"),
                        messages.get("followupsView.export.fileName") + SHEET_EXTENSION)
                .map(file -> FileNames.withExtension(file, SHEET_EXTENSION)).ifPresent(viewModel::exportTo));
        Button importSheet = new Button(messages.get("followupsView.import.open"));
        importSheet.setId("followups-import");
        importSheet.setTooltip(wrapped(messages.get("followupsView.import.tip")));
        importSheet.setOnAction(event -> filePicker.chooseSpreadsheet(window()).ifPresent(viewModel::importFrom));
        HBox bar = new HBox(8, generate, manual, export, importSheet);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node tasksPane() {
        VBox list = new VBox(8, filterBar(), taskTable(), bulkBar());
        VBox.setVgrow(table, Priority.ALWAYS);
        Node generation = new GenerationPane(viewModel.generation(), texts).node();
        list.visibleProperty().bind(viewModel.generation().showingProperty().not());
        generation.visibleProperty().bind(viewModel.generation().showingProperty());
        StackPane left = new StackPane(list, generation);
        SplitPane split = new SplitPane(left, sidePanel.node());
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(sidePanel.node(), false);
        VBox box = new VBox(split);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        VBox.setVgrow(split, Priority.ALWAYS);
        return box;
    }

    private Node filterBar() {
        ToggleGroup group = new ToggleGroup();
        FlowPane filters = new FlowPane(6, 6);
        // Wrap at the width it gets, not at FlowPane's default 400 px (which would reserve an empty third row).
        filters.prefWrapLengthProperty().bind(filters.widthProperty());
        for (TaskListFilter filter : TaskListFilter.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("followups-filter-" + filter.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            String label = messages.get(filter.labelKey());
            button.textProperty().bind(Bindings.createStringBinding(() -> messages.format("followupsView.filter.count",
                    label, viewModel.countsProperty().get().getOrDefault(filter, 0L)), viewModel.countsProperty()));
            button.setOnAction(event -> viewModel.filterProperty().set(filter));
            viewModel.filterProperty().subscribe(shown -> button.setSelected(shown == filter));
            filters.getChildren().add(button);
        }
        ComboBox<TaskSort> sort = new ComboBox<>();
        sort.setId("followups-sort");
        sort.getItems().setAll(TaskSort.values());
        sort.setConverter(converter(value -> messages.get(FollowUpLabels.sort(value))));
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());
        // Choosing an order replaces a clicked column header's order.
        sort.setOnAction(event -> table.getSortOrder().clear());
        HBox sortBox = new HBox(6, new Label(messages.get("followupsView.sort")), sort);
        sortBox.setAlignment(Pos.CENTER_LEFT);
        sortBox.setMinWidth(Region.USE_PREF_SIZE);
        Node owner = OwnerControls.filter(viewModel.ownership(), messages);
        // The owner and the order flow after the filters, so a narrow list (1366 wide, side panel open) wraps them
        // into the filters' second row instead of keeping a third row for one button.
        filters.getChildren().addAll(owner, sortBox);
        FlowPane.setMargin(owner, new Insets(0, 0, 0, 10));
        FlowPane.setMargin(sortBox, new Insets(0, 0, 0, 10));
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private Node taskTable() {
        table.setItems(viewModel.rows());
        table.setId("followups-table");
        table.getColumns().setAll(new TaskColumns(texts).tasks());
        table.getColumns().stream().filter(column -> TaskColumns.OWNER_ID.equals(column.getId())).findFirst()
                .ifPresent(owner -> owner.visibleProperty().bind(viewModel.ownership().shownProperty()));
        viewModel.tableOrderProperty().bind(Bindings.createObjectBinding(
                () -> table.getSortOrder().isEmpty() ? null : table.getComparator(), table.comparatorProperty()));
        // The sorted list sorts (by a clicked header, else by the chosen order): the table only reports its order.
        table.setSortPolicy(ignored -> true);
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label(messages.get("followupsView.list.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null && !row.equals(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(row);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TaskRow>) change ->
                viewModel.chosen().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        viewModel.selectedProperty().addListener((observable, before, row) -> {
            if (row != null && !Objects.equals(row, table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
                table.scrollTo(row);
            }
        });
        table.setRowFactory(ignored -> {
            TableRow<TaskRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        // Enter goes to the outcome entry of the selected task (not to the window's default button).
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                sidePanel.focusOutcome();
            }
        });
        return table;
    }

    private Node bulkBar() {
        Label chosen = new Label();
        chosen.setId("followups-chosen");
        chosen.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("followupsView.bulk.chosen", viewModel.chosen().size()), viewModel.chosen()));
        DatePicker date = new DatePicker();
        date.setId("followups-move-date");
        DateFields.install(date, messages);
        date.setPromptText(messages.get("followupsView.bulk.datePrompt"));
        date.valueProperty().bindBidirectional(viewModel.moveToProperty());
        date.setPrefWidth(140);
        Button move = button("followups-reschedule", "followupsView.bulk.reschedule", "followupsView.bulk.reschedule.tip");
        move.setOnAction(event -> viewModel.rescheduleChosen());
        Button snooze = button("followups-snooze", "followupsView.bulk.snooze", "followupsView.bulk.snooze.tip");
        snooze.setOnAction(event -> viewModel.snoozeChosen());
        move.disableProperty().bind(Bindings.isEmpty(viewModel.chosen()).or(viewModel.moveToProperty().isNull()));
        snooze.disableProperty().bind(move.disableProperty());
        Button cancel = button("followups-cancel", "followupsView.bulk.cancel", "followupsView.bulk.cancel.tip");
        cancel.disableProperty().bind(Bindings.isEmpty(viewModel.chosen()));
        cancel.setOnAction(event -> viewModel.cancelChosen());
        // Wraps instead of cutting the buttons' words short when "Reassign to…" joins them on a narrow screen.
        FlowPane bar = new FlowPane(8, 6, chosen, date, move, snooze, cancel,
                OwnerControls.reassign(viewModel.ownership(), viewModel.chosen(), viewModel::reassignChosen, messages));
        bar.prefWrapLengthProperty().bind(bar.widthProperty());
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String key, String tipKey) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setTooltip(wrapped(messages.get(tipKey)));
        return button;
    }
}
