package io.customerlens.service.followups;

import io.customerlens.analysis.followups.WinBackState;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.report.TaskSheetException;

import java.util.Optional;

/**
 * The bundle keys of the follow-up enums and figures, so the view, the command line and the customer card
 * name them alike. Each returns a key of messages.properties; format it with the bundle.
 */
public final class FollowUpLabels {

    private FollowUpLabels() {
    }

    public static String reason(FollowUpReason reason) {
        return "followups.reason." + reason.name();
    }

    /**
     * The reason with its figure ("Lapsed 4 months"): the key, formatted with {@link FollowUpTask#detail()};
     * empty for a reason without a figure (manual).
     */
    public static Optional<String> reasonDetail(FollowUpReason reason, Integer detail) {
        if (reason == FollowUpReason.MANUAL) {
            return Optional.empty();
        }
        if (detail == null) {
            return Optional.of(reason == FollowUpReason.KEY_ACCOUNT_REVIEW
                    ? "followups.reasonDetail.neverContacted" : reason(reason));
        }
        return Optional.of("followups.reasonDetail." + reason.name());
    }

    public static String channel(FollowUpChannel channel) {
        return "followups.channel." + channel.name();
    }

    public static String status(FollowUpStatus status) {
        return "followups.status." + status.name();
    }

    public static String outcome(OutcomeReason reason) {
        return "followups.outcome." + reason.name();
    }

    /** "Reached" or "Not reached". */
    public static String reached(boolean reached) {
        return reached ? "followups.reached.yes" : "followups.reached.no";
    }

    /** 1 high, 2 normal, 3 low. */
    public static String priority(int priority) {
        return "followups.priority." + priority;
    }

    public static String filter(TaskFilter filter) {
        return "followups.filter." + filter.name();
    }

    public static String sort(TaskSort sort) {
        return "followups.sort." + sort.name();
    }

    public static String winBack(WinBackState state) {
        return "followups.winBack." + state.name();
    }

    /** Formatted with the file name, row, column and value: {@code {0}, {1}, {2}, {3}}. */
    public static String sheetProblem(TaskSheetException.Problem problem) {
        return "followups.sheet.problem." + problem.name();
    }
}
