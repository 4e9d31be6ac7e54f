package io.customerlens.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The stale-data banner with its Import button; takes no room while the data is fresh. */
public final class FreshnessBanner {

    private final HBox node;

    public FreshnessBanner(FreshnessViewModel viewModel, Messages messages, String id) {
        Label text = new Label();
        text.setId(id + "-text");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button importNow = new Button(messages.get("freshness.import"));
        importNow.setId(id + "-import");
        importNow.setOnAction(event -> viewModel.importNow());
        node = new HBox(12, text, importNow);
        node.setId(id);
        node.getStyleClass().add("freshness-banner");
        node.setAlignment(Pos.CENTER_LEFT);
        node.visibleProperty().bind(viewModel.staleProperty());
        node.managedProperty().bind(viewModel.staleProperty());
    }

    public HBox node() {
        return node;
    }
}
