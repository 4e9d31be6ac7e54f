package io.customerlens.ui.home;

import io.customerlens.ui.common.Messages;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;

import java.util.Map;

/** Makes each headline figure a link to its customers: a click opens the customer list filtered to them. */
final class HeadlineLinks {

    private static final Map<String, HeadlineFigure> BY_ID = Map.of(
            "home-lapsed", HeadlineFigure.LAPSED,
            "home-newly-lapsed", HeadlineFigure.NEWLY_LAPSED,
            "home-at-risk", HeadlineFigure.AT_RISK,
            "home-won-back", HeadlineFigure.WON_BACK);

    private HeadlineLinks() {
    }

    static void install(GridPane grid, HomeViewModel viewModel, Messages messages) {
        for (Node node : grid.getChildren()) {
            HeadlineFigure figure = node.getId() == null ? null : BY_ID.get(node.getId());
            if (figure != null && node instanceof Label value) {
                value.getStyleClass().add("drill-link");
                value.setCursor(Cursor.HAND);
                value.setTooltip(new Tooltip(messages.get("drill.tip.click")));
                value.setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY) {
                        viewModel.drill(figure);
                    }
                });
            }
        }
    }
}
