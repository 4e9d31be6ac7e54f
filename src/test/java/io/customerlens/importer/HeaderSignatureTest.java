package io.customerlens.importer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSignatureTest {

    @Test
    void theSignatureIsAStableHexDigest() {
        String signature = HeaderSignature.of(List.of("客户名称", "单据日期", "金额"));
        assertThat(signature).matches("[0-9a-f]{64}").isEqualTo(HeaderSignature.of(List.of("客户名称", "单据日期", "金额")));
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
