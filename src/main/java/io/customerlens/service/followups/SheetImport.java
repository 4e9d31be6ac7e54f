package io.customerlens.service.followups;

/** What importing a task sheet back changed: tasks updated, and rows that matched their task already. */
public record SheetImport(int updated, int unchanged) {
}
