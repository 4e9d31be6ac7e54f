package io.customerlens.domain;

/**
 * Why a follow-up task exists. Generation tries them in this order and gives a customer the first that
 * holds, so a lapsed key account is called as lapsed, not reviewed.
 */
public enum FollowUpReason {
    /** Lapsed (N); detail = idle months. */
    LAPSED,
    /** At risk by its own cadence; detail = days overdue. */
    AT_RISK,
    /** A new customer with one order only; detail = days since that order. */
    SECOND_ORDER,
    /** A strategic or key account not contacted for a while; detail = days since the last contact, none if never. */
    KEY_ACCOUNT_REVIEW,
    /** Created by hand; no detail. */
    MANUAL;

    /** Whether the effect evaluation (won back?) applies to tasks of this reason. */
    public boolean isWinBack() {
        return this == LAPSED || this == AT_RISK;
    }
}
