package io.customerlens.analysis.segments;

/**
 * The eight RFM segments of DEFINITIONS.md: every combination of recent, frequent and valuable.
 * Value decides "important" against "general"; recency and frequency decide value / develop / retain /
 * win-back.
 */
public enum RfmSegment {
    IMPORTANT_VALUE("important_value", true, true, true),
    IMPORTANT_DEVELOP("important_develop", true, false, true),
    IMPORTANT_RETAIN("important_retain", false, true, true),
    IMPORTANT_WINBACK("important_winback", false, false, true),
    GENERAL_VALUE("general_value", true, true, false),
    GENERAL_DEVELOP("general_develop", true, false, false),
    GENERAL_RETAIN("general_retain", false, true, false),
    GENERAL_WINBACK("general_winback", false, false, false);

    private final String code;
    private final boolean recent;
    private final boolean frequent;
    private final boolean valuable;

    RfmSegment(String code, boolean recent, boolean frequent, boolean valuable) {
        this.code = code;
        this.recent = recent;
        this.frequent = frequent;
        this.valuable = valuable;
    }

    /** A stable lower-case identifier for exports and settings (never translated). */
    public String code() {
        return code;
    }

    public boolean recent() {
        return recent;
    }

    public boolean frequent() {
        return frequent;
    }

    public boolean valuable() {
        return valuable;
    }

    /** The segment of a customer with these three flags; every combination has exactly one. */
    public static RfmSegment of(boolean recent, boolean frequent, boolean valuable) {
        for (RfmSegment segment : values()) {
            if (segment.recent == recent && segment.frequent == frequent && segment.valuable == valuable) {
                return segment;
            }
        }
        throw new AssertionError("the eight segments cover every combination");
    }
}
