package io.customerlens.ui.card;

import io.customerlens.analysis.card.ProductTrend;
import io.customerlens.analysis.card.StoppedProduct;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/** The card's tables; each column header explains its figure in a tooltip. */
final class CardTables {

    private final Messages messages;

    CardTables(Messages messages) {
        this.messages = messages;
    }

    TableView<ProductTrend> products(ObservableList<ProductTrend> rows) {
        ColumnFactory<ProductTrend> columns = new ColumnFactory<>(messages, "card-products-column-");
        TableView<ProductTrend> table = table("card-products", rows, "card.products.none");
        table.getColumns().setAll(List.of(
                columns.text("product", "card.column.product", "customerView.tip.product", 240, ProductTrend::name),
                columns.text("category", "card.column.category", "customerView.tip.category", 110, ProductTrend::category)));
        table.getColumns().addAll(figureColumns(columns));
        table.getColumns().add(table.getColumns().size() - 1, columns.date("lastPurchase", "card.column.lastPurchase",
                "customerView.tip.lastPurchase", ProductTrend::lastPurchase));
        return table;
    }

    TableView<ProductTrend> categories(ObservableList<ProductTrend> rows) {
        ColumnFactory<ProductTrend> columns = new ColumnFactory<>(messages, "card-categories-column-");
        TableView<ProductTrend> table = table("card-categories", rows, "card.products.none");
        table.getColumns().setAll(List.of(
                columns.text("category", "card.column.category", "customerView.tip.category", 240, ProductTrend::name)));
        table.getColumns().addAll(figureColumns(columns));
        return table;
    }

    /** Net amount, last 12 months, months bought and trend: what products and categories both show. */
    private List<javafx.scene.control.TableColumn<ProductTrend, ?>> figureColumns(ColumnFactory<ProductTrend> columns) {
        return List.of(
                money(columns, "net", "card.column.net", "customerView.tip.net", ProductTrend::netAmount),
                money(columns, "last12", "card.column.last12", "customerView.tip.last12", 130, ProductTrend::last12),
                columns.number("months", "card.column.months", "customerView.tip.months", 120, ProductTrend::months,
                        months -> messages.count(months)),
                columns.text("trend", "card.column.trend", "customerView.tip.trend", 110,
                        row -> messages.get("card.trend." + row.trend().code())));
    }

    TableView<StoppedProduct> stopped(ObservableList<StoppedProduct> rows) {
        ColumnFactory<StoppedProduct> columns = new ColumnFactory<>(messages, "card-stopped-column-");
        TableView<StoppedProduct> table = table("card-stopped", rows, "card.stopped.none");
        table.getColumns().setAll(List.of(
                columns.text("product", "card.column.product", "customerView.tip.product", 240, StoppedProduct::name),
                columns.text("category", "card.column.category", "customerView.tip.category", 110,
                        StoppedProduct::category),
                columns.number("monthsBefore", "card.column.monthsBefore", "customerView.tip.monthsBefore", 290,
                        StoppedProduct::monthsBought, months -> messages.count(months)),
                money(columns, "netBefore", "card.column.netBefore", "customerView.tip.netBefore", 140,
                        StoppedProduct::netBefore),
                columns.date("lastPurchase", "card.column.lastPurchase", "customerView.tip.lastPurchase",
                        StoppedProduct::lastPurchase)));
        return table;
    }

    TableView<GapRow> gaps(ObservableList<GapRow> rows) {
        ColumnFactory<GapRow> columns = new ColumnFactory<>(messages, "card-gaps-column-");
        TableView<GapRow> table = table("card-gaps", rows, "card.gap.none");
        table.getColumns().setAll(List.of(
                columns.number("from", "card.gap.from", "customerView.tip.gapFrom", 100, GapRow::from,
                        YearMonth::toString),
                columns.number("to", "card.gap.to", "customerView.tip.gapTo", 100, GapRow::to,
                        YearMonth::toString),
                columns.number("months", "card.gap.months", "customerView.tip.gapMonths", 80, GapRow::months,
                        months -> messages.count(months)),
                columns.text("kind", "card.gap.kind", "customerView.tip.gapKind", 150, this::gapKind)));
        table.setRowFactory(ignored -> new GapTableRow());
        return table;
    }

    private String gapKind(GapRow row) {
        String kind = messages.get(row.lapse() ? "card.gap.lapse" : "card.gap.gap");
        return row.open() ? messages.format("card.gap.ongoing", kind) : kind;
    }

