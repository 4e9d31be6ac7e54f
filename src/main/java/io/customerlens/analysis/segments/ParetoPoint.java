package io.customerlens.analysis.segments;

/** A point of the Pareto (cumulative) curve: the top customers' share of customers and of amount. */
public record ParetoPoint(double customerShare, double amountShare) {
}
