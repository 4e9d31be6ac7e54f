package io.customerlens.importer;

/** A source column chosen for a field: its 0-based index, its header, and how sure the mapper is (0..1). */
public record MappedColumn(int index, String header, double confidence) {
}
