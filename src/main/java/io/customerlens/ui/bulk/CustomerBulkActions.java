package io.customerlens.ui.bulk;

import io.customerlens.domain.FollowUpReason;
import io.customerlens.ui.common.CustomerListActions;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.FileNames;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableExport;
import io.customerlens.ui.common.TableSaver;
import io.customerlens.ui.print.PdfOutput;
import io.customerlens.ui.print.PrintablePdf;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The bulk actions on a customer list, the same on every page: rows can be picked (Ctrl/Shift-click, Ctrl+A or
 * "Select all"), then a menu button beside "Save as Excel…" and the table's context menu create follow-up tasks
 * for them, copy them for Excel (also Ctrl+C), save them as a workbook, or print or save their cards as one PDF.
 */
public final class CustomerBulkActions implements CustomerListActions {

    private static final String PDF = ".pdf";

    private final CustomerBulkViewModel viewModel;
    private final Messages messages;
    private final TableExport export;
    private final TableSaver saver;
    private final PdfOutput pdfOutput;
    private final FilePicker filePicker;
    private final TextClipboard clipboard;

    public CustomerBulkActions(CustomerBulkViewModel viewModel, Messages messages, TableExport export, TableSaver saver,
                               PdfOutput pdfOutput, FilePicker filePicker, TextClipboard clipboard) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.export = export;
        this.saver = saver;
        this.pdfOutput = pdfOutput;
        this.filePicker = filePicker;
        this.clipboard = clipboard;
    }

    @Override
    public <T> Node attach(TableView<T> table, Function<? super T, String> keyOf, String fileName,
                           FollowUpReason suggestedReason) {
        Picked<T> picked = new Picked<>(table, keyOf, fileName, suggestedReason);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setContextMenu(new ContextMenu(picked.items("bulk-context-").toArray(MenuItem[]::new)));
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.C && event.isShortcutDown() && !picked.none.get()) {
                picked.copy();
                event.consume();
            }
        });

        MenuButton button = new MenuButton();
        button.setId("bulk-actions");
        button.getStyleClass().add("bulk-actions");
        button.textProperty().bind(Bindings.createStringBinding(() -> picked.selected.get() == 0
                        ? messages.get("bulk.button") : messages.format("bulk.button.selected",
                        messages.count(picked.selected.get())), picked.selected));
        button.getItems().setAll(picked.items("bulk-"));
        // The buttons keep their width; a long message gives way (cut, whole in its tooltip).
        button.setMinWidth(Region.USE_PREF_SIZE);
        Label said = shrinking(PageParts.notice(viewModel.messageProperty()));
        said.setId("bulk-message");
        HBox box = new HBox(8, said, shrinking(PageParts.notice(saver.messageProperty())), button);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static Label shrinking(Label message) {
        message.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty());
        message.setTooltip(whole);
        return message;
    }

    /** One table's selection and what the actions do with it. */
    private final class Picked<T> {
        private final TableView<T> table;
        private final Function<? super T, String> keyOf;
        private final String fileName;
        private final FollowUpReason reason;
        private final IntegerBinding selected;
        private final BooleanBinding none;

        Picked(TableView<T> table, Function<? super T, String> keyOf, String fileName, FollowUpReason reason) {
            this.table = table;
            this.keyOf = keyOf;
            this.fileName = fileName;
            this.reason = reason;
            this.selected = Bindings.size(table.getSelectionModel().getSelectedIndices());
            this.none = selected.isEqualTo(0);
        }

        List<MenuItem> items(String idPrefix) {
            MenuItem all = item(idPrefix + "select-all", "bulk.selectAll", () -> table.getSelectionModel().selectAll());
            all.disableProperty().bind(Bindings.isEmpty(table.getItems()));
            MenuItem clear = item(idPrefix + "clear", "bulk.clearSelection", () -> table.getSelectionModel().clearSelection());
            MenuItem tasks = item(idPrefix + "tasks", "bulk.tasks.menu", this::createTasks);
            MenuItem copy = item(idPrefix + "copy", "bulk.copy", this::copy);
            MenuItem excel = item(idPrefix + "excel", "bulk.excel", this::saveExcel);
            MenuItem print = item(idPrefix + "print-cards", "bulk.cards.print", this::printCards);
            MenuItem pdf = item(idPrefix + "save-cards", "bulk.cards.save", this::saveCards);
            for (MenuItem needsRows : List.of(clear, tasks, copy, excel, print, pdf)) {
                needsRows.disableProperty().bind(none);
            }
            return List.of(all, clear, new SeparatorMenuItem(), tasks, copy, excel, new SeparatorMenuItem(), print, pdf);
        }

        private MenuItem item(String id, String textKey, Runnable action) {
            MenuItem item = new MenuItem(messages.get(textKey));
            item.setId(id);
            item.setOnAction(event -> action.run());
            return item;
        }

        /** The picked rows in the table's order (the selection model keeps the order of clicking). */
        List<T> rows() {
            List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
            indices.sort(null);
            List<T> rows = new ArrayList<>(indices.size());
            for (int index : indices) {
                if (index >= 0 && index < table.getItems().size()) {
                    rows.add(table.getItems().get(index));
                }
            }
            return rows;
        }

        List<String> keys() {
            return rows().stream().map(keyOf).map(String::valueOf).toList();
        }

        void createTasks() {
            List<String> keys = keys();
            new BulkTaskDialog(messages, keys.size(), reason, viewModel.today(), owner())
                    .ask(keys).ifPresent(viewModel::createTasks);
        }

        void copy() {
            clipboard.put(viewModel.clipboardText(export.snapshot(table, rows())));
        }

        void saveExcel() {
            List<T> rows = rows();
            saver.save(owner(), () -> export.snapshot(table, rows), fileName);
        }

        void printCards() {
            viewModel.printCards(keys(), bytes -> pdfOutput.preview(new PrintablePdf(
                    messages.get("bulk.cards.title"), cardsFileName(), () -> bytes), owner()));
        }

        void saveCards() {
            List<String> keys = keys();
            filePicker.choosePdfToSave(owner(), messages.get("print.fileChooser.title"), cardsFileName())
                    .map(file -> FileNames.withExtension(file, PDF))
                    .ifPresent(file -> viewModel.saveCards(keys, file));
        }

        private String cardsFileName() {
            return messages.format("bulk.cards.file", fileName) + PDF;
        }

        private Window owner() {
            return table.getScene() == null ? null : table.getScene().getWindow();
        }
    }
}
