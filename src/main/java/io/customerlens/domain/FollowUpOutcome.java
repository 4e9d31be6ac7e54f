package io.customerlens.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The result of a follow-up contact.
 *
 * @param reached      whether the customer was reached; an unreached attempt still counts as a contact
 * @param reason       what the customer said; may be null (typically when not reached)
 * @param promisedDate the order date the customer promised; may be null
 * @param contactedOn  the day of the contact, from which the win-back window is counted
 * @param notes        may be null
 */
public record FollowUpOutcome(boolean reached, OutcomeReason reason, LocalDate promisedDate, LocalDate contactedOn,
                              String notes) {

    public FollowUpOutcome {
        Objects.requireNonNull(contactedOn, "contactedOn");
    }
}
