package io.customerlens.service.snapshot;

/**
 * A memo key part that matches only the very same object. Analysis inputs are records holding thousands of
 * histories; comparing or hashing them by value on every lookup would cost as much as the analysis.
 */
public record Identity(Object of) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Identity identity && identity.of == of;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(of);
    }
}
