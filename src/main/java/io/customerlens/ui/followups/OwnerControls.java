package io.customerlens.ui.followups;

import io.customerlens.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import static io.customerlens.ui.common.Choices.wrapped;

/** The Follow-ups page's owner filter and "Reassign to…" controls ({@link TaskOwnership}); hidden where no task has an owner. */
final class OwnerControls {

    private OwnerControls() {
    }

    /** "Owner: [All owners]" beside the list's order. */
    static Node filter(TaskOwnership ownership, Messages messages) {
        ComboBox<TaskOwnership.OwnerChoice> owner = new ComboBox<>(ownership.owners());
        owner.setId("followups-owner-filter");
        owner.setButtonCell(new OwnerCell());
        owner.setCellFactory(list -> new OwnerCell());
        owner.valueProperty().bindBidirectional(ownership.filterProperty());
        owner.setTooltip(wrapped(messages.get("followupsView.owner.filter.tip")));
        Label label = new Label(messages.get("followupsView.owner.filter"));
        label.setLabelFor(owner);
        return shownWhen(new HBox(6, label, owner), ownership.shownProperty());
    }

    /** "Reassign to [owner] [Reassign]" in the bar of actions on the selected tasks. */
    static Node reassign(TaskOwnership ownership, ObservableList<?> chosen, Runnable reassignChosen, Messages messages) {
        ComboBox<String> target = new ComboBox<>(ownership.targets());
        target.setId("followups-reassign-to");
        target.setPromptText(messages.get("followupsView.reassign.prompt"));
        target.valueProperty().bindBidirectional(ownership.reassignToProperty());
        target.setTooltip(wrapped(messages.get("followupsView.reassign.tip")));
        Button reassign = new Button(messages.get("followupsView.reassign"));
        reassign.setId("followups-reassign");
        reassign.setTooltip(wrapped(messages.get("followupsView.reassign.tip")));
        reassign.disableProperty().bind(Bindings.isEmpty(chosen).or(ownership.reassignToProperty().isNull()));
        reassign.setOnAction(event -> reassignChosen.run());
        return shownWhen(new HBox(6, target, reassign), ownership.reassignableProperty());
    }

    private static Node shownWhen(HBox box, BooleanExpression shown) {
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    private static final class OwnerCell extends ListCell<TaskOwnership.OwnerChoice> {
        @Override
        protected void updateItem(TaskOwnership.OwnerChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
