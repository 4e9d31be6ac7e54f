package io.customerlens.ui.importwizard;

/** One line of the import summary: what was counted and how many. */
public record SummaryLine(String label, String value) {
}
