package io.customerlens.ui.followups;

import io.customerlens.analysis.followups.PlannedTask;

/**
 * A task of the generation preview with its customer's name, as the preview table lists it.
 *
 * @param why the customer's chance of no order and the reasons in words; empty when unknown
 */
record PlannedRow(PlannedTask task, String displayName, String why) {
}
