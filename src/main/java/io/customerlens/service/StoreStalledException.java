package io.customerlens.service;

/**
 * An insert made no progress while the disk had no room left: the embedded database is taken to be stuck
 * for good. The import is abandoned where it stands; its batch is incomplete, so invisible, and removed the
 * next time the store opens. The import service reports it as a full disk.
 */
final class StoreStalledException extends RuntimeException {

    StoreStalledException() {
        super("the store made no progress while the disk had no room left");
    }
}
