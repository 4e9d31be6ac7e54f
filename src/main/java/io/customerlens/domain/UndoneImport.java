package io.customerlens.domain;

/** An import taken back: its record as it was, and the number of sales lines removed with it. */
public record UndoneImport(ImportBatch batch, long linesRemoved) {
}
