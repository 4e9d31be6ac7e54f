package io.customerlens.ui.customers;

import io.customerlens.report.RiskWords;
import io.customerlens.service.CustomerRow;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import javafx.scene.control.TableColumn;

import java.util.List;

/**
 * The Customers table's columns: each shows one value the service computed, formatted for the locale,
 * with a header tooltip that says what the figure means (DEFINITIONS.md).
 */
final class CustomerColumns {

    private final Messages messages;
    private final ColumnFactory<CustomerRow> columns;
    private final RiskWords riskWords;

    CustomerColumns(Messages messages) {
        this.messages = messages;
        this.columns = new ColumnFactory<>(messages, "customers-column-");
        this.riskWords = new RiskWords(messages.bundleTexts());
    }

    List<TableColumn<CustomerRow, ?>> all() {
        // Name and the purchase figures first: what a salesperson scans for; attributes follow.
        return List.of(
                columns.text("name", "customers.column.name", "customers.column.name.tip", 160, CustomerRow::displayName),
                columns.text("key", "customers.column.key", "customers.column.key.tip", 110, CustomerRow::key),
                columns.date("lastPurchase", "customers.column.lastPurchase", "customers.column.lastPurchase.tip",
                        row -> row.summary().lastPurchase()),
                columns.number("daysSinceLast", "customers.column.daysSinceLast", "customers.column.daysSinceLast.tip",
                        132, row -> row.summary().daysSinceLast(), messages::count),
                columns.number("orders", "customers.column.orders", "customers.column.orders.tip",
                        70, row -> row.summary().orders(), messages::count),
                columns.number("netAmount", "customers.column.netAmount", "customers.column.netAmount.tip",
                        110, row -> row.summary().netAmount(), messages::amount),
                columns.number("idleMonths", "lapse.column.idleMonths", "lapse.column.idleMonths.tip", 120,
                        row -> (long) row.summary().idleMonths(), messages::count),
                columns.number("lapseChance", "lapse.column.lapseChance", "lapse.column.lapseChance.tip", 150,
                        row -> Double.isNaN(row.lapseChance()) ? null : row.lapseChance(), riskWords::probability),
                segment("rfm", "segments.column.segment", "segments.column.segment.tip", 120,
                        CustomerAttribute.RFM_SEGMENT),
                segment("valueTier", "segments.column.tier", "segments.column.tier.tip", 90, CustomerAttribute.VALUE_TIER),
                segment("keyTier", "segments.column.keyTier", "segments.column.keyTier.tip", 110,
                        CustomerAttribute.KEY_ACCOUNT_TIER),
                segment("lifecycle", "segments.column.stage", "segments.column.stage.tip", 90, CustomerAttribute.LIFECYCLE),
                columns.date("firstPurchase", "customers.column.firstPurchase", "customers.column.firstPurchase.tip",
                        row -> row.summary().firstPurchase()),
                columns.text("type", "customers.column.type", "customers.column.type.tip", 75, row -> row.info().type()),
                columns.text("region", "customers.column.region", "customers.column.region.tip", 75, row -> row.info().region()),
                columns.text("province", "customers.column.province", "customers.column.province.tip", 75,
                        row -> row.info().province()),
                columns.text("city", "customers.column.city", "customers.column.city.tip", 75, row -> row.info().city()),
                columns.text("channel", "customers.column.channel", "customers.column.channel.tip", 75,
                        row -> row.info().channel()),
                columns.text("salesperson", "customers.column.salesperson", "customers.column.salesperson.tip", 80,
                        row -> row.info().salesperson()));
    }

    /** A segment column shows the segment's text; it sorts and exports by that text too. */
    private TableColumn<CustomerRow, String> segment(String id, String titleKey, String tipKey, double width,
                                                    CustomerAttribute attribute) {
        return columns.text(id, titleKey, tipKey, width, row -> {
            String code = attribute.of(row);
            return code == null ? null : messages.get(attribute.labelPrefix() + code);
        });
    }
}
