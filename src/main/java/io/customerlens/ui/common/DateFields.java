package io.customerlens.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;

/**
 * Sets up every date field of the app the same way: ISO or the language's own way of writing a date is
 * accepted ({@link DateTexts}); text that names no date stays as typed, marked {@code :invalid} (a red border)
 * with a tooltip that says what is accepted, and the field keeps its last date.
 */
public final class DateFields {

    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private DateFields() {
    }

    /** A new date field with this id. */
    public static DatePicker create(Messages messages, String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        install(picker, messages);
        return picker;
    }

    public static void install(DatePicker picker, Messages messages) {
        DateInputConverter converter = new DateInputConverter(messages.locale(), picker::getValue);
        picker.setConverter(converter);
        Tooltip invalidTip = new Tooltip(messages.get("date.invalid"));
        picker.valueProperty().addListener((observable, before, after) -> converter.forget());
        // The field's own tooltip (the editor shows the picker's) gives way to the reason while the text is invalid.
        Tooltip[] own = new Tooltip[1];
        picker.getEditor().textProperty().addListener((observable, before, text) -> {
            boolean invalid = !converter.accepts(text);
            picker.pseudoClassStateChanged(INVALID, invalid);
            if (invalid && picker.getTooltip() != invalidTip) {
                own[0] = picker.getTooltip();
                picker.setTooltip(invalidTip);
            } else if (!invalid && picker.getTooltip() == invalidTip) {
                picker.setTooltip(own[0]);
            }
        });
    }
}
