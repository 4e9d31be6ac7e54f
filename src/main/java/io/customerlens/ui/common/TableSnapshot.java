package io.customerlens.ui.common;

import java.util.List;

/**
 * What a table showed at one moment: the headers of its visible columns and the raw value of every cell,
 * in display order. Immutable, so a worker thread can write it while the user goes on sorting.
 */
public record TableSnapshot(List<String> headers, List<List<Object>> rows) {

    public TableSnapshot {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
