package io.customerlens.ui.followups;

import io.customerlens.i18n.ReadingFormat;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.ui.common.Messages;


/**
 * The follow-up figures as the page shows them: reasons with their figure, statuses with the snooze date,
 * outcomes in one line, rates as percentages. One place, so the list, the side panel, the preview and Home
 * word a task alike.
 */
final class FollowUpTexts {

    private final Messages messages;
    private final ReadingFormat reading;

    FollowUpTexts(Messages messages) {
        this.messages = messages;
        this.reading = new ReadingFormat(messages.locale());
    }

    Messages messages() {
        return messages;
    }

    /** "Lapsed 4 months", "Key account, never contacted", "Manual". */
    String reason(io.customerlens.domain.FollowUpReason reason, Integer detail) {
        return FollowUpLabels.reasonDetail(reason, detail)
                .map(key -> detail == null ? messages.get(key) : messages.format(key, detail))
                .orElseGet(() -> messages.get(FollowUpLabels.reason(reason)));
    }

    String reason(FollowUpTask task) {
        return reason(task.reason(), task.detail());
    }

    /** "Snoozed until 2024-07-08" while snoozed, else the status's name. */
    String status(FollowUpTask task) {
        if (task.status() == FollowUpStatus.SNOOZED && task.snoozedUntil() != null) {
            return messages.format("followupsView.status.snoozedUntil", messages.date(task.snoozedUntil()));
        }
        return messages.get(FollowUpLabels.status(task.status()));
    }

    String channel(io.customerlens.domain.FollowUpChannel channel) {
        return messages.get(FollowUpLabels.channel(channel));
    }

    String priority(int priority) {
        return messages.get(FollowUpLabels.priority(priority));
    }

    /** "Reached · Will order · promised 2024-07-15", empty without an outcome. */
    String outcome(FollowUpOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(messages.get(FollowUpLabels.reached(outcome.reached())));
        String separator = messages.get("followupsView.separator");
        if (outcome.reason() != null) {
            text.append(separator).append(messages.get(FollowUpLabels.outcome(outcome.reason())));
        }
        if (outcome.promisedDate() != null) {
            text.append(separator).append(messages.format("followupsView.outcome.promisedOn",
                    messages.date(outcome.promisedDate())));
        }
        return text.toString();
    }

    /** 0.125 as "12.5%"; "–" for an undefined rate (no customers). */
    String rate(double value) {
        return Double.isNaN(value) ? messages.get("followupsView.none") : reading.percent(value);
    }

    /** A difference of rates in percentage points, signed: "+12.5 pp". */
    String uplift(double value) {
        if (Double.isNaN(value)) {
            return messages.get("followupsView.none");
        }
        return messages.format("followupsView.points", reading.signedPoints(value));
    }

    /** The uplift in a table cell whose header names the unit: "+12.5" (the cell cut "−12.0 个百分点" short). */
    String upliftFigure(double value) {
        return Double.isNaN(value) ? messages.get("followupsView.none") : reading.signedPoints(value);
    }

    /** Days read whole everywhere (issue 16): a median of 7.0 days reads "7". */
    String days(Double value) {
        return value == null ? messages.get("followupsView.none") : reading.wholeDays(value);
    }
}
