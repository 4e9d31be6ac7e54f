package io.customerlens.analysis.risk;

/**
 * One bin of the reliability chart: the customers whose predicted probability fell in [{@code from}, {@code to}),
 * their mean prediction and the share that really bought nothing. A calibrated model's bins lie on the diagonal.
 */
public record ReliabilityBin(double from, double to, int customers, double meanPredicted, double observed) {
}
