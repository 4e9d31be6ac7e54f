package io.customerlens.ui.common;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Small helpers every page uses for its choice boxes and explanatory tooltips. */
public final class Choices {

    private Choices() {
    }

    /** Shows a choice by {@code text}; choice boxes are picked from, never typed into. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** A tooltip that wraps long explanations and shows quickly. */
    public static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        return tip;
    }
}
