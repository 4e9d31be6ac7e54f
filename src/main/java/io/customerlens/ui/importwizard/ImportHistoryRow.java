package io.customerlens.ui.importwizard;

/** One import as the history table shows it: numbers as counts, the time and dates in the window's language. */
public record ImportHistoryRow(long id, String time, String fileName, String sheets, String read, String imported,
                               String duplicate, String rejected, String dates) {
}
