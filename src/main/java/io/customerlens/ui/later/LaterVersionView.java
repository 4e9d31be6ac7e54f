package io.customerlens.ui.later;

import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A page whose feature is not built yet says so plainly instead of showing an empty screen. It has no
 * state and calls no service, so it needs no view model.
 */
public final class LaterVersionView {

    private final VBox root;

    public LaterVersionView(Messages messages, String titleKey, String explanationKey) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("page-title");
        Label explanation = new Label(messages.get(explanationKey));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("later-explanation");
        Label notice = new Label(messages.get("ui.later.notice"));
        notice.setId("later-notice");
        notice.getStyleClass().add("later-notice");
        notice.setWrapText(true);

        root = new VBox(12, title, explanation, notice);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("page");
        root.setMaxWidth(720);
    }

    public VBox node() {
        return root;
    }
}
