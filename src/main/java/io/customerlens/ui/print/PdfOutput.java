package io.customerlens.ui.print;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.NoCjkFontException;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.FileNames;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * "Print…" and "Save as PDF…" for any report: makes the PDF in the background, then shows the preview
 * (which prints, or offers the PDF when there is no printer) or asks where to save it. A missing CJK font
 * (only when the bundled font is gone from a damaged installation) is explained in a dialog.
 */
public final class PdfOutput {

    private static final String EXTENSION = ".pdf";

    private final TaskRunner runner;
    private final Messages messages;
    private final FilePicker filePicker;
    private final Printers printers;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public PdfOutput(TaskRunner runner, Messages messages, FilePicker filePicker, Printers printers) {
        this.runner = runner;
        this.messages = messages;
        this.filePicker = filePicker;
        this.printers = printers;
    }

    /** How the last save or print went, for a label on the page; empty while none has finished. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Makes the PDF, draws its pages and shows them in the print preview. On the FX thread. */
    public void preview(PrintablePdf pdf, Window owner) {
        message.set("");
        runner.job(messages.format("print.preparing", pdf.title()), context -> PdfPages.render(pdf.maker().make()))
                .onSuccess(pages -> new PrintPreview(pdf, pages, this, printers, messages, owner).show())
                .onFailure(failure -> showFailure(failure, owner))
                .start();
    }

    /** Asks where, then makes and writes the PDF. On the FX thread; nothing happens if the user cancels. */
    public void save(PrintablePdf pdf, Window owner) {
        chooseFile(pdf, owner).ifPresent(file -> write(pdf.title(), file, pdf.maker()));
    }

    /** Saves a PDF already made (from the preview). */
    void save(PrintablePdf pdf, byte[] bytes, Window owner) {
        chooseFile(pdf, owner).ifPresent(file -> write(pdf.title(), file, () -> bytes));
    }

    void report(String text) {
        message.set(text);
    }

    private java.util.Optional<Path> chooseFile(PrintablePdf pdf, Window owner) {
        return filePicker.choosePdfToSave(owner, messages.get("print.fileChooser.title"),
                        FileNames.withExtension(pdf.suggestedFileName(), EXTENSION))
                .map(file -> FileNames.withExtension(file, EXTENSION));
    }

    private void write(String title, Path file, PdfMaker maker) {
        message.set("");
        runner.job(messages.format("print.saving", String.valueOf(file.getFileName())), context -> {
                    Files.write(file, maker.make());
                    return file;
                })
                .onSuccess(saved -> message.set(messages.format("print.saved", saved.toString())))
                .onFailure(failure -> {
                    message.set(messages.format("print.saveFailed", title, FailureReport.describe(messages, failure)));
                    if (failure instanceof NoCjkFontException) {
                        showFailure(failure, null);
                    }
                })
                .start();
    }

    private void showFailure(Throwable failure, Window owner) {
        String text = failure instanceof NoCjkFontException noFont
                ? noFont.describe(new MessageBundle(messages.bundle(), messages.locale()))
                : messages.format("print.failed", FailureReport.describe(messages, failure));
        message.set(text);
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setTitle(messages.get("print.error.title"));
        alert.setHeaderText(messages.get("print.error.title"));
        alert.getDialogPane().setId("print-error");
        alert.getDialogPane().setMinWidth(520);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
