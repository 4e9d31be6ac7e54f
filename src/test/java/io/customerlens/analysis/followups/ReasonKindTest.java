package io.customerlens.analysis.followups;

import io.customerlens.domain.OutcomeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonKindTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            WILL_ORDER,         OUTCOME
            NEEDS_TIME,         OUTCOME
            LOST_TO_COMPETITOR, STOP_REASON
            PRICE,              STOP_REASON
            QUALITY,            STOP_REASON
            SERVICE,            STOP_REASON
            OUT_OF_STOCK,       STOP_REASON
            SHOP_CLOSED,        STOP_REASON
            SEASONAL,           STOP_REASON
            OTHER,              STOP_REASON
            """)
    void everyCodeIsAnOutcomeOrAStopReason(OutcomeReason reason, ReasonKind kind) {
        assertThat(ReasonKind.of(reason)).isEqualTo(kind);
    }

    @Test
    void theTwoListsAreSeparateAndTogetherHoldEveryCode() {
        assertThat(ReasonKind.OUTCOME.reasons()).containsExactly(OutcomeReason.WILL_ORDER, OutcomeReason.NEEDS_TIME);
        assertThat(ReasonKind.STOP_REASON.reasons()).doesNotContainAnyElementsOf(ReasonKind.OUTCOME.reasons())
                .hasSize(OutcomeReason.values().length - 2);
    }
}
