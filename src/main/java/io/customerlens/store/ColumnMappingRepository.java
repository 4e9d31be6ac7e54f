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
        getHandle().createUpdate("""
                        MERGE INTO column_mapping t
                        USING (SELECT CAST(? AS VARCHAR(20000)) AS header_signature, CAST(? AS VARCHAR(100000)) AS mapping,
                                      CAST(? AS TIMESTAMP WITH TIME ZONE) AS updated_at) s
                        ON t.header_signature = s.header_signature
                        WHEN MATCHED THEN UPDATE SET mapping = s.mapping, updated_at = s.updated_at
                        WHEN NOT MATCHED THEN INSERT (header_signature, mapping, updated_at)
                            VALUES (s.header_signature, s.mapping, s.updated_at)""")
                .bind(0, headerSignature)
                .bind(1, MappingText.encode(mapping))
                .bind(2, updatedAt)
                .execute();
    }
}
