package io.customerlens.domain;

/** Where a follow-up task stands. A snoozed task is due again on its snoozed-until date. */
public enum FollowUpStatus {
    OPEN, DONE, CANCELLED, SNOOZED;

    /** Open or snoozed: still to be done, so it blocks a second generated task of the same reason. */
    public boolean isPending() {
        return this == OPEN || this == SNOOZED;
    }
}