    TableView<FollowUpTask> tasks(ObservableList<FollowUpTask> rows) {
        ColumnFactory<FollowUpTask> columns = new ColumnFactory<>(messages, "card-tasks-column-");
        TableView<FollowUpTask> table = table("card-tasks", rows, "card.task.none");
        table.getColumns().setAll(List.of(
                columns.date("due", "card.task.due", "customerView.tip.taskDue", FollowUpTask::effectiveDue),
                columns.text("reason", "customerView.column.reason", "customerView.tip.taskKind", 170, this::reason),
                columns.text("channel", "customerView.column.channel", "customerView.tip.taskChannel", 90,
                        task -> messages.get(FollowUpLabels.channel(task.channel()))),
                columns.text("status", "card.task.status", "customerView.tip.taskStatus", 150, this::status),
                columns.text("notes", "customerView.column.notes", "customerView.tip.taskNotes", 320, this::notes)));
        return table;
    }

    private String reason(FollowUpTask task) {
        String reason = messages.get(FollowUpLabels.reason(task.reason()));
        return FollowUpLabels.reasonDetail(task.reason(), task.detail())
                .map(key -> reason + " · " + messages.format(key, task.detail()))
                .orElse(reason);
    }

    private String status(FollowUpTask task) {
        String status = messages.get(FollowUpLabels.status(task.status()));
        if (task.outcome() == null) {
            return status;
        }
        return status + " · " + messages.date(task.outcome().contactedOn()) + " · "
                + messages.get(FollowUpLabels.reached(task.outcome().reached()));
    }

    private String notes(FollowUpTask task) {
        StringBuilder text = new StringBuilder();
        if (task.outcome() != null && task.outcome().reason() != null) {
            text.append(messages.get(FollowUpLabels.outcome(task.outcome().reason())));
        }
        for (String part : new String[] {task.notes(), task.outcome() == null ? null : task.outcome().notes()}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " · ").append(part.strip());
            }
        }
        return text.toString();
    }

    TableView<CustomerSalesLine> lines(ObservableList<CustomerSalesLine> rows) {
        ColumnFactory<CustomerSalesLine> columns = new ColumnFactory<>(messages, "card-lines-column-");
        TableView<CustomerSalesLine> table = table("card-lines", rows, "customerView.lines.empty");
        table.getColumns().setAll(List.of(
                columns.date("date", "customerView.column.date", "customerView.tip.lineDate", CustomerSalesLine::date),
                columns.text("order", "customerView.column.order", "customerView.tip.lineOrder", 120,
                        CustomerSalesLine::orderNo),
                columns.text("product", "card.column.product", "customerView.tip.lineProduct", 200,
                        CustomerSalesLine::productLabel),
                columns.text("category", "card.column.category", "customerView.tip.category", 110,
                        CustomerSalesLine::category),
                columns.number("quantity", "customerView.column.quantity", "customerView.tip.lineQuantity", 80,
                        CustomerSalesLine::quantity, BigDecimal::toPlainString),
                money(columns, "unitPrice", "customerView.column.unitPrice", "customerView.tip.lineUnitPrice",
                        CustomerSalesLine::unitPrice),
                money(columns, "amount", "customerView.column.amount", "customerView.tip.lineAmount",
                        CustomerSalesLine::amount),
                columns.text("return", "customerView.column.return", "customerView.tip.lineReturn", 70,
                        line -> line.isReturn() || line.amount().signum() < 0 ? messages.get("customerView.return.yes") : ""),
                money(columns, "margin", "customerView.column.margin", "customerView.tip.lineMargin",
                        CustomerSalesLine::margin)));
        return table;
    }

    private <S> javafx.scene.control.TableColumn<S, BigDecimal> money(ColumnFactory<S> columns, String id,
                                                                      String titleKey, String tipKey,
                                                                      Function<S, BigDecimal> value) {
        return money(columns, id, titleKey, tipKey, 110, value);
    }

    private <S> javafx.scene.control.TableColumn<S, BigDecimal> money(ColumnFactory<S> columns, String id,
                                                                      String titleKey, String tipKey, double width,
                                                                      Function<S, BigDecimal> value) {
        return columns.number(id, titleKey, tipKey, width, value, messages::amount);
    }

    private <S> TableView<S> table(String id, ObservableList<S> rows, String emptyKey) {
        SortedList<S> sorted = new SortedList<>(rows);
        TableView<S> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId(id);
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label(messages.get(emptyKey));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        return table;
    }

    private static final class GapTableRow extends javafx.scene.control.TableRow<GapRow> {
        @Override
        protected void updateItem(GapRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(LAPSE, !empty && item != null && item.lapse());
        }
    }

    private static final javafx.css.PseudoClass LAPSE = javafx.css.PseudoClass.getPseudoClass("lapse");
}
