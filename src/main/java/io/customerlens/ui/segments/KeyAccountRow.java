package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.CustomerKeyAccount;

/** A key-account score with the customer's name, as the key-account table lists it. */
public record KeyAccountRow(String name, CustomerKeyAccount account) {
}
