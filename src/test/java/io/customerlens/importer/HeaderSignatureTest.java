package io.customerlens.importer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSignatureTest {

    /**
     * Signatures are stored with remembered mappings, so they must never change between versions. Expected
     * values: SHA-256 of the sorted keys joined by newlines, computed outside Java
     * (python3: hashlib.sha256("customerid\norderdate\nsales".encode()).hexdigest()).
     */
    @Test
    void theSignatureIsTheSha256OfTheSortedHeaderKeys() {
        assertThat(HeaderSignature.of(List.of("Customer ID", "Order Date", "Sales")))
                .isEqualTo("a17bfc7afcb055b317f62c233ad2469f80ff3abcb152966508aa3cf04a421c43");
        assertThat(HeaderSignature.of(List.of("客户名称", "单据日期", "金额")))
                .isEqualTo("62093b3454dddb2601e55b770f7f1de0c8edf4e7c36247613e136fe6b868bfa0");
    }

    @Test
    void columnOrderSpacingCaseWidthAndEmptyColumnsDoNotChangeIt() {
        String signature = HeaderSignature.of(List.of("Customer ID", "Order Date", "Sales"));
        assertThat(HeaderSignature.of(List.of("sales", "CustomerID", "", "ORDER DATE", "")))
                .isEqualTo(signature);
        assertThat(HeaderSignature.of(List.of("Ｓａｌｅｓ", " Customer ID ", "Order Date"))).isEqualTo(signature);
    }

    @Test
    void otherHeadersGiveAnotherSignature() {
        assertThat(HeaderSignature.of(List.of("Customer ID", "Order Date", "Sales")))
                .isNotEqualTo(HeaderSignature.of(List.of("Customer ID", "Ship Date", "Sales")))
                .isNotEqualTo(HeaderSignature.of(List.of("Customer ID", "Order Date")));
    }
}
