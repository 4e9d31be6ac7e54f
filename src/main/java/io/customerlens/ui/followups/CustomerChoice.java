package io.customerlens.ui.followups;

import java.util.Locale;

/** A customer to pick for a manual task: its key and name (the name may be missing). */
public record CustomerChoice(String key, String name) {

    /** "Name (key)", or the key alone. */
    public String label() {
        return name == null || name.isBlank() || name.equals(key) ? key : name + " (" + key + ")";
    }

    boolean matches(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || key.toLowerCase(Locale.ROOT).contains(wanted)
                || (name != null && name.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
