package io.customerlens.ui.print;

import io.customerlens.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The print preview: every page as it will come out, "Print…" (the system's print dialog), "Save as PDF…"
 * and "Close". Without a printer "Print…" says so and hands the focus to "Save as PDF…".
 */
final class PrintPreview {

    /** Preview pages are shown at this share of their rendered size: about a screen's width for A4. */
    private static final double PREVIEW_WIDTH = 700;

    private final PrintablePdf pdf;
    private final PdfPages pages;
    private final PdfOutput output;
    private final Printers printers;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final Label notice = new Label();
    private final Button save;

    PrintPreview(PrintablePdf pdf, PdfPages pages, PdfOutput output, Printers printers, Messages messages,
                 Window owner) {
        this.pdf = pdf;
        this.pages = pages;
        this.output = output;
        this.printers = printers;
        this.messages = messages;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.format("print.preview.title", pdf.title()));

        VBox sheets = new VBox(16);
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(16));
        sheets.setStyle("-fx-background-color: #d9dde3;");
        for (Image page : pages.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(PREVIEW_WIDTH);
            view.setSmooth(true);
            view.setEffect(new DropShadow(6, javafx.scene.paint.Color.gray(0.4)));
            sheets.getChildren().add(view);
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setId("print-preview-pages");

        Button print = new Button(messages.get("print.button.print"));
        print.setId("print-preview-print");
        print.setDefaultButton(true);
        print.setOnAction(event -> print());
        save = new Button(messages.get("print.button.savePdf"));
        save.setId("print-preview-save");
        save.setOnAction(event -> {
            output.save(pdf, pages.pdf(), stage);
            stage.close();
        });
        Button close = new Button(messages.get("print.button.close"));
        close.setId("print-preview-close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Label count = new Label(messages.format("print.pages", pages.pages().size()));
        notice.setId("print-preview-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, count, spacer, print, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, notice, buttons);
        bottom.setPadding(new Insets(10));

        BorderPane root = new BorderPane(scroll);
        root.setBottom(bottom);
        root.setId("print-preview");
        Scene scene = new Scene(root, PREVIEW_WIDTH + 80, 760);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private void print() {
        PrinterJob job = printers.createJob();
        if (job == null) {
            notice.setText(messages.get("print.noPrinter"));
            save.requestFocus();
            return;
        }
        if (!job.showPrintDialog(stage)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean printed = true;
        for (Image page : pages.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            printed &= job.printPage(view);
        }
        if (printed && job.endJob()) {
            output.report(messages.format("print.printed", pages.pages().size(), job.getPrinter().getName()));
            stage.close();
        } else {
            notice.setText(messages.get("print.printFailed"));
        }
    }
}
