package io.customerlens.domain;

/** What the customer said: the reason codes of the seed analysis (why customers stop or come back). */
public enum OutcomeReason {
    WILL_ORDER, NEEDS_TIME, LOST_TO_COMPETITOR, PRICE, QUALITY, SERVICE, OUT_OF_STOCK, SHOP_CLOSED, SEASONAL, OTHER
}
