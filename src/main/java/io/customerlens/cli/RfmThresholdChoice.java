package io.customerlens.cli;

import io.customerlens.analysis.segments.ThresholdMethod;

/** {@code --rfm-threshold mean|median}. */
enum RfmThresholdChoice {
    MEAN("mean", ThresholdMethod.MEAN),
    MEDIAN("median", ThresholdMethod.MEDIAN);

    private final String spelling;
    private final ThresholdMethod method;

    RfmThresholdChoice(String spelling, ThresholdMethod method) {
        this.spelling = spelling;
        this.method = method;
    }

    String spelling() {
        return spelling;
    }

    ThresholdMethod method() {
        return method;
    }
}
