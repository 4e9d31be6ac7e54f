package io.customerlens.importer;

import io.customerlens.domain.Field;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which source column feeds each field. Immutable; {@link #with} and {@link #without} return copies. */
public record ColumnMapping(Map<Field, MappedColumn> columns) {

    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    public Optional<MappedColumn> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    public ColumnMapping with(Field field, MappedColumn column) {
        EnumMap<Field, MappedColumn> copy = columns.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(columns);
        copy.values().removeIf(c -> c.index() == column.index());
        copy.put(field, column);
        return new ColumnMapping(copy);
    }

    public ColumnMapping without(Field field) {
        EnumMap<Field, MappedColumn> copy = columns.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(columns);
        copy.remove(field);
        return new ColumnMapping(copy);
    }
}
