package io.customerlens.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A page over an empty store: its title, what it will show once sales are imported, and the two buttons that
 * get there. Over a store with data, the page itself.
 */
public final class EmptyStoreView {

    private EmptyStoreView() {
    }

    /**
     * @param id         the panel's node id, e.g. {@code customers-empty}
     * @param titleKey   the page's title
     * @param purposeKey one sentence: what the page shows once there are sales
     */
    public static Node around(Node page, EmptyStoreViewModel viewModel, Messages messages, String id,
                              String titleKey, String purposeKey) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        Label purpose = new Label(messages.get(purposeKey));
        purpose.setWrapText(true);
        Label next = new Label(messages.get("empty.next"));
        next.setWrapText(true);
        Button importFile = new Button(messages.get("empty.import"));
        importFile.setId("empty-import");
        importFile.setOnAction(event -> viewModel.importFile());
        Button demo = new Button(messages.get("empty.demo"));
        demo.setId("empty-demo");
        demo.setOnAction(event -> viewModel.tryDemo());
        HBox actions = new HBox(12, importFile, demo);
        VBox panel = new VBox(12, title, purpose, next, actions);
        panel.setId(id);
        panel.getStyleClass().add("page");
        panel.setAlignment(Pos.TOP_LEFT);
        panel.visibleProperty().bind(viewModel.emptyProperty());
        page.visibleProperty().bind(viewModel.emptyProperty().not());
        return new StackPane(page, panel);
    }
}
