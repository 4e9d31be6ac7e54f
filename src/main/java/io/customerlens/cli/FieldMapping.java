package io.customerlens.cli;

import io.customerlens.domain.Field;

/** One --map FIELD=HEADER: the source column {@code header} feeds {@code field}. */
record FieldMapping(Field field, String header) {
}
