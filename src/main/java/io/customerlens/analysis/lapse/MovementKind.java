package io.customerlens.analysis.lapse;

/** The columns of the customer movement table that count customers (DEFINITIONS: customer movement). */
public enum MovementKind {
    BASE, ACTIVE, NEW, RETURNED, LOST
}
