package io.customerlens.ui.common;

import javafx.scene.image.Image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The app icon (a lens over a bar chart, icons/customerlens.svg) in the sizes drawn as PNG. */
public final class AppIcon {

    private AppIcon() {
    }

    /** @param size one of 16, 32, 48, 64, 128, 256 */
    public static Image image(int size) {
        String resource = "/io/customerlens/icons/customerlens-" + size + ".png";
        try (InputStream in = AppIcon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No icon of size " + size + " (" + resource + ")");
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled icon " + resource, e);
        }
    }
}
