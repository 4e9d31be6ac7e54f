package io.customerlens.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store lives: an explicit folder (--db DIR, or the data-folder setting) wins; otherwise the
 * system property {@code customerlens.home} (tests point it at target/), otherwise ~/.customerlens.
 */
public final class DataFolder {

    public static final String HOME_PROPERTY = "customerlens.home";

    private DataFolder() {
    }

    public static Path resolve(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath();
        }
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".customerlens");
    }
}
