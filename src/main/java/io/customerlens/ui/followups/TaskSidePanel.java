package io.customerlens.ui.followups;

import io.customerlens.ui.common.DateFields;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.analysis.followups.ReasonKind;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import static io.customerlens.ui.common.Choices.converter;

/**
 * The side panel of the selected task: the task, its customer's key figures and last purchases, and the
 * outcome entry. Made for the keyboard: Enter in the list lands on "Reached", Alt + the underlined letter
 * reaches each field, Enter saves.
 */
final class TaskSidePanel {

    private final FollowUpsViewModel viewModel;
    private final Messages messages;
    private final FollowUpTexts texts;
    private final VBox root;
    private RadioButton reachedYes;

    /** @param afterSave where the keyboard goes once an outcome is saved (the task list, for the next task) */
    TaskSidePanel(FollowUpsViewModel viewModel, FollowUpTexts texts, Runnable afterSave) {
        this.viewModel = viewModel;
        this.messages = texts.messages();
        this.texts = texts;
        TaskDetails details = viewModel.details();

        Label title = new Label();
        title.setId("followups-details-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(details.titleProperty());
        Label empty = new Label(messages.get("followupsView.details.empty"));
        empty.setWrapText(true);
        empty.visibleProperty().bind(viewModel.selectedProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());

        Button open = new Button(messages.get("followupsView.details.openCustomer"));
        open.setId("followups-open-customer");
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        open.setOnAction(event -> viewModel.openSelectedCustomer());

        Node taskFigures = DetailGrid.of(details.taskFigures(), "followups-task-", "fact-value-small");
        VBox customer = new VBox(8, new Separator(), sectionTitle("followupsView.details.customer"),
                DetailGrid.of(details.customerFigures(), "followups-customer-", "fact-value-small"),
                sectionTitle("followupsView.details.lastPurchases"), lastPurchases(details), open);
        customer.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        customer.managedProperty().bind(customer.visibleProperty());
        VBox content = new VBox(8, title, empty, taskFigures, customer);
        content.setPadding(new javafx.geometry.Insets(4, 12, 8, 8));
        ScrollPane figures = new ScrollPane(content);
        figures.setFitToWidth(true);
        figures.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(figures, Priority.ALWAYS);
        // The outcome entry stays in view below the figures, so the keyboard never lands on a hidden field.
        Node outcome = outcome();
        VBox.setMargin(outcome, new javafx.geometry.Insets(0, 12, 8, 8));
        root = new VBox(8, figures, new Separator(), outcome);
        // Saved: the form moves on to the next task; the keyboard goes back to the list to pick or confirm it.
        viewModel.outcome().taskProperty().addListener((observable, before, after) -> {
            if (isInside(outcome, root.getScene() == null ? null : root.getScene().getFocusOwner())) {
                afterSave.run();
            }
        });
        root.setId("followups-side-panel");
        root.setMinWidth(340);
    }

    Node node() {
        return root;
    }

    /** Puts the keyboard on the outcome entry (Enter in the task list). */
    void focusOutcome() {
        if (!reachedYes.isDisabled()) {
            reachedYes.requestFocus();
        }
    }

    private static boolean isInside(Node container, Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == container) {
                return true;
            }
        }
        return false;
    }

    private Label sectionTitle(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Node lastPurchases(TaskDetails details) {
        TableView<CustomerSalesLine> table = new TableView<>(details.lastPurchases());
        table.setId("followups-last-purchases");
        table.getColumns().setAll(new TaskColumns(texts).lines());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * (TaskDetails.LAST_PURCHASES + 1) + 8);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setFocusTraversable(false);
        table.setPlaceholder(new Label(messages.get("followupsView.details.noLines")));
        return table;
    }

    private Node outcome() {
        OutcomeForm form = viewModel.outcome();
        ToggleGroup reached = new ToggleGroup();
        reachedYes = new RadioButton(messages.get("followupsView.outcome.reached"));
        reachedYes.setId("followups-outcome-reached");
        reachedYes.setToggleGroup(reached);
        RadioButton reachedNo = new RadioButton(messages.get("followupsView.outcome.notReached"));
        reachedNo.setId("followups-outcome-not-reached");
        reachedNo.setToggleGroup(reached);
        // A mnemonic (Alt+R, Alt+N) only focuses the button and sends it an ActionEvent, which does not select a
        // radio button by itself.
        reachedYes.setOnAction(event -> reachedYes.setSelected(true));
        reachedNo.setOnAction(event -> reachedNo.setSelected(true));
        form.reachedProperty().subscribe(value -> {
            reachedYes.setSelected(Boolean.TRUE.equals(value));
            reachedNo.setSelected(Boolean.FALSE.equals(value));
        });
        reached.selectedToggleProperty().addListener((observable, before, toggle) -> {
            Boolean value = toggle == reachedYes ? Boolean.TRUE : toggle == reachedNo ? Boolean.FALSE : null;
            if (!Objects.equals(value, form.reachedProperty().get())) {
                form.reachedProperty().set(value);
            }
        });

        // Two lists: what the call brought (will order, needs time) and why the customer stopped (price …).
        ComboBox<OutcomeReason> reason = reasonBox("followups-outcome-reason", ReasonKind.OUTCOME,
                "followupsView.outcome.reasonPrompt");
        ComboBox<OutcomeReason> stopReason = reasonBox("followups-outcome-stop-reason", ReasonKind.STOP_REASON,
                "followupsView.outcome.stopReasonPrompt");
        form.reasonProperty().subscribe(value -> {
            reason.setValue(value != null && ReasonKind.of(value) == ReasonKind.OUTCOME ? value : null);
            stopReason.setValue(value != null && ReasonKind.of(value) == ReasonKind.STOP_REASON ? value : null);
        });
        for (ComboBox<OutcomeReason> box : List.of(reason, stopReason)) {
            box.valueProperty().addListener((observable, before, picked) -> {
                if (picked != null && picked != form.reasonProperty().get()) {
                    form.reasonProperty().set(picked);
                } else if (picked == null && before != null && before == form.reasonProperty().get()) {
                    form.reasonProperty().set(null);
                }
            });
        }
        DatePicker promised = new DatePicker();
        promised.setId("followups-outcome-promised");
        DateFields.install(promised, messages);
        promised.valueProperty().bindBidirectional(form.promisedProperty());
        DatePicker contacted = new DatePicker();
        contacted.setId("followups-outcome-contacted");
        DateFields.install(contacted, messages);
        contacted.valueProperty().bindBidirectional(form.contactedOnProperty());
        TextField notes = new TextField();
        notes.setId("followups-outcome-notes");
        notes.textProperty().bindBidirectional(form.notesProperty());
        CheckBox chain = new CheckBox(messages.get("followupsView.outcome.chain"));
        chain.setId("followups-outcome-chain");
        chain.setWrapText(true);
        chain.selectedProperty().bindBidirectional(form.chainProperty());

        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, labelFor("followupsView.outcome.reason", reason), reason);
        grid.addRow(1, labelFor("followupsView.outcome.stopReason", stopReason), stopReason);
        grid.addRow(2, labelFor("followupsView.outcome.promised", promised), promised);
        grid.addRow(3, labelFor("followupsView.outcome.contactedOn", contacted), contacted);
        grid.addRow(4, labelFor("followupsView.outcome.notes", notes), notes);
        GridPane.setHgrow(notes, Priority.ALWAYS);
        reason.setMaxWidth(Double.MAX_VALUE);
        stopReason.setMaxWidth(Double.MAX_VALUE);

        Label hint = new Label();
        hint.setId("followups-outcome-hint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // two lines when the hint is long, never cut to "…"
        hint.textProperty().bind(form.hintProperty());
        Button save = new Button(messages.get("followupsView.outcome.save"));
        save.setId("followups-outcome-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.canSaveProperty().not());
        save.setOnAction(event -> form.save());
        HBox actions = new HBox(8, save);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, sectionTitle("followupsView.outcome.title"), new HBox(16, reachedYes, reachedNo),
                grid, chain, hint, actions);
        box.disableProperty().bind(form.editableProperty().not());
        // Enter saves from any field of the form; a radio button would otherwise swallow it, and a date typed
        // into a picker is taken first. An open list (the reason's) keeps Enter for choosing.
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isAltDown() && !event.isShortcutDown()
                    && !reason.isShowing()) {
                commitTypedDate(promised);
                commitTypedDate(contacted);
                if (form.canSaveProperty().get()) {
                    event.consume();
                    form.save();
                }
            }
        });
        return box;
    }

    private static void commitTypedDate(DatePicker picker) {
        if (!picker.isFocused() && !picker.getEditor().isFocused()) {
            return;
        }
        String typed = picker.getEditor().getText();
        try {
            picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed));
        } catch (DateTimeParseException e) {
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue())); // not a date: keep the old one
        }
    }

    /** A label whose mnemonic (Alt + underlined letter) moves the keyboard to its field. */
    private Label labelFor(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** A choice of the codes of one kind; one stored code fills one of the two boxes. */
    private ComboBox<OutcomeReason> reasonBox(String id, ReasonKind kind, String promptKey) {
        ComboBox<OutcomeReason> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(kind.reasons());
        box.setConverter(converter(value -> messages.get(FollowUpLabels.outcome(value))));
        box.setPromptText(messages.get(promptKey));
        box.setVisibleRowCount(kind.reasons().size());
        return box;
    }
}
