package io.customerlens.ui.followups;

import io.customerlens.analysis.followups.PlannedTask;

/** A task of the generation preview with its customer's name, as the preview table lists it. */
record PlannedRow(PlannedTask task, String displayName) {
}
