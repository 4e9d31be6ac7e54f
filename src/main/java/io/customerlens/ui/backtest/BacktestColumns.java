package io.customerlens.ui.backtest;

import io.customerlens.analysis.risk.ValidationCheck;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import javafx.scene.control.TableColumn;

import java.util.List;

/** Columns of the Backtest page's two tables: the rankings side by side, and the model's earlier checks. */
final class BacktestColumns {

    private final Messages messages;
    private final BacktestTexts texts;

    BacktestColumns(Messages messages, BacktestTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    List<TableColumn<BacktestRow, ?>> rankings() {
        ColumnFactory<BacktestRow> columns = new ColumnFactory<>(messages, "backtest-column-");
        return List.of(
                columns.text("ranking", "backtest.column.ranking", "backtest.column.ranking.tip", 200, BacktestRow::name),
                columns.number("auc", "backtest.column.auc", "backtest.column.auc.tip", 80, BacktestRow::auc,
                        texts::number),
                columns.number("precision", "backtest.column.precision", "backtest.column.precision.tip", 130,
                        BacktestRow::precisionAtK, texts::percent),
                columns.number("hits", "backtest.column.hits", "backtest.column.hits.tip", 120, BacktestRow::hits,
                        texts::hits));
    }

    List<TableColumn<ValidationCheck, ?>> checks() {
        ColumnFactory<ValidationCheck> columns = new ColumnFactory<>(messages, "backtest-check-column-");
        return List.of(
                columns.date("cutoff", "backtest.check.cutoff", "backtest.check.cutoff.tip", ValidationCheck::cutoff),
                columns.number("population", "backtest.check.population", "backtest.check.population.tip", 90,
                        ValidationCheck::population, (Integer value) -> messages.count(value)),
                columns.number("model", "backtest.check.model", "backtest.check.model.tip", 100,
                        ValidationCheck::modelAuc, texts::number),
                columns.number("recency", "backtest.check.recency", "backtest.check.recency.tip", 110,
                        ValidationCheck::recencyAuc, texts::number));
    }
}
