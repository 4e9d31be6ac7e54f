package io.customerlens.ui.shell;

import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import io.customerlens.ui.common.TaskStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.BooleanBinding;

import java.util.List;

/** The window's state: which page is shown, and whether work runs (settings wait until it is done). */
public final class MainViewModel implements Navigator {

    private final ObjectProperty<Page> selectedPage = new SimpleObjectProperty<>(this, "selectedPage", Page.HOME);
    private final TaskStatus taskStatus;

    public MainViewModel(TaskStatus taskStatus) {
        this.taskStatus = taskStatus;
    }

    public List<Page> pages() {
        return List.of(Page.values());
    }

    public ObjectProperty<Page> selectedPageProperty() {
        return selectedPage;
    }

    @Override
    public void show(Page page) {
        selectedPage.set(page);
    }

    /** The settings dialog rebuilds the window on a language change, which must not cut off running work. */
    public BooleanBinding settingsAvailable() {
        return taskStatus.runningProperty().not();
    }
}
