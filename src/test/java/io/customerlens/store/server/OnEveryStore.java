package io.customerlens.store.server;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs every test of the class once on each store ({@link TestStores}): H2 and the PostgreSQL test cluster. The
 * class takes the store in a field {@code @Parameter TestStore store} and opens its databases through it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresExtension.class)
@ParameterizedClass(name = "{0}")
@MethodSource("io.customerlens.store.server.TestStores#every")
public @interface OnEveryStore {
}
