package io.customerlens.importer;

import io.customerlens.domain.Field;
import io.customerlens.domain.ProblemReason;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.NumberParser;

import java.math.BigDecimal;

/**
 * The number columns of one row (amount, quantity, unit price, cost, profit) and the amount of the line:
 * the amount cell, or quantity × unit price when it is blank. The first column that holds no number, an
 * implausible one ({@link NumberRange}) or a number merged over several rows is the row's problem, and
 * so is a computed amount beyond the range.
 */
final class RowNumbers {

    /**
     * What is wrong with which column, with the facts the reason's message names; {@code computedValue} is the
     * value to show when it is no cell's (quantity × unit price), else null.
     */
    record Problem(Field field, String computedValue, ProblemReason reason, String... details) {
    }

    private final SheetColumns columns;
    private final boolean decimalComma;
    private final BigDecimal quantity;
    private final BigDecimal unitPrice;
    private final BigDecimal cost;
    private final BigDecimal profit;
    private final BigDecimal amount;
    private Problem problem;

    /** @param decimalComma text numbers are written 1.234,56 ({@link NumberParser#parse(String, boolean)}) */
    RowNumbers(RawRow row, SheetColumns columns, boolean decimalComma) {
        this.columns = columns;
        this.decimalComma = decimalComma;
        quantity = number(row, Field.QUANTITY, ProblemReason.INVALID_NUMBER);
        unitPrice = number(row, Field.UNIT_PRICE, ProblemReason.INVALID_NUMBER);
        cost = number(row, Field.COST, ProblemReason.INVALID_NUMBER);
        profit = number(row, Field.PROFIT, ProblemReason.INVALID_NUMBER);
        amount = amountOf(row);
    }

    private BigDecimal amountOf(RawRow row) {
        BigDecimal written = number(row, Field.AMOUNT, ProblemReason.INVALID_AMOUNT);
        if (problem != null || written != null || quantity == null || unitPrice == null) {
            return written;
        }
        BigDecimal product = quantity.multiply(unitPrice);
        ProblemReason outOfRange = NumberRange.problem(product);
        if (outOfRange != null) {
            // The amount column (left blank) is where the figure belongs; without one, the quantity is blamed.
            Field blamed = columns.has(Field.AMOUNT) ? Field.AMOUNT : Field.QUANTITY;
            problem = new Problem(blamed, product.toPlainString(), outOfRange, NumberRange.limit(outOfRange));
        }
        return product;
    }

    private BigDecimal number(RawRow row, Field field, ProblemReason notANumber) {
        Cell cell = row.cell(columns.index(field));
        if (problem != null || CellText.isBlank(cell.text())) {
            return null;
        }
        if (cell.mergedRows() != null) {
            problem = new Problem(field, null, ProblemReason.MERGED_NUMBER, String.valueOf(cell.mergedRows().firstRow()),
                    String.valueOf(cell.mergedRows().lastRow()));
            return null;
        }
        BigDecimal value = parse(cell);
        if (value == null) {
            problem = new Problem(field, null, notANumber);
            return null;
        }
        ProblemReason outOfRange = NumberRange.problem(value);
        if (outOfRange != null) {
            problem = new Problem(field, null, outOfRange, NumberRange.limit(outOfRange));
            return null;
        }
        return value;
    }

    /** Numeric cells are read as Excel shows them (15 digits); text exactly as written. */
    private BigDecimal parse(Cell cell) {
        return cell.kind() == CellKind.NUMBER ? NumberParser.fromNumberCell(cell.text())
                : NumberParser.parse(cell.text(), decimalComma);
    }

    /** The first problem of the row's numbers, or null. */
    Problem problem() {
        return problem;
    }

    /** The amount cell, else quantity × unit price; null when neither is there (or on a problem). */
    BigDecimal amount() {
        return problem == null ? amount : null;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    BigDecimal cost() {
        return cost;
    }

    BigDecimal profit() {
        return profit;
    }
}
