package io.customerlens.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A read-only list of lines whose elements are made when read, from columns that hold a million lines in
 * tens of megabytes (the analysis snapshot's). It never changes, so analysis keeps it as it is instead of
 * copying it ({@link #keep}): a copy would make and hold a record per line.
 *
 * @param <T> the line's form ({@link LineFact}, {@link SaleFact})
 */
public final class LineList<T> extends AbstractList<T> implements RandomAccess {

    private final int from;
    private final int size;
    private final IntFunction<T> element;

    /** @param element makes the line at a position, 0 to {@code size - 1} */
    public LineList(int size, IntFunction<T> element) {
        this(0, size, element);
    }

    private LineList(int from, int size, IntFunction<T> element) {
        this.from = from;
        this.size = size;
        this.element = element;
    }

    /** {@code lines} itself when it is a line list (it cannot change), else an unmodifiable copy. */
    public static <T> List<T> keep(List<T> lines) {
        return lines instanceof LineList<T> ? lines : List.copyOf(lines);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return element.apply(from + index);
    }

    @Override
    public int size() {
        return size;
    }

    /** A line list too: a view of the same columns, not a copy. */
    @Override
    public LineList<T> subList(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("from " + fromIndex + " to " + toIndex + " of " + size);
        }
        return new LineList<>(from + fromIndex, toIndex - fromIndex, element);
    }
}
