package io.customerlens.importer;

import io.customerlens.domain.LineFingerprint;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

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

    /**
     * Fingerprints as stored by every import so far (decision 0003): the shortcuts for text and numbers already in
     * canonical form, and the UTF-8 written without a copy, must leave every one of them as it was. Each row: a cell
     * beside "华联" under the headers 值 and 客户; the values were computed with the implementation before them.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("storedFingerprints")
    void fingerprintsStayAsStored(String spec, long high, long low) {
        LineFingerprinter twoColumns = fingerprinter(List.of("值", "客户"), DateOrder.YMD);
        assertThat(twoColumns.fingerprint(new RawRow(7, List.of(probeCell(spec), Cell.text("华联")))))
                .isEqualTo(new LineFingerprint(high, low));
    }

    private static Cell probeCell(String spec) {
        if (spec.startsWith("b:")) {
            return new Cell(CellKind.BOOLEAN, spec.substring(2));
        }
        if (spec.startsWith("e:")) {
            return new Cell(CellKind.ERROR, spec.substring(2));
        }
        return TestRows.cell(spec);
    }

    static Stream<Arguments> storedFingerprints() {
        return Stream.of(
            Arguments.of("华联超市", 6645068597215562678L, 2861619887398035444L),
            Arguments.of("  华联  超市 ", -3128200907496021861L, 2104068063273709045L),
            Arguments.of("华联\u3000超市", -3128200907496021861L, 2104068063273709045L),
            Arguments.of("Mu\u0308ller", -1233365634052210327L, -7813829638705306611L),
            Arguments.of("Müller GmbH", -3314106517162544781L, -6038080320293191697L),
            Arguments.of("（北京）ＡＢＣ１２３", -8453027120079434549L, 4262078925508829974L),
            Arguments.of("\uFF76\uFF9E", 5276511543652930040L, 6212925307750761922L),
            Arguments.of("\uF900", -142175392318336942L, -5407478420116781789L),
            Arguments.of("😀 smile", -7000762429535611271L, -3832346332363514102L),
            Arguments.of("lone\uD800x", -2264065629895572010L, 1332578085167411389L),
            Arguments.of("C-00123/7.5%", 2708542528616380132L, 161305314771199317L),
            Arguments.of("n:100", 524767871771944553L, -785930492446182353L),
            Arguments.of("n:0.05", 4159464784818017458L, -8393046377590019567L),
            Arguments.of("n:-12.5", 3630175553999449935L, -3866883311655423980L),
            Arguments.of("n:123456789012", -8103263780642254796L, -5389634031473265689L),
            Arguments.of("n:1234567890123", -8314510266225201419L, -5883755241764985801L),
            Arguments.of("n:0", 6627498808141557518L, 2222547028184866775L),
            Arguments.of("n:-0.0", 6627498808141557518L, 2222547028184866775L),
            Arguments.of("n:0.10000000000000001", -4109208745285609912L, -120593114353542969L),
            Arguments.of("n:125.43999999999998", -8199477531520468982L, -7817474478464717269L),
            Arguments.of("n:1.5E10", 6255666668113820273L, -122330396394736453L),
            Arguments.of("n:007", 5107510026698853832L, 7419017735212714064L),
            Arguments.of("n:100.50", 3840310769573020746L, -5668432201247570627L),
            Arguments.of("100", 524767871771944553L, -785930492446182353L),
            Arguments.of("0.05", 4159464784818017458L, -8393046377590019567L),
            Arguments.of("-12.5", 3630175553999449935L, -3866883311655423980L),
            Arguments.of("007", 5107510026698853832L, 7419017735212714064L),
            Arguments.of("1,234.50", -760664056135894801L, -3878821529938858354L),
            Arguments.of("¥1,234.50", -760664056135894801L, -3878821529938858354L),
            Arguments.of("(12.00)", 68405090519618105L, 3559294407656559101L),
            Arguments.of("123456789012", -8103263780642254796L, -5389634031473265689L),
            Arguments.of("1234567890123", -8314510266225201419L, -5883755241764985801L),
            Arguments.of("0", 6627498808141557518L, 2222547028184866775L),
            Arguments.of("2016/11/8", 6847955917314084604L, 8793591123786885356L),
            Arguments.of("d:45356", 7193685379562919862L, -4428645371895107633L),
            Arguments.of("d:45356.75", 7193685379562919862L, -4428645371895107633L),
            Arguments.of("b:1", -3274624859190645698L, 3908993149363942599L),
            Arguments.of("e:#N/A", -4877676211398624305L, -5902089021688752468L),
            Arguments.of("", -8183955658906760894L, -7547376259725963199L)
        );
    }
}
