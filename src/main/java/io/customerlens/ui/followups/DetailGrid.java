package io.customerlens.ui.followups;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Name–value pairs in two columns, rebuilt whenever its list changes; values wrap instead of being cut. */
final class DetailGrid {

    private DetailGrid() {
    }

    /** @param idPrefix each value label gets the id {@code idPrefix + line.id()} */
    static GridPane of(ObservableList<DetailLine> lines, String idPrefix, String valueStyle) {
        GridPane grid = new GridPane(12, 4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (DetailLine line : lines) {
                Label name = new Label(line.name());
                name.getStyleClass().add("fact-name");
                name.setMinWidth(Label.USE_PREF_SIZE);
                Label value = new Label(line.value());
                value.setId(idPrefix + line.id());
                value.getStyleClass().add(valueStyle);
                value.setWrapText(true);
                grid.addRow(row++, name, value);
            }
        };
        lines.addListener((ListChangeListener<DetailLine>) change -> fill.run());
        fill.run();
        return grid;
    }
}
