package io.customerlens.report;

import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.OutcomeReason;

import java.time.LocalDate;

/**
 * The editable cells of one row of a task sheet, as read. Blank cells are null.
 *
 * @param row 1-based row number, for messages
 */
public record TaskSheetEdit(int row, long taskId, FollowUpStatus status, LocalDate due, LocalDate snoozedUntil,
                            Boolean reached, OutcomeReason reasonCode, LocalDate promisedDate, LocalDate contactedOn,
                            String notes, String outcomeNotes) {
}
