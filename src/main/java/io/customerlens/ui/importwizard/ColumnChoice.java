package io.customerlens.ui.importwizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One source column in the mapping step: its header, the field it feeds (the user may change it) and
 * how sure the automatic mapping was (1 once the user chose; 0 for a column that is not imported).
 */
public final class ColumnChoice {

    /** Below this the mapping is shown as a guess the user should check. */
    public static final double LOW_CONFIDENCE = 0.6;

    private final int index;
    private final String header;
    private final ObjectProperty<FieldChoice> field = new SimpleObjectProperty<>(this, "field", FieldChoice.NOT_IMPORTED);
    private final ReadOnlyDoubleWrapper confidence = new ReadOnlyDoubleWrapper(this, "confidence", 0);

    ColumnChoice(int index, String header) {
        this.index = index;
        this.header = header;
    }

    public int index() {
        return index;
    }

    public String header() {
        return header;
    }

    /** The user's choice; setting it re-maps the column (the view model listens). */
    public ObjectProperty<FieldChoice> fieldProperty() {
        return field;
    }

    public ReadOnlyDoubleProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    public boolean isLowConfidence() {
        return field.get().isImported() && confidence.get() < LOW_CONFIDENCE;
    }

    void show(FieldChoice choice, double sureness) {
        confidence.set(sureness);
        field.set(choice);
    }
}
