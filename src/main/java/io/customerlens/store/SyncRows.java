package io.customerlens.store;

/** Told of every row a sync writes; a test stops a sync half way through it (docs/decisions/0019). */
@FunctionalInterface
public interface SyncRows {

    SyncRows NONE = () -> { };

    void written();
}
