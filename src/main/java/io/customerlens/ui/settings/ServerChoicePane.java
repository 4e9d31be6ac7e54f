package io.customerlens.ui.settings;

import io.customerlens.settings.TeamServerChoice;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.settings.ServerChoiceDraft.Location;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.function.Supplier;

/**
 * The settings dialog's "Data location" tab: a folder on this computer (the data folder, as before) or a team server
 * with its URL, user name and password (docs/decisions/0020). The fields of the place not chosen are disabled.
 */
final class ServerChoicePane {

    private final VBox root = new VBox(10);
    private final Messages messages;

    ServerChoicePane(SettingsViewModel viewModel, Messages messages, Supplier<Window> window) {
        this.messages = messages;
        ServerChoiceDraft draft = viewModel.server();
        ToggleGroup group = new ToggleGroup();
        RadioButton folder = new RadioButton(messages.get("settings.location.folder"));
        folder.setId("settings-location-folder");
        folder.setToggleGroup(group);
        RadioButton server = new RadioButton(messages.get("settings.location.server"));
        server.setId("settings-location-server");
        server.setToggleGroup(group);
        draft.locationProperty().subscribe(location -> group.selectToggle(location == Location.SERVER ? server : folder));
        group.selectedToggleProperty().subscribe(selected ->
                draft.locationProperty().set(selected == server ? Location.SERVER : Location.FOLDER));

        Node folderFields = folderFields(viewModel, window);
        folderFields.disableProperty().bind(server.selectedProperty());
        Node serverFields = serverFields(draft);
        serverFields.disableProperty().bind(folder.selectedProperty());
        root.getChildren().setAll(folder, indented(folderFields), server, indented(serverFields));
        root.setPadding(new Insets(12, 4, 4, 4));
    }

    Node node() {
        return root;
    }

    private Node folderFields(SettingsViewModel viewModel, Supplier<Window> window) {
        TextField folder = new TextField();
        folder.setId("settings-data-folder");
        folder.setPrefColumnCount(28);
        folder.setPromptText(messages.format("settings.dataFolder.default", viewModel.folderInUse().toString()));
        folder.textProperty().bindBidirectional(viewModel.dataFolderProperty());
        Button browse = new Button(messages.get("settings.dataFolder.browse"));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("settings.dataFolder.label"));
            File chosen = chooser.showDialog(window.get());
            if (chosen != null) {
                viewModel.dataFolderProperty().set(chosen.getAbsolutePath());
            }
        });
        Button useDefault = new Button(messages.get("settings.dataFolder.useDefault"));
        useDefault.setMinWidth(Region.USE_PREF_SIZE);
        useDefault.setOnAction(event -> viewModel.useDefaultDataFolder());
        HBox line = new HBox(6, folder, browse, useDefault);
        HBox.setHgrow(folder, Priority.ALWAYS);
        GridPane grid = SettingsDialog.formGrid();
        grid.addRow(0, new Label(messages.get("settings.dataFolder.label")), line);
        grid.add(SettingsDialog.hint(messages.format("settings.dataFolder.hint", viewModel.folderInUse().toString())),
                1, 1);
        return grid;
    }

    private Node serverFields(ServerChoiceDraft draft) {
        TextField url = new TextField();
        url.setId("settings-server-url");
        url.setPromptText(TeamServerChoice.URL_PREFIX + "host:5432/customerlens");
        url.textProperty().bindBidirectional(draft.urlProperty());
        TextField user = new TextField();
        user.setId("settings-server-user");
        user.textProperty().bindBidirectional(draft.userProperty());
        PasswordField password = new PasswordField();
        password.setId("settings-server-password");
        password.textProperty().bindBidirectional(draft.passwordProperty());
        GridPane grid = SettingsDialog.formGrid();
        grid.addRow(0, new Label(messages.get("settings.server.url")), url);
        grid.add(SettingsDialog.hint(messages.get("settings.server.url.hint")), 1, 1);
        grid.addRow(2, new Label(messages.get("settings.server.user")), user);
        grid.addRow(3, new Label(messages.get("settings.server.password")), password);
        grid.add(SettingsDialog.hint(messages.get(draft.keyringAvailable() ? "settings.server.keyring"
                : "settings.server.noKeyring")), 1, 4);
        return grid;
    }


    private static Node indented(Node fields) {
        VBox box = new VBox(fields);
        box.setPadding(new Insets(0, 0, 6, 26));
        return box;
    }
}
