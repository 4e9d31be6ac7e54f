package io.customerlens.ui.followups;

import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import javafx.scene.control.TableColumn;

import java.util.List;

/** The columns of the task list, the generation preview and the last purchases, each header explained. */
final class TaskColumns {

    private final Messages messages;
    private final FollowUpTexts texts;

    TaskColumns(FollowUpTexts texts) {
        this.messages = texts.messages();
        this.texts = texts;
    }

    /** The Owner column's id: the page shows it only where tasks have owners. */
    static final String OWNER_ID = "followups-column-owner";

    List<TableColumn<TaskRow, ?>> tasks() {
        ColumnFactory<TaskRow> columns = new ColumnFactory<>(messages, "followups-column-");
        // The figures to act on first (whom, why, when, how much); channel, status and notes after them.
        return List.of(
                columns.text("customer", "followupsView.column.customer", "followupsView.column.customer.tip", 165,
                        TaskRow::displayName),
                columns.text("owner", "followupsView.column.owner", "followupsView.column.owner.tip", 80,
                        row -> row.owner() == null ? "" : row.owner()),
                columns.text("reason", "followupsView.column.reason", "followupsView.column.reason.tip", 215,
                        row -> texts.reason(row.task())),
                columns.date("due", "followupsView.column.due", "followupsView.column.due.tip",
                        row -> row.task().effectiveDue()),
                columns.number("priority", "followupsView.column.priority", "followupsView.column.priority.tip", 70,
                        row -> row.task().priority(), texts::priority),
                columns.number("valueAtStake", "followupsView.column.valueAtStake",
                        "followupsView.column.valueAtStake.tip", 110, row -> row.task().valueAtStake(), messages::amount),
                columns.text("channel", "followupsView.column.channel", "followupsView.column.channel.tip", 70,
                        row -> texts.channel(row.task().channel())),
                columns.text("status", "followupsView.column.status", "followupsView.column.status.tip", 120,
                        row -> texts.status(row.task())),
                columns.text("notes", "followupsView.column.notes", "followupsView.column.notes.tip", 260,
                        row -> notesOf(row.task())));
    }

    /** The outcome once done (with its notes), else the task's own notes. */
    private String notesOf(FollowUpTask task) {
        if (task.outcome() == null) {
            return task.notes() == null ? "" : task.notes();
        }
        String outcome = texts.outcome(task.outcome());
        String notes = task.outcome().notes();
        return notes == null || notes.isBlank() ? outcome : outcome + messages.get("followupsView.separator") + notes;
    }

    List<TableColumn<PlannedRow, ?>> planned() {
        ColumnFactory<PlannedRow> columns = new ColumnFactory<>(messages, "followups-planned-column-");
        return List.of(
                columns.number("rank", "followupsView.planned.rank", "followupsView.planned.rank.tip", 60,
                        row -> row.task().rank(), (Integer rank) -> messages.count(rank)),
                columns.text("customer", "followupsView.column.customer", "followupsView.column.customer.tip", 165,
                        PlannedRow::displayName),
                columns.text("reason", "followupsView.column.reason", "followupsView.column.reason.tip", 215,
                        row -> texts.reason(row.task().reason(), row.task().detail())),
                columns.sentence("why", "followupsView.column.why", "followupsView.column.why.tip", 320, PlannedRow::why),
                columns.date("due", "followupsView.column.due", "followupsView.planned.due.tip",
                        row -> row.task().due()),
                columns.number("priority", "followupsView.column.priority", "followupsView.column.priority.tip", 80,
                        row -> row.task().priority(), texts::priority),
                columns.number("valueAtStake", "followupsView.column.valueAtStake",
                        "followupsView.column.valueAtStake.tip", 120, (PlannedRow row) -> row.task().valueAtStake(),
                        messages::amount));
    }

    /** Date and amount first, the product last, where it takes the width that is left. */
    List<TableColumn<CustomerSalesLine, ?>> lines() {
        ColumnFactory<CustomerSalesLine> columns = new ColumnFactory<>(messages, "followups-line-column-");
        TableColumn<CustomerSalesLine, java.time.LocalDate> date = columns.date("date", "followupsView.line.date",
                "followupsView.line.date.tip", CustomerSalesLine::date);
        date.setPrefWidth(92);
        return List.of(date,
                columns.number("amount", "followupsView.line.amount", "followupsView.line.amount.tip", 84,
                        CustomerSalesLine::amount, messages::amount),
                columns.text("product", "followupsView.line.product", "followupsView.line.product.tip", 150,
                        line -> line.productLabel() == null ? "" : line.productLabel()));
    }
}
