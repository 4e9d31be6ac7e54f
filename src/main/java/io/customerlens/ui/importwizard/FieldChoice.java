package io.customerlens.ui.importwizard;

import io.customerlens.domain.Field;

import java.util.ArrayList;
import java.util.List;

/** What a source column feeds: one field, or {@link #NOT_IMPORTED}. */
public record FieldChoice(Field field) {

    public static final FieldChoice NOT_IMPORTED = new FieldChoice(null);

    public boolean isImported() {
        return field != null;
    }

    /** "Not imported" first, then every field in the order of {@link Field}. */
    public static List<FieldChoice> all() {
        List<FieldChoice> choices = new ArrayList<>();
        choices.add(NOT_IMPORTED);
        for (Field field : Field.values()) {
            choices.add(new FieldChoice(field));
        }
        return List.copyOf(choices);
    }
}
