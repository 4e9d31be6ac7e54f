package io.customerlens.store.server;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Gives tests the PostgreSQL test cluster ({@link PostgresCluster}): started once per test run, on first use,
 * and stopped when the run ends (it lives in JUnit's root store). Without PostgreSQL's programs the tests fail,
 * naming what to install; {@code -Dcustomerlens.postgres=skip} runs them on H2 alone instead.
 */
public final class PostgresExtension implements ParameterResolver {

    /** {@code skip}: run the store tests on H2 only (a machine without PostgreSQL). */
    public static final String SWITCH_PROPERTY = "customerlens.postgres";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestStores.class || type == PostgresCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == PostgresCluster.class) {
            return cluster(context);
        }
        if (skipped()) {
            return new TestStores(List.of(TestStore.h2()));
        }
        return new TestStores(List.of(TestStore.h2(), new ServerTestStore(cluster(context))));
    }

    static boolean skipped() {
        return "skip".equals(System.getProperty(SWITCH_PROPERTY));
    }

    /** The run's cluster, started on first use. */
    static PostgresCluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(PostgresCluster.class, type -> startCluster(), PostgresCluster.class);
    }

    private static PostgresCluster startCluster() {
        PostgresBinaries binaries = PostgresBinaries.find().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL's server programs (initdb, pg_ctl) were not found: install PostgreSQL (Debian: apt-get"
                        + " install postgresql), name their folder with -D" + PostgresBinaries.FOLDER_PROPERTY
                        + "=DIR, or run without the server tests: -D" + SWITCH_PROPERTY + "=skip"));
        try {
            PostgresCluster cluster = PostgresCluster.start(binaries,
                    Path.of(System.getProperty("customerlens.postgres.folder", "target/postgres")));
            ServerTestStore.prepareTemplate(cluster);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the PostgreSQL test cluster", e);
        }
    }
}
