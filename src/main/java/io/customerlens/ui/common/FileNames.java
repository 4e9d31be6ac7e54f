package io.customerlens.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/**
 * File names from the save dialogs. The Linux file dialog does not add the filter's extension; without it
 * Excel or a PDF viewer would not open the file on a double click.
 */
public final class FileNames {

    private FileNames() {
    }

    /** {@code file} ending in {@code extension} (".xlsx"), in any case, adding it when missing. */
    public static Path withExtension(Path file, String extension) {
        String name = String.valueOf(file.getFileName());
        return hasExtension(name, extension) ? file : file.resolveSibling(name + extension);
    }

    /** {@code name} ending in {@code extension}, in any case, adding it when missing. */
    public static String withExtension(String name, String extension) {
        return hasExtension(name, extension) ? name : name + extension;
    }

    private static boolean hasExtension(String name, String extension) {
        return name.toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT));
    }
}
