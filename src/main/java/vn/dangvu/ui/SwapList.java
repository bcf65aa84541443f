package vn.dangvu.ui;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/// A read-only observable list whose whole content is replaced at once, without copying: [#replace] swaps the
/// backing list and fires one replace change whose removed list is the old content itself. `setAll` on an
/// observable array list (and `ObservableListBase.nextReplace`) copy the old content element by element: 4–8 ms
/// per search keystroke at 100,000 members (docs/benchmarks.md, issue 3).
/// The lists handed to [#replace] must not change afterwards (the member index hands out unmodifiable lists).
public final class SwapList<E> extends ObservableListBase<E> {

    private List<E> items = List.of();

    /// Shows `next` instead of the current content.
    public void replace(List<E> next) {
        List<E> old = items;
        if (old == next || (old.isEmpty() && next.isEmpty())) {
            return;
        }
        items = next;
        fireChange(new Replaced<>(this, old, next.size()));
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /// One change: everything in `removed` was replaced by the first `added` elements of the list.
    private static final class Replaced<E> extends ListChangeListener.Change<E> {

        private final List<E> removed;
        private final int added;
        private int cursor = -1;

        Replaced(SwapList<E> list, List<E> removed, int added) {
            super(list);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            check();
            return 0;
        }

        @Override
        public int getTo() {
            check();
            return added;
        }

        @Override
        public List<E> getRemoved() {
            check();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            check();
            return new int[0];
        }

        private void check() {
            if (cursor != 0) {
                throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
            }
        }
    }
}
