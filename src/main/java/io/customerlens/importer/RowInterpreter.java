package io.customerlens.importer;

import io.customerlens.domain.Contact;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SalesLine;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.ExcelErrors;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.RowDefect;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.CustomerNames;
import io.customerlens.importer.value.IdText;
import io.customerlens.importer.value.VisibleText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one data row of a sheet into a sales line, a skip or a rejection (DEFINITIONS: sales lines,
 * customers). Rules in the order they apply:
 * <ul>
 * <li>blank, repeated-header and totals rows are skipped ({@link RowClassifier});</li>
 * <li>a row the reader could not split (an unclosed quote, more fields than the header) is rejected:
 *     its cells would be shifted values;</li>
 * <li>no date, a date that is no real day, or a date more than the allowed days after today rejects
 *     the row; so does a non-number in a mapped number column (amount, quantity, unit price, cost,
 *     profit), a number beyond ±10¹² or a non-zero one below 10⁻¹², and a number cell merged over
 *     several rows: a value is never zeroed, guessed or shared out;</li>
 * <li>amount = the amount cell; when it is blank, quantity × unit price; else the row is rejected;</li>
 * <li>an Excel error value (#REF!, #N/A ...) in a key or attribute column rejects the row: it is never
 *     a customer, product or order; so does a value longer than {@value #MAX_TEXT_LENGTH} characters
 *     (shown shortened), which the store could not keep;</li>
 * <li>a return is a line with a negative amount, without an amount column one with a negative
 *     quantity, or one whose order number is a cancellation ("C" and a digit, as Online Retail
 *     writes them). A cancellation's amount is made negative when the file gives it positive, so that
 *     a return always lowers the net amount;</li>
 * <li>the customer key is the customer ID when an ID column is mapped (a blank ID: no customer),
 *     otherwise the normalised customer name. Control and bidirectional characters are removed from
 *     every key and attribute ({@link VisibleText}).</li>
 * </ul>
 * Every problem names the file, sheet, row number, the column's header and the raw value.
 */
final class RowInterpreter {

    private static final Map<SkipReason, RowOutcome> SKIPS = skips();
    private static final List<Field> TEXT_FIELDS = List.of(Field.CUSTOMER_ID, Field.CUSTOMER_NAME, Field.ORDER_ID,
            Field.PRODUCT_CODE, Field.PRODUCT_NAME, Field.CATEGORY, Field.SUB_CATEGORY, Field.CUSTOMER_TYPE,
            Field.REGION, Field.PROVINCE, Field.CITY, Field.INDUSTRY, Field.CHANNEL, Field.SALESPERSON,
            Field.PHONE, Field.CONTACT_PERSON, Field.ADDRESS, Field.WECHAT);

    /**
     * The longest ID, name, order number, product or attribute kept: the store's text columns hold 1,000
     * characters, and no real name is near that; a longer value is a pasted document or a hostile file.
     */
    static final int MAX_TEXT_LENGTH = 1_000;
    private static final int SHOWN_CHARACTERS = 50;

    private final String fileName;
    private final String sheetName;
    private final List<String> headers;
    private final SheetColumns columns;
    private final DateParser dates;
    private final FutureDateRule futureDates;
    private final RowClassifier classifier;
    private final boolean keyedById;
    private final boolean hasAmountColumn;
    private final boolean decimalComma;

    RowInterpreter(String fileName, SheetLayout layout, SheetColumns columns, DateParser dates,
                   FutureDateRule futureDates) {
        this(fileName, layout, columns, dates, futureDates, false);
    }

    /** @param decimalComma the source writes text numbers with a decimal comma (1.234,56) */
    RowInterpreter(String fileName, SheetLayout layout, SheetColumns columns, DateParser dates,
                   FutureDateRule futureDates, boolean decimalComma) {
        this.fileName = fileName;
        this.sheetName = layout.sheetName();
        this.headers = layout.headers();
        this.columns = columns;
        this.dates = dates;
        this.futureDates = futureDates;
        this.classifier = new RowClassifier(layout.headers());
        this.keyedById = columns.has(Field.CUSTOMER_ID);
        this.hasAmountColumn = columns.has(Field.AMOUNT);
        this.decimalComma = decimalComma;
    }

    RowOutcome interpret(RawRow row) {
        SkipReason skip = classifier.skipReason(row);
        if (skip != null) {
            return SKIPS.get(skip);
        }
        if (row.defect() != null) {
            return rejectDefect(row, row.defect());
        }
        Cell dateCell = cell(row, Field.DATE);
        if (CellText.isBlank(dateCell.text())) {
            return reject(row, Field.DATE, dateCell, ProblemReason.MISSING_DATE);
        }
        LocalDate date = dates.parse(dateCell);
        if (date == null) {
            return reject(row, Field.DATE, dateCell, ProblemReason.INVALID_DATE);
        }
        if (!futureDates.allows(date)) {
            return reject(row, Field.DATE, shownAsDate(dateCell, date), ProblemReason.FUTURE_DATE, date.toString(),
                    futureDates.latestAllowed().toString(), String.valueOf(futureDates.daysAllowed()));
        }
        RowNumbers numbers = new RowNumbers(row, columns, decimalComma);
        if (numbers.problem() != null) {
            RowNumbers.Problem problem = numbers.problem();
            String value = problem.computedValue() != null ? problem.computedValue() : cell(row, problem.field()).text();
            return problem(row, columns.header(problem.field()), value, problem.reason(), problem.details());
        }
        BigDecimal amount = numbers.amount();
        if (amount == null) {
            Field missing = missingAmountField(numbers);
            return reject(row, missing, cell(row, missing), ProblemReason.MISSING_AMOUNT);
        }
        for (Field field : TEXT_FIELDS) {
            Cell cell = cell(row, field);
            if (cell.kind() == CellKind.ERROR || ExcelErrors.isErrorLiteral(CellText.strip(cell.text()))) {
                return reject(row, field, cell, ProblemReason.EXCEL_ERROR);
            }
            if (cell.text().length() > MAX_TEXT_LENGTH) {
                return tooLong(row, field, cell.text());
            }
        }
        String orderNo = id(row, Field.ORDER_ID);
        boolean cancellation = isCancellation(orderNo);
        if (cancellation && amount.signum() > 0) {
            amount = amount.negate();
        }
        boolean isReturn = cancellation || amount.signum() < 0
                || !hasAmountColumn && numbers.quantity() != null && numbers.quantity().signum() < 0;
        CustomerInfo customer = customer(row);
        String key = keyedById ? customer.id() : CustomerNames.key(customer.name() == null ? "" : customer.name());
        if (key != null && key.length() > MAX_TEXT_LENGTH) {
            // a name's key is folded (NFKC), which can make a short name long: ﷺ alone becomes 18 characters
            Field keyField = keyedById ? Field.CUSTOMER_ID : Field.CUSTOMER_NAME;
            return tooLong(row, keyField, cell(row, keyField).text());
        }
        ProductInfo product = new ProductInfo(id(row, Field.PRODUCT_CODE), text(row, Field.PRODUCT_NAME),
                text(row, Field.CATEGORY), text(row, Field.SUB_CATEGORY));
        return new RowOutcome.Accepted(new SalesLine(key, date, amount, isReturn, orderNo, numbers.quantity(),
                numbers.unitPrice(), numbers.cost(), numbers.profit(), customer, product, contact(row)));
    }

    private RowOutcome rejectDefect(RawRow row, RowDefect defect) {
        return switch (defect) {
            case RowDefect.UnclosedQuote quote -> problem(row, header(quote.field()), quote.lineText(),
                    ProblemReason.UNCLOSED_QUOTE, String.valueOf(quote.startLine()));
            case RowDefect.FieldCount count -> problem(row, "", count.lineText(),
                    count.thousandsLikely() ? ProblemReason.FIELD_COUNT_THOUSANDS : ProblemReason.FIELD_COUNT,
                    String.valueOf(count.expected()), String.valueOf(count.found()));
        };
    }

    /** A date cell holds a serial number nobody recognises; the date it means is what the user looks for. */
    private static Cell shownAsDate(Cell cell, LocalDate date) {
        return cell.kind() == CellKind.TEXT ? cell : Cell.text(date.toString());
    }

    private CustomerInfo customer(RawRow row) {
        return new CustomerInfo(id(row, Field.CUSTOMER_ID), text(row, Field.CUSTOMER_NAME),
                text(row, Field.CUSTOMER_TYPE), text(row, Field.REGION), text(row, Field.PROVINCE),
                text(row, Field.CITY), text(row, Field.INDUSTRY), text(row, Field.CHANNEL),
                text(row, Field.SALESPERSON));
    }

    /** Phone numbers as the cell shows them (text): leading zeros and +86 stay. */
    private Contact contact(RawRow row) {
        return new Contact(text(row, Field.PHONE), text(row, Field.CONTACT_PERSON), text(row, Field.ADDRESS),
                text(row, Field.WECHAT));
    }

    /** Online Retail marks cancelled invoices as "C" followed by the invoice number. */
    private static boolean isCancellation(String orderNo) {
        return orderNo != null && orderNo.length() > 1 && orderNo.charAt(0) == 'C'
                && orderNo.charAt(1) >= '0' && orderNo.charAt(1) <= '9';
    }

    /** The column to blame for a missing amount: the amount column, else the blank one of quantity and price. */
    private Field missingAmountField(RowNumbers numbers) {
        if (hasAmountColumn) {
            return Field.AMOUNT;
        }
        if (numbers.quantity() == null && columns.has(Field.QUANTITY)) {
            return Field.QUANTITY;
        }
        return columns.has(Field.UNIT_PRICE) ? Field.UNIT_PRICE : Field.AMOUNT;
    }

    private Cell cell(RawRow row, Field field) {
        return row.cell(columns.index(field));
    }

    private String text(RawRow row, Field field) {
        return CellText.valueOrNull(VisibleText.clean(cell(row, field).text()));
    }

    private String id(RawRow row, Field field) {
        return IdText.normalise(VisibleText.clean(cell(row, field).text()));
    }

    private String header(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column) : "";
    }

    /** A value longer than the store keeps, named by its length with its first characters shown. */
    private RowOutcome tooLong(RawRow row, Field field, String text) {
        return problem(row, columns.header(field), text.substring(0, SHOWN_CHARACTERS) + "…",
                ProblemReason.VALUE_TOO_LONG, String.valueOf(text.length()), String.valueOf(MAX_TEXT_LENGTH));
    }

    private RowOutcome reject(RawRow row, Field field, Cell cell, ProblemReason reason, String... details) {
        return problem(row, columns.header(field), cell.text(), reason, details);
    }

    private RowOutcome problem(RawRow row, String column, String value, ProblemReason reason, String... details) {
        return new RowOutcome.Rejected(new ImportProblem(fileName, sheetName, row.rowNumber(), column, value, reason,
                List.of(details)));
    }

    private static Map<SkipReason, RowOutcome> skips() {
        Map<SkipReason, RowOutcome> skips = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            skips.put(reason, new RowOutcome.Skipped(reason));
        }
        return Map.copyOf(skips);
    }
}
