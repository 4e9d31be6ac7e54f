package io.customerlens.importer;

import io.customerlens.domain.Field;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which source column feeds each field. Immutable; {@link #with} and {@link #without} return copies. */
public record ColumnMapping(Map<Field, MappedColumn> columns) {

    /** Keeps the fields in their declared order (an EnumMap), so every iteration is the same on every run. */
    public ColumnMapping {
        columns = Collections.unmodifiableMap(ordered(columns));
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
        EnumMap<Field, MappedColumn> copy = ordered(columns);
        copy.values().removeIf(c -> c.index() == column.index());
        copy.put(field, column);
        return new ColumnMapping(copy);
    }

    public ColumnMapping without(Field field) {
        EnumMap<Field, MappedColumn> copy = ordered(columns);
        copy.remove(field);
        return new ColumnMapping(copy);
    }

    /** A modifiable copy; built with the key class so an empty (non-EnumMap) map can be copied too. */
    private static EnumMap<Field, MappedColumn> ordered(Map<Field, MappedColumn> columns) {
        EnumMap<Field, MappedColumn> copy = new EnumMap<>(Field.class);
        copy.putAll(columns);
        return copy;
    }
}
