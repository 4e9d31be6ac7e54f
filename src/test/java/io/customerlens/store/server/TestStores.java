package io.customerlens.store.server;

import java.util.List;
import java.util.stream.Stream;

/**
 * The stores tests run against: H2 always, and the PostgreSQL test cluster unless skipped with
 * {@code -Dcustomerlens.postgres=skip} (README, "Team server"). Resolved by {@link PostgresExtension}.
 */
public record TestStores(List<TestStore> all) {

    /** The {@code @MethodSource} of {@link OnEveryStore}. */
    public static Stream<TestStore> every(TestStores stores) {
        return stores.all().stream();
    }
}
