package io.customerlens.ui.customers;

import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableSaver;
import io.customerlens.service.CustomerRow;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.RowOpening;
import io.customerlens.ui.common.CustomerListActions;
import io.customerlens.domain.FollowUpReason;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Map;

/** The Customers page: search and filters above the table, counts and the as-of date beside them. */
public final class CustomersView {

    private static final Map<CustomerAttribute, String> ANY_KEYS = Map.of(
            CustomerAttribute.TYPE, "customers.filter.anyType",
            CustomerAttribute.REGION, "customers.filter.anyRegion",
            CustomerAttribute.CHANNEL, "customers.filter.anyChannel",
            CustomerAttribute.SALESPERSON, "customers.filter.anySalesperson",
            CustomerAttribute.RFM_SEGMENT, "customers.filter.anySegment",
            CustomerAttribute.VALUE_TIER, "customers.filter.anyTier",
            CustomerAttribute.KEY_ACCOUNT_TIER, "customers.filter.anyKeyTier",
            CustomerAttribute.LIFECYCLE, "customers.filter.anyLifecycle");

    private final VBox root = new VBox(8);

    /** @param saver the "Save as Excel…" under the table, like every other table's */
    public CustomersView(CustomersViewModel viewModel, Messages messages, TableSaver saver) {
        this(viewModel, messages, saver, CustomerListActions.NONE);
    }

    /** @param bulk the actions on the customers picked in the table (tasks, copy, Excel, cards) */
    public CustomersView(CustomersViewModel viewModel, Messages messages, TableSaver saver, CustomerListActions bulk) {
        root.setId("customers-view");
        root.getStyleClass().add("page");

        Label title = new Label(messages.get("customers.title"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        Label asOf = new Label();
        asOf.setId("customers-as-of");
        asOf.textProperty().bind(viewModel.asOfTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label();
        count.setId("customers-count");
        count.textProperty().bind(viewModel.countText());
        HBox heading = new HBox(16, title, spacer, asOf, count);
        heading.setAlignment(Pos.BASELINE_LEFT);

        TableView<CustomerRow> table = table(viewModel, messages);
        String fileName = messages.get("customers.file.list");
        Node tableWithSave = PageParts.withSave(saver, table, fileName,
                bulk.attach(table, CustomerRow::key, fileName, FollowUpReason.MANUAL));
        VBox.setVgrow(tableWithSave, Priority.ALWAYS);

        Label notice = new Label();
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());

        Label pending = PageParts.explanation(viewModel.pendingProperty());
        pending.setId("customers-segments-pending");
        Label missing = PageParts.explanation(viewModel.missingColumnsProperty());
        missing.setId("customers-missing-columns");
        root.getChildren().addAll(heading, filters(viewModel, messages), DrillChip.of(viewModel.drillFilter(), messages),
                missing, pending, notice, tableWithSave);
    }

    public VBox node() {
        return root;
    }

    private static VBox filters(CustomersViewModel viewModel, Messages messages) {
        TextField search = new TextField();
        search.setId("customers-search");
        search.setPromptText(messages.get("customers.search.prompt"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        // Attributes on the first row, segments on a second one: eight boxes do not fit one laptop row.
        HBox bar = new HBox(8, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox segments = new HBox(8);
        segments.setAlignment(Pos.CENTER_LEFT);
        for (CustomerAttribute attribute : CustomerAttribute.values()) {
            (attribute.labelPrefix() == null ? bar : segments).getChildren()
                    .add(attributeFilter(viewModel, messages, attribute));
        }
        Button clear = new Button(messages.get("customers.filter.clear"));
        clear.setId("customers-clear-filters");
        clear.setOnAction(event -> viewModel.clearFilters());
        segments.getChildren().add(clear);
        return new VBox(6, bar, segments);
    }

    private static ComboBox<AttributeChoice> attributeFilter(CustomersViewModel viewModel, Messages messages,
                                                             CustomerAttribute attribute) {
        String anyText = messages.get(ANY_KEYS.get(attribute));
        ComboBox<AttributeChoice> box = new ComboBox<>(viewModel.options(attribute));
        box.setId("customers-filter-" + attribute.name().toLowerCase(java.util.Locale.ROOT));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttributeChoice choice) {
                if (choice == null || choice.isAny()) {
                    return anyText;
                }
                return attribute.labelPrefix() == null ? choice.value() : messages.get(attribute.labelPrefix() + choice.value());
            }

            @Override
            public AttributeChoice fromString(String text) {
                throw new UnsupportedOperationException("the filter boxes are not editable");
            }
        });
        box.valueProperty().bindBidirectional(viewModel.choiceProperty(attribute));
        box.setVisibleRowCount(15);
        // A filter with nothing to choose from takes no room; the page says which column would fill it.
        box.visibleProperty().bind(viewModel.present(attribute));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static TableView<CustomerRow> table(CustomersViewModel viewModel, Messages messages) {
        TableView<CustomerRow> table = new TableView<>(viewModel.rows());
        table.setId("customers-table");
        table.getColumns().setAll(new CustomerColumns(messages).all());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        // Every row has the same height: lets the table skip measuring rows while scrolling.
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.setWrapText(true);
        // Until the first figures arrive the table is not empty, only not ready: say so, not "no customers".
        empty.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(messages.get("customers.loading") + "…").otherwise(messages.get("customers.empty")));
        table.setPlaceholder(empty);
        RowOpening.onOpen(table, viewModel::open);
        return table;
    }
}
