package io.customerlens.analysis.segments;

/** 战略客户 / 重点客户 / 普通客户, by the key-account score and {@link KeyAccountCutoffs}. */
public enum KeyAccountTier {
    STRATEGIC("strategic"),
    KEY("key"),
    ORDINARY("ordinary");

    private final String code;

    KeyAccountTier(String code) {
        this.code = code;
    }

    /** Stable name for exports and settings. */
    public String code() {
        return code;
    }
}
