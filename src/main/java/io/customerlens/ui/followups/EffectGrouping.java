package io.customerlens.ui.followups;

import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.followups.EffectRow;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.ui.common.Messages;

import java.util.List;

/** How the effect panel groups the contacts: by what the customer said, by channel, or by salesperson. */
public enum EffectGrouping {
    REASON_CODE("followupsView.effect.by.reasonCode"),
    CHANNEL("followupsView.effect.by.channel"),
    SALESPERSON("followupsView.effect.by.salesperson");

    private final String labelKey;

    EffectGrouping(String labelKey) {
        this.labelKey = labelKey;
    }

    String labelKey() {
        return labelKey;
    }

    List<EffectRow> rows(EffectReport report) {
        return switch (this) {
            case REASON_CODE -> report.byReasonCode();
            case CHANNEL -> report.byChannel();
            case SALESPERSON -> report.bySalesperson();
        };
    }

    /** The group's name in the user's language; contacts without a code or salesperson are named as such. */
    String groupName(String group, Messages messages) {
        if (group == null) {
            return messages.get(this == SALESPERSON ? "followupsView.effect.noSalesperson" : "followupsView.effect.noReason");
        }
        return switch (this) {
            case REASON_CODE -> messages.get(FollowUpLabels.outcome(OutcomeReason.valueOf(group)));
            case CHANNEL -> messages.get(FollowUpLabels.channel(FollowUpChannel.valueOf(group)));
            case SALESPERSON -> group;
        };
    }
}
