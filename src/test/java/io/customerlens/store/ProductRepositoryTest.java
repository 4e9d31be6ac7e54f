package io.customerlens.store;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.ProductInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@OnEveryStore
class ProductRepositoryTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;

    @Test
    void productsAreKeyedByCodeElseNameAndTheNewerLineWins() {
        try (Database database = store.open(folder)) {
            database.jdbi().useExtension(ProductRepository.class, products -> products.upsert(List.of(
                    new ProductUpdate(new ProductInfo("P1", "Tea", "Drinks", null), LocalDate.of(2024, 1, 1)),
                    new ProductUpdate(new ProductInfo(null, "Loose cup", null, null), LocalDate.of(2024, 1, 1)))));
            database.jdbi().useExtension(ProductRepository.class, products -> products.upsert(List.of(
                    new ProductUpdate(new ProductInfo("P1", "Green tea", null, "Tea"), LocalDate.of(2024, 2, 1)))));

            List<ProductInfo> stored = database.jdbi().withExtension(ProductRepository.class, ProductRepository::findAll);

            assertThat(stored).containsExactly(new ProductInfo(null, "Loose cup", null, null),
                    new ProductInfo("P1", "Green tea", "Drinks", "Tea"));
        }
    }
}
