package io.customerlens.importer;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SalesLine;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.CustomerNames;
import io.customerlens.importer.value.IdText;
import io.customerlens.importer.value.NumberParser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns one data row of a sheet into a sales line, a skip or a rejection (DEFINITIONS: sales lines,
 * customers). Rules in the order they apply:
 * <ul>
 * <li>blank, repeated-header and totals rows are skipped ({@link RowClassifier});</li>
 * <li>no date, or a date that is no real day, rejects the row; so does a non-number in a mapped
 *     number column (amount, quantity, unit price, cost, profit): a value is never zeroed;</li>
 * <li>amount = the amount cell; when it is blank, quantity × unit price; else the row is rejected;</li>
 * <li>a return is a line with a negative amount, without an amount column one with a negative
 *     quantity, or one whose order number is a cancellation ("C" and a digit, as Online Retail
 *     writes them). A cancellation's amount is made negative when the file gives it positive, so that
 *     a return always lowers the net amount;</li>
 * <li>the customer key is the customer ID when an ID column is mapped (a blank ID: no customer),
 *     otherwise the normalised customer name.</li>
 * </ul>
 * Every problem names the file, sheet, row number, the column's header and the raw value.
 */
final class RowInterpreter {

    private static final Map<SkipReason, RowOutcome> SKIPS = skips();

    private final String fileName;
    private final String sheetName;
    private final SheetColumns columns;
    private final DateParser dates;
    private final RowClassifier classifier;
    private final boolean keyedById;
    private final boolean hasAmountColumn;

    RowInterpreter(String fileName, SheetLayout layout, SheetColumns columns, DateParser dates) {
        this.fileName = fileName;
        this.sheetName = layout.sheetName();
        this.columns = columns;
        this.dates = dates;
        this.classifier = new RowClassifier(layout.headers());
        this.keyedById = columns.has(Field.CUSTOMER_ID);
        this.hasAmountColumn = columns.has(Field.AMOUNT);
    }

    RowOutcome interpret(RawRow row) {
        SkipReason skip = classifier.skipReason(row);
        if (skip != null) {
            return SKIPS.get(skip);
        }
        Cell dateCell = cell(row, Field.DATE);
        if (CellText.isBlank(dateCell.text())) {
            return reject(row, Field.DATE, dateCell, ProblemReason.MISSING_DATE);
        }
        LocalDate date = dates.parse(dateCell);
        if (date == null) {
            return reject(row, Field.DATE, dateCell, ProblemReason.INVALID_DATE);
        }
        NumberCells numbers = new NumberCells(row);
        if (numbers.invalidField != null) {
            return reject(row, numbers.invalidField, cell(row, numbers.invalidField), ProblemReason.INVALID_NUMBER);
        }
        Cell amountCell = cell(row, Field.AMOUNT);
        BigDecimal amount;
        if (!CellText.isBlank(amountCell.text())) {
            amount = number(amountCell);
            if (amount == null) {
                return reject(row, Field.AMOUNT, amountCell, ProblemReason.INVALID_AMOUNT);
            }
        } else if (numbers.quantity != null && numbers.unitPrice != null) {
            amount = numbers.quantity.multiply(numbers.unitPrice);
        } else {
            Field missing = missingAmountField(numbers);
            return reject(row, missing, cell(row, missing), ProblemReason.MISSING_AMOUNT);
        }
        String orderNo = IdText.normalise(cell(row, Field.ORDER_ID).text());
        boolean cancellation = isCancellation(orderNo);
        if (cancellation && amount.signum() > 0) {
            amount = amount.negate();
        }
        boolean isReturn = cancellation || amount.signum() < 0
                || !hasAmountColumn && numbers.quantity != null && numbers.quantity.signum() < 0;
        CustomerInfo customer = customer(row);
        String key = keyedById ? customer.id() : CustomerNames.key(customer.name() == null ? "" : customer.name());
        ProductInfo product = new ProductInfo(IdText.normalise(cell(row, Field.PRODUCT_CODE).text()),
                text(row, Field.PRODUCT_NAME), text(row, Field.CATEGORY), text(row, Field.SUB_CATEGORY));
        return new RowOutcome.Accepted(new SalesLine(key, date, amount, isReturn, orderNo, numbers.quantity,
                numbers.unitPrice, numbers.cost, numbers.profit, customer, product));
    }

    /** The optional number columns of a row, or the first of them that holds no number. */
    private final class NumberCells {
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private BigDecimal cost;
        private BigDecimal profit;
        private Field invalidField;

        NumberCells(RawRow row) {
            quantity = number(row, Field.QUANTITY);
            unitPrice = number(row, Field.UNIT_PRICE);
            cost = number(row, Field.COST);
            profit = number(row, Field.PROFIT);
        }

        private BigDecimal number(RawRow row, Field field) {
            Cell cell = cell(row, field);
            if (invalidField != null || CellText.isBlank(cell.text())) {
                return null;
            }
            BigDecimal value = RowInterpreter.number(cell);
            if (value == null) {
                invalidField = field;
            }
            return value;
        }
    }

    /** Numeric cells are read as Excel shows them (15 digits); text exactly as written. */
    private static BigDecimal number(Cell cell) {
        return cell.kind() == CellKind.NUMBER ? NumberParser.fromNumberCell(cell.text()) : NumberParser.parse(cell.text());
    }

    private CustomerInfo customer(RawRow row) {
        return new CustomerInfo(IdText.normalise(cell(row, Field.CUSTOMER_ID).text()), text(row, Field.CUSTOMER_NAME),
                text(row, Field.CUSTOMER_TYPE), text(row, Field.REGION), text(row, Field.PROVINCE),
                text(row, Field.CITY), text(row, Field.INDUSTRY), text(row, Field.CHANNEL),
                text(row, Field.SALESPERSON));
    }

    /** Online Retail marks cancelled invoices as "C" followed by the invoice number. */
    private static boolean isCancellation(String orderNo) {
        return orderNo != null && orderNo.length() > 1 && orderNo.charAt(0) == 'C'
                && orderNo.charAt(1) >= '0' && orderNo.charAt(1) <= '9';
    }

    /** The column to blame for a missing amount: the amount column, else the blank one of quantity and price. */
    private Field missingAmountField(NumberCells numbers) {
        if (hasAmountColumn) {
            return Field.AMOUNT;
        }
        if (numbers.quantity == null && columns.has(Field.QUANTITY)) {
            return Field.QUANTITY;
        }
        return columns.has(Field.UNIT_PRICE) ? Field.UNIT_PRICE : Field.AMOUNT;
    }

    private Cell cell(RawRow row, Field field) {
        return row.cell(columns.index(field));
    }

    private String text(RawRow row, Field field) {
        return CellText.valueOrNull(cell(row, field).text());
    }

    private RowOutcome reject(RawRow row, Field field, Cell cell, ProblemReason reason) {
        return new RowOutcome.Rejected(new ImportProblem(fileName, sheetName, row.rowNumber(), columns.header(field),
                cell.text(), reason));
    }

    private static Map<SkipReason, RowOutcome> skips() {
        Map<SkipReason, RowOutcome> skips = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            skips.put(reason, new RowOutcome.Skipped(reason));
        }
        return Map.copyOf(skips);
    }
}
