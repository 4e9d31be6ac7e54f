package io.customerlens.importer;

import io.customerlens.domain.LineFingerprint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customerlens.importer.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

class LegacyLineFingerprinterTest {

    private final LegacyLineFingerprinter byDateCustomerAmount = new LegacyLineFingerprinter(List.of("日期", "客户", "金额", "备注"));

    @Test
    void equalCellsGiveEqualFingerprintsWhateverTheRowNumber() {
        assertThat(byDateCustomerAmount.fingerprint(row(5, "d:45356", "华联", "n:100", "x")))
                .isEqualTo(byDateCustomerAmount.fingerprint(row(900, "d:45356", "华联", "n:100", "x")));
    }

    @Test
    void columnOrderDoesNotMatter() {
        LegacyLineFingerprinter reordered = new LegacyLineFingerprinter(List.of("金额", "备注", "日期", "客户"));
        assertThat(reordered.fingerprint(row(1, "n:100", "x", "d:45356", "华联")))
                .isEqualTo(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "x")));
    }

    @Test
    void anyDifferentCellMappedOrNotGivesAnotherFingerprint() {
        LineFingerprint original = byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "x"));
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "y"))).isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", ""))).isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45357", "华联", "n:100", "x"))).isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "100", "x")))
                .as("a text cell is not a number cell").isNotEqualTo(original);
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "x", "extra"))).isNotEqualTo(original);
    }

    @Test
    void valuesCannotSlideFromOneColumnIntoTheNext() {
        LegacyLineFingerprinter twoColumns = new LegacyLineFingerprinter(List.of("a", "b"));
        assertThat(twoColumns.fingerprint(row(1, "xy", "z"))).isNotEqualTo(twoColumns.fingerprint(row(1, "x", "yz")));
        assertThat(twoColumns.fingerprint(row(1, "华", "联"))).isNotEqualTo(twoColumns.fingerprint(row(1, "华联", "")));
    }

    @Test
    void aCellOfOnlyNoBreakOrIdeographicSpacesIsBlankLikeAnEmptyOne() {
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "\u00A0\u3000")))
                .isEqualTo(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "")));
    }

    @Test
    void aMissingTrailingCellIsTheSameAsABlankOne() {
        assertThat(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100")))
                .isEqualTo(byDateCustomerAmount.fingerprint(row(1, "d:45356", "华联", "n:100", "")));
    }

    /** The exact values: stored lines carry them, so the encoding may never change (values of the first release). */
    @Test
    void theEncodingIsPinned() {
        var fingerprinter = new LegacyLineFingerprinter(java.util.Arrays.asList("日期", "客户", "金额", null, " 备注 "));
        assertThat(fingerprinter.fingerprint(row(1, "d:45356", "华联超市", "n:100.5", "x", "2024-03-05", "beyond")))
                .isEqualTo(new io.customerlens.domain.LineFingerprint(2551009941420546716L, 2610070856767598717L));
    }
}
