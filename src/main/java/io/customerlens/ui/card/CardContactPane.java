package io.customerlens.ui.card;

import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The contact row of the customer card: phone, contact person, WeChat and address, read-only until Edit contact;
 * Save and Cancel while editing (Enter saves, Escape cancels). Only lays out and binds.
 */
final class CardContactPane {

    private final VBox root = new VBox(4);

    CardContactPane(CardContactViewModel viewModel, Messages messages) {
        root.setId("card-contact");
        root.getStyleClass().add("card-contact");
        TextField phone = field("card-contact-phone", viewModel.phoneProperty(), 150, viewModel);
        TextField person = field("card-contact-person", viewModel.contactPersonProperty(), 110, viewModel);
        TextField wechat = field("card-contact-wechat", viewModel.wechatProperty(), 130, viewModel);
        TextField address = field("card-contact-address", viewModel.addressProperty(), 320, viewModel);

        Button edit = new Button(messages.get("customerView.contact.edit"));
        edit.setId("card-contact-edit");
        edit.setTooltip(wrapped(messages.get("customerView.contact.edit.tip")));
        edit.setOnAction(event -> {
            viewModel.edit();
            phone.requestFocus();
        });
        edit.visibleProperty().bind(viewModel.editingProperty().not());
        edit.managedProperty().bind(edit.visibleProperty());
        edit.disableProperty().bind(viewModel.editableProperty().not());
        Button save = new Button(messages.get("customerView.contact.save"));
        save.setId("card-contact-save");
        save.setDefaultButton(false);
        save.setOnAction(event -> viewModel.save());
        Button cancel = new Button(messages.get("customerView.contact.cancel"));
        cancel.setId("card-contact-cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        for (Button button : new Button[] {save, cancel}) {
            button.visibleProperty().bind(viewModel.editingProperty());
            button.managedProperty().bind(button.visibleProperty());
        }

        FlowPane fields = new FlowPane(12, 4,
                labelled(messages.get("customerView.contact.phone"), phone),
                labelled(messages.get("customerView.contact.contactPerson"), person),
                labelled(messages.get("customerView.contact.wechat"), wechat),
                labelled(messages.get("customerView.contact.address"), address),
                new HBox(6, edit, save, cancel));
        fields.setAlignment(Pos.CENTER_LEFT);
        Label message = PageParts.notice(viewModel.messageProperty());
        message.setId("card-contact-message");
        root.getChildren().addAll(fields, message);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!viewModel.editingProperty().get()) {
                return;
            }
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                viewModel.cancel();
            } else if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                viewModel.save();
            }
        });
    }

    VBox node() {
        return root;
    }

    private static TextField field(String id, StringProperty value, double width, CardContactViewModel viewModel) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(1);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(value);
        field.editableProperty().bind(viewModel.editingProperty());
        field.focusTraversableProperty().bind(viewModel.editingProperty());
        return field;
    }

    private static HBox labelled(String name, TextField field) {
        Label label = new Label(name);
        label.getStyleClass().add("card-contact-name");
        label.setLabelFor(field);
        HBox box = new HBox(4, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
