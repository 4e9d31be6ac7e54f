package io.customerlens.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Hands picocli the usage-help texts of the application bundle under the keys picocli looks up. Our keys
 * all carry the command line's prefix so the bundles stay sorted by owner: {@code cli.usage.import.db} becomes
 * picocli's {@code customerlens.import.db} (option --db of the import command), and
 * {@code cli.usage.shared.X} becomes the plain key {@code X} that picocli uses for every command.
 */
final class PicocliBundle extends ResourceBundle {

    static final String COMMAND_KEYS = "cli.usage.";
    static final String SHARED_KEYS = "cli.usage.shared.";

    private final Map<String, String> texts = new HashMap<>();

    PicocliBundle(ResourceBundle messages, String rootCommandName) {
        for (String key : messages.keySet()) {
            if (key.startsWith(SHARED_KEYS)) {
                texts.put(key.substring(SHARED_KEYS.length()), messages.getString(key));
            } else if (key.startsWith(COMMAND_KEYS)) {
                texts.put(rootCommandName + "." + key.substring(COMMAND_KEYS.length()), messages.getString(key));
            }
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
