package io.customerlens.ui.followups;

/**
 * One figure of a panel: what it is and its value, both ready to show.
 *
 * @param id a short stable name (the last part of its bundle key) for the node ids
 */
public record DetailLine(String id, String name, String value) {

    /** The line of the bundle key {@code key} (e.g. {@code followupsView.effect.rate}: id "rate"). */
    static DetailLine of(io.customerlens.ui.common.Messages messages, String key, String value) {
        return new DetailLine(key.substring(key.lastIndexOf('.') + 1), messages.get(key), value);
    }
}
