package io.customerlens.ui.importwizard;

import io.customerlens.domain.Field;
import io.customerlens.importer.ColumnMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields a sales line cannot do without (DEFINITIONS: a customer, a date and an amount, where the
 * amount may come from quantity × unit price). Returns the bundle keys of what is missing.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    static List<String> missing(ColumnMapping mapping) {
        List<String> problems = new ArrayList<>();
        if (!mapping.has(Field.DATE)) {
            problems.add("wizard.problem.noDate");
        }
        boolean amountFromParts = mapping.has(Field.QUANTITY) && mapping.has(Field.UNIT_PRICE);
        if (!mapping.has(Field.AMOUNT) && !amountFromParts) {
            problems.add("wizard.problem.noAmount");
        }
        if (!mapping.has(Field.CUSTOMER_ID) && !mapping.has(Field.CUSTOMER_NAME)) {
            problems.add("wizard.problem.noCustomer");
        }
        return problems;
    }
}
