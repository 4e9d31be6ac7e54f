package io.customerlens.ui.charts;

/** The names written in the four corners of a quadrant scatter, already translated. */
public record QuadrantNames(String topLeft, String topRight, String bottomLeft, String bottomRight) {
}
