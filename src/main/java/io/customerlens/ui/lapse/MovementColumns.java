package io.customerlens.ui.lapse;

import io.customerlens.analysis.lapse.MovementKind;

import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TableExport;
import javafx.scene.control.TableColumn;

import java.time.YearMonth;
import java.util.List;

/** Columns of the customer movement table (客户增减分析表). */
final class MovementColumns {

    private final Messages messages;
    private final ColumnFactory<MovementRow> columns;

    MovementColumns(Messages messages) {
        this.messages = messages;
        this.columns = new ColumnFactory<>(messages, "lapse-movement-column-");
    }

    List<TableColumn<MovementRow, ?>> all() {
        TableColumn<MovementRow, YearMonth> month = columns.number("month", "lapse.movement.month",
                "lapse.movement.month.tip", 90, MovementRow::yearMonth, YearMonth::toString);
        TableExport.exportAs(month, YearMonth::toString);
        return List.of(month,
                count("base", "lapse.movement.base", "lapse.movement.base.tip", MovementRow::base),
                count("active", "lapse.movement.active", "lapse.movement.active.tip", MovementRow::active),
                count("new", "lapse.movement.new", "lapse.movement.new.tip", MovementRow::newCustomers),
                count("returned", "lapse.movement.returned", "lapse.movement.returned.tip", MovementRow::returned),
                count("lost", "lapse.movement.lost", "lapse.movement.lost.tip", MovementRow::lost));
    }

    /** Which customers a column counts; empty for the month column. */
    static java.util.Optional<MovementKind> kindOf(TableColumn<MovementRow, ?> column) {
        String id = column.getId() == null ? "" : column.getId().replace("lapse-movement-column-", "");
        return java.util.Arrays.stream(MovementKind.values())
                .filter(kind -> kind.name().toLowerCase(java.util.Locale.ROOT).equals(id)).findFirst();
    }

    private TableColumn<MovementRow, Long> count(String id, String titleKey, String tipKey,
                                                 java.util.function.Function<MovementRow, Long> value) {
        return columns.number(id, titleKey, tipKey, 80, value, messages::count);
    }
}
