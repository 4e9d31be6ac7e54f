package io.customerlens.ui.print;

import io.customerlens.ui.common.Messages;
import javafx.scene.control.Button;

import java.util.function.Supplier;

import static io.customerlens.ui.common.Choices.wrapped;

/** A "Print …" button for a page: asks the page for its report on the FX thread and shows the preview. */
public final class PrintButton {

    private PrintButton() {
    }

    /**
     * @param report called on the FX thread when clicked, so it may read the page's current choices; the
     *               PDF itself is made in the background
     */
    public static Button of(String id, String textKey, String tipKey, Messages messages, PdfOutput output,
                            Supplier<PrintablePdf> report) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        button.setTooltip(wrapped(messages.get(tipKey)));
        button.setOnAction(event -> output.preview(report.get(),
                button.getScene() == null ? null : button.getScene().getWindow()));
        return button;
    }
}
