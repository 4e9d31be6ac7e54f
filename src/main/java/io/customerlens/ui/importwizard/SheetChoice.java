package io.customerlens.ui.importwizard;

import io.customerlens.importer.SheetInspection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A sheet of the chosen file with its check box; detected sales sheets start checked. */
public final class SheetChoice {

    private final SheetInspection inspection;
    private final BooleanProperty selected;

    SheetChoice(SheetInspection inspection, boolean selected) {
        this.inspection = inspection;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public String name() {
        return inspection.layout().sheetName();
    }

    public int headerRowNumber() {
        return inspection.layout().headerRowNumber();
    }

    /** True when the importer thinks the sheet holds sales lines. */
    public boolean looksLikeSales() {
        return inspection.salesScore() > 0;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    SheetInspection inspection() {
        return inspection;
    }
}
