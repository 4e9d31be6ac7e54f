package io.customerlens.store;

import io.customerlens.domain.Field;
import org.jdbi.v3.sqlobject.SqlObject;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Mappings the user confirmed, remembered per header signature (field -> source header). */
public interface ColumnMappingRepository extends SqlObject {

    default Optional<Map<Field, String>> find(String headerSignature) {
        return getHandle().createQuery("SELECT mapping FROM column_mapping WHERE header_signature = ?")
                .bind(0, headerSignature)
                .mapTo(String.class)
                .findOne()
                .map(MappingText::decode);
    }

    default void save(String headerSignature, Map<Field, String> mapping, Instant updatedAt) {
        getHandle().createUpdate("MERGE INTO column_mapping (header_signature, mapping, updated_at) KEY (header_signature)"
                        + " VALUES (?, ?, ?)")
                .bind(0, headerSignature)
                .bind(1, MappingText.encode(mapping))
                .bind(2, updatedAt)
                .execute();
    }
}
