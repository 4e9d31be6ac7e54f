package io.customerlens.store;

/**
 * A write asked of a store opened read-only ({@link Database#openReadOnlyCopy}): refused before anything is
 * written (docs/decisions/0009).
 */
public final class StoreReadOnlyException extends RuntimeException {

    StoreReadOnlyException() {
        super("this store is a read-only copy; nothing can be written to it");
    }
}
