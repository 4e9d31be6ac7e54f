package io.customerlens.domain;

/** A stored customer: its key (ID, else normalised name) and the attributes of its latest line. */
public record Customer(String key, CustomerInfo info) {
}
