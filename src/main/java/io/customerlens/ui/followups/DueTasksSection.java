package io.customerlens.ui.followups;

import io.customerlens.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Home's follow-up section: one line saying how many tasks are overdue and due today (the notice the user
 * sees on start), the first of them, and a button to the Follow-ups page on exactly those. Takes no room
 * while there are no pending tasks.
 */
public final class DueTasksSection {

    private final VBox root = new VBox(6);

    public DueTasksSection(DueTasksViewModel viewModel, Messages messages) {
        root.setId("home-followups");
        root.visibleProperty().bind(viewModel.visibleProperty());
        root.managedProperty().bind(root.visibleProperty());

        Label title = new Label(messages.get("followupsView.home.title"));
        title.getStyleClass().add("fact-name");
        Label banner = new Label();
        banner.setId("home-followups-banner");
        banner.getStyleClass().add("section-title");
        banner.setWrapText(true);
        banner.textProperty().bind(viewModel.bannerProperty());

        GridPane tasks = new GridPane(16, 2);
        tasks.setId("home-followups-tasks");
        viewModel.firstDue().addListener((ListChangeListener<DueTaskLine>) change -> fill(tasks, viewModel, messages));
        fill(tasks, viewModel, messages);

        Button open = new Button(messages.get("followupsView.home.open"));
        open.setId("home-open-followups");
        open.setOnAction(event -> viewModel.openDue());
        HBox actions = new HBox(8, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, banner, tasks, actions);
    }

    private static void fill(GridPane grid, DueTasksViewModel viewModel, Messages messages) {
        grid.getChildren().clear();
        int row = 0;
        for (DueTaskLine line : viewModel.firstDue()) {
            Label due = new Label(line.overdue() ? messages.format("followupsView.home.overdueDate", line.due()) : line.due());
            if (line.overdue()) {
                due.getStyleClass().add("notice");
            }
            Label customer = new Label(line.customer());
            customer.getStyleClass().add("fact-value-small");
            grid.addRow(row++, due, customer, new Label(line.reason()));
        }
    }

    public VBox node() {
        return root;
    }
}
