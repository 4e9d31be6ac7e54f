package io.customerlens.domain;

import java.time.Instant;

/**
 * An import a killed process (power cut, kill, crash) left unfinished, found and taken back out when the
 * store was next opened: the store is exactly as it was before that import.
 */
public record UnfinishedImport(String fileName, Instant startedAt, long linesRemoved) {
}
