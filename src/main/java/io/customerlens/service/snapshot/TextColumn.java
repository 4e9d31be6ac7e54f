package io.customerlens.service.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of texts (null allowed) kept as indexes into a dictionary of the distinct texts: customer keys,
 * order numbers and product keys repeat across many lines.
 */
final class TextColumn {

    static final int NONE = -1;

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private int[] codes;
    private int size;
    /** The codes of texts that are not blank, set as each text is first seen. */
    private final BitSet notBlank = new BitSet();

    TextColumn(int capacity) {
        codes = new int[Math.max(capacity, 16)];
    }

    void add(String text) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1));
        }
        codes[size++] = text == null ? NONE : indexes.computeIfAbsent(text, added -> {
            notBlank.set(texts.size(), !added.isBlank());
            texts.add(added);
            return texts.size() - 1;
        });
    }

    String get(int index) {
        int code = codes[index];
        return code == NONE ? null : texts.get(code);
    }

    /** The text of a dictionary index. */
    String text(int code) {
        return texts.get(code);
    }

    /** The dictionary index of the line's text, {@link #NONE} for null. */
    int code(int index) {
        return codes[index];
    }

    /** The dictionary index of {@code text}, {@link #NONE} when no line has it. */
    int codeOf(String text) {
        return indexes.getOrDefault(text, NONE);
    }

    /** The dictionary: the text of each code, in code order (a read-only view). */
    List<String> texts() {
        return java.util.Collections.unmodifiableList(texts);
    }

    /** The codes whose text is not blank (a copy). */
    BitSet notBlank() {
        return (BitSet) notBlank.clone();
    }

    int distinct() {
        return texts.size();
    }

    void trim() {
        codes = Arrays.copyOf(codes, size);
    }

    /** Puts the values in a new order: the new value at index i is the old value at {@code order[i]}. */
    void reorder(int[] order) {
        int[] reordered = new int[size];
        for (int index = 0; index < size; index++) {
            reordered[index] = codes[order[index]];
        }
        codes = reordered;
    }

    long bytes() {
        return codes.length * 4L + texts.size() * 64L;
    }
}
