package io.customerlens.ui.bulk;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Where copied text goes: the system clipboard in the app, a captured string in tests. */
@FunctionalInterface
public interface TextClipboard {

    /** Replaces the clipboard's content with {@code text}. FX thread. */
    void put(String text);

    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
