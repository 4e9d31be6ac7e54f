package io.customerlens.analysis.products;

/** The BCG quadrants (明星, 金牛, 问题, 瘦狗) and the units listed apart because they sold nothing (discontinued). */
public enum BcgQuadrant {
    STAR("star"),
    CASH_COW("cash_cow"),
    QUESTION_MARK("question_mark"),
    DOG("dog"),
    DISCONTINUED("discontinued");

    private final String code;

    BcgQuadrant(String code) {
        this.code = code;
    }

    /** The stable spelling used in exports. */
    public String code() {
        return code;
    }

    static BcgQuadrant of(boolean highGrowth, boolean highShare) {
        if (highGrowth) {
            return highShare ? STAR : QUESTION_MARK;
        }
        return highShare ? CASH_COW : DOG;
    }

    /** The bundle key of this constant's label. */
    public String messageKey() {
        return "products.quadrant." + code;
    }
}
