package io.customerlens.ui.products;

import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.ui.common.Messages;

/**
 * How a BCG unit is named: a product by its name, its code in the tooltip; a code sold under several names by the
 * most frequent one, saying there were more.
 */
final class UnitNames {

    private final Messages messages;

    UnitNames(Messages messages) {
        this.messages = messages;
    }

    /** The name in a table cell: "name (+2 names)" when the code had other names. */
    String cell(BcgRow row) {
        return row.nameCount() > 1
                ? messages.format("products.view.unit.otherNames", row.label(), row.nameCount() - 1) : row.label();
    }

    /** The name in a tooltip: with the product's code, and how many names it was sold under. */
    String tooltip(BcgRow row, BcgUnit unit) {
        if (unit != BcgUnit.PRODUCT || row.key().equals(row.label())) {
            return row.label();
        }
        return row.nameCount() > 1
                ? messages.format("products.view.chart.nameOfSeveral", row.label(), row.key(), row.nameCount())
                : messages.format("products.view.chart.nameWithCode", row.label(), row.key());
    }
}
