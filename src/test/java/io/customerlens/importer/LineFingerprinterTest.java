package io.customerlens.importer;

import io.customerlens.domain.LineFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.customerlens.importer.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

/** Version-2 fingerprints: the same sale is the same line whatever the file format the reader took it from. */
class LineFingerprinterTest {

    private static final List<String> HEADERS = List.of("日期", "客户", "金额", "备注");

    private static LineFingerprinter fingerprinter(List<String> headers, DateOrder order) {
        return new LineFingerprinter(headers, new DateParser(order, false));
    }

    private final LineFingerprinter byDateCustomerAmount = fingerprinter(HEADERS, DateOrder.YMD);

    @Test
    void equalCellsGiveEqualFingerprintsWhateverTheRowNumberOrColumnOrder() {
        LineFingerprint original = byDateCustomerAmount.fingerprint(row(5, "d:45356", "华联", "n:100", "x"));
        assertThat(byDateCustomerAmount.fingerprint(row(900, "d:45356", "华联", "n:100", "x"))).isEqualTo(original);
        assertThat(fingerprinter(List.of("金额", "备注", "日期", "客户"), DateOrder.YMD)
                .fingerprint(row(1, "n:100", "x", "d:45356", "华联"))).isEqualTo(original);
    }

    /** Each row: how an .xls or .xlsx reader gives a cell, and how a CSV export of the same sheet holds it. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "n:-26.880000000000052 | -26.88",      // the xls reader's double noise against Excel's 15 digits
            "n:-26.88              | -26.880",     // trailing zeros
            "n:1234.5              | '1,234.50'",  // a CSV written with thousands separators
            "n:1234.5              | 1234.5000",
            "n:123456789012345678  | 123456789012346000", // Excel's CSV keeps 15 significant digits
            "n:0.1                 | 0.10000000000000001", // a reader's binary noise past the 12th digit
            "n:11616528            | 11616528",    // an ID: a number cell in the workbook, text in the CSV
            "d:45356               | 2024-03-05",  // a date cell (serial) against the date as text
            "d:45356               | 2024/3/5",
            "d:45356.75            | 2024-03-05 18:00", // a date-time is its day
            "n:0                   | 0.00",
            "'  华联  超市 '        | 华联 超市",   // text trimmed, inner spaces collapsed
    })
    void theSameValueReadFromAnotherFormatGivesTheSameFingerprint(String workbookCell, String csvText) {
        LineFingerprinter twoColumns = fingerprinter(List.of("值", "客户"), DateOrder.YMD);
        assertThat(twoColumns.fingerprint(row(1, csvText, "华联")))
                .isEqualTo(twoColumns.fingerprint(row(1, workbookCell.strip(), "华联")));
    }

    @Test
    void theSheetsDateOrderReadsShortTextDates() {
        LineFingerprinter dayFirst = fingerprinter(HEADERS, DateOrder.DMY);
        LineFingerprinter monthFirst = fingerprinter(HEADERS, DateOrder.MDY);
        LineFingerprint dateCell = dayFirst.fingerprint(row(1, "d:45356", "华联", "n:100"));
        assertThat(dayFirst.fingerprint(row(1, "05/03/2024", "华联", "n:100"))).isEqualTo(dateCell);
        assertThat(monthFirst.fingerprint(row(1, "03/05/2024", "华联", "n:100"))).isEqualTo(dateCell);
    }

    @Test
    void headersAreComparedTrimmedWithSpacesCollapsed() {
        assertThat(fingerprinter(List.of(" 日期", "客户 ", "金额", "备注"), DateOrder.YMD)
                .fingerprint(row(1, "d:45356", "华联", "n:100", "x")))
                .isEqualTo(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "x")));
    }

    @Test
    void anyDifferentValueMappedOrNotGivesAnotherFingerprint() {
        LineFingerprint original = byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "x"));
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "y"))).isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", ""))).isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45357", "华联", "n:100", "x"))).isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100.01", "x"))).isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "x", "extra")))
                .isNotEqualTo(original);
    }

    @Test
    void aTextNeverEqualsANumberOrADateThatReadsDifferently() {
        LineFingerprinter one = fingerprinter(List.of("a"), DateOrder.YMD);
        assertThat(one.fingerprint(row(1, "N100"))).isNotEqualTo(one.fingerprint(row(1, "n:100")));
        assertThat(one.fingerprint(row(1, "D2024-03-05"))).isNotEqualTo(one.fingerprint(row(1, "d:45356")));
        assertThat(one.fingerprint(row(1, "100 箱"))).isNotEqualTo(one.fingerprint(row(1, "n:100")));
    }

    @Test
    void valuesCannotSlideFromOneColumnIntoTheNext() {
        LineFingerprinter twoColumns = fingerprinter(List.of("a", "b"), DateOrder.YMD);
        assertThat(twoColumns.fingerprint(row(1, "xy", "z"))).isNotEqualTo(twoColumns.fingerprint(row(1, "x", "yz")));
        assertThat(twoColumns.fingerprint(row(1, "华", "联"))).isNotEqualTo(twoColumns.fingerprint(row(1, "华联", "")));
    }

    @Test
    void aMissingTrailingCellIsTheSameAsABlankOne() {
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100")))
                .isEqualTo(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "\u00A0\u3000")));
    }

    /** The exact values: stored lines carry them, so the encoding may never change (values of the first release). */
    @Test
    void theEncodingIsPinned() {
        var fingerprinter = new LineFingerprinter(java.util.Arrays.asList("日期", "客户", "金额", null, " 备注 "), new DateParser(DateOrder.YMD, false));
        assertThat(fingerprinter.fingerprint(row(1, "d:45356", "华联超市", "n:100.5", "x", "2024-03-05", "beyond")))
                .isEqualTo(new io.customerlens.domain.LineFingerprint(6769974100717797115L, 5355771574395753839L));
    }
}
