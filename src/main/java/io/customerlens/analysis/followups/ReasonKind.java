package io.customerlens.analysis.followups;

import io.customerlens.domain.OutcomeReason;

import java.util.Arrays;
import java.util.List;

/**
 * The two kinds of what a customer said on a call: an **outcome** of the call (will order, needs time: the
 * customer is coming back, with the promised date beside it) or a **stop reason** (competitor, price, quality,
 * service, out of stock, shop closed, seasonal, other: why the customer stopped buying). They are offered and
 * counted as separate lists, so "why customers stopped" never lists "will order".
 */
public enum ReasonKind {
    OUTCOME, STOP_REASON;

    public static ReasonKind of(OutcomeReason reason) {
        return switch (reason) {
            case WILL_ORDER, NEEDS_TIME -> OUTCOME;
            default -> STOP_REASON;
        };
    }

    /** The codes of this kind, in the codes' order. */
    public List<OutcomeReason> reasons() {
        return Arrays.stream(OutcomeReason.values()).filter(reason -> of(reason) == this).toList();
    }
}
