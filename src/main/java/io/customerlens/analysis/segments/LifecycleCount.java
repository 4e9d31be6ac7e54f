package io.customerlens.analysis.segments;

/** How many customers are in a lifecycle stage. */
public record LifecycleCount(LifecycleStage stage, long customers) {
}
