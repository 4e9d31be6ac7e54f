package io.customerlens.ui.customers;

import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The clicked figure's name as a chip above the customer list, with × to remove it and see every customer again.
 * Takes no room while no drill is in force.
 */
final class DrillChip {

    private DrillChip() {
    }

    static HBox of(DrillFilter filter, Messages messages) {
        Label name = new Label();
        name.setId("customers-drill-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Button remove = new Button("×");
        remove.setId("customers-drill-remove");
        remove.getStyleClass().add("chip-remove");
        remove.setTooltip(new Tooltip(messages.get("drill.remove.tip")));
        remove.setOnAction(event -> filter.remove());
        HBox chip = new HBox(4, name, remove);
        chip.setId("customers-drill-chip");
        chip.getStyleClass().add("chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setMaxWidth(Region.USE_PREF_SIZE);
        filter.drillProperty().subscribe(drill -> {
            name.setText(drill == null ? "" : messages.format("drill.chip", drill.label()));
            chip.setVisible(drill != null);
            chip.setManaged(drill != null);
        });
        return chip;
    }
}
