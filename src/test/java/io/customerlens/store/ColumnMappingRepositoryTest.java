package io.customerlens.store;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@OnEveryStore
class ColumnMappingRepositoryTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;

    @Test
    void aSavedMappingIsFoundByItsHeaderSignature() {
        Map<Field, String> mapping = Map.of(Field.DATE, "单据日期", Field.AMOUNT, "金额\n(元)",
                Field.CUSTOMER_ID, "a=b\\c");
        try (Database database = store.open(folder)) {
            database.jdbi().useExtension(ColumnMappingRepository.class, mappings ->
                    mappings.save("sig-1", mapping, Instant.EPOCH));

            assertThat(find(database, "sig-1")).contains(mapping);
            assertThat(find(database, "sig-2")).isEmpty();
        }
    }

    @Test
    void savingAgainReplacesTheMapping() {
        try (Database database = store.open(folder)) {
            database.jdbi().useExtension(ColumnMappingRepository.class, mappings -> {
                mappings.save("sig", Map.of(Field.DATE, "Date", Field.AMOUNT, "Sales"), Instant.EPOCH);
                mappings.save("sig", Map.of(Field.DATE, "Order Date"), Instant.EPOCH.plusSeconds(1));
            });

            assertThat(find(database, "sig")).contains(Map.of(Field.DATE, "Order Date"));
        }
    }

    private static Optional<Map<Field, String>> find(Database database, String signature) {
        return database.jdbi().withExtension(ColumnMappingRepository.class, mappings -> mappings.find(signature));
    }

    @Test
    void unknownFieldsInAStoredMappingAreIgnored() {
        assertThat(MappingText.decode("date=Day\nretired_field=X\n\namount=Sum"))
                .isEqualTo(Map.of(Field.DATE, "Day", Field.AMOUNT, "Sum"));
    }
}
