package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;

import org.junit.jupiter.api.Test;

/// A replace is one change whose removed list is the old content (not a copy) and whose added range is the new one;
/// lists built on top (here a FilteredList) follow it.
class SwapListTest {

    @Test
    void oneChangeWithTheOldContentAsRemoved() {
        SwapList<String> list = new SwapList<>();
        List<String> seen = new ArrayList<>();
        List<List<? extends String>> removed = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            assertThrows(IllegalStateException.class, c::getFrom, "inspecting before next() is refused");
            while (c.next()) {
                assertFalse(c.wasPermutated());
                seen.add(c.getFrom() + ".." + c.getTo() + " added=" + c.wasAdded() + " removed=" + c.wasRemoved());
                removed.add(c.getRemoved());
            }
        });
        List<String> first = List.of("An", "Ba", "Chi");
        list.replace(first);
        List<String> second = List.of("Hương", "Hường");
        list.replace(second);
        list.replace(second); // the same list: no change
        list.replace(List.of());
        list.replace(List.of()); // empty to empty: no change
        assertEquals(List.of("0..3 added=true removed=false", "0..2 added=true removed=true", "0..0 added=false removed=true"),
                seen);
        assertSame(first, removed.get(1), "the old content is handed over, not copied");
        assertSame(second, removed.get(2));
        assertTrue(list.isEmpty());
    }

    @Test
    void derivedListsFollowTheReplacement() {
        SwapList<String> list = new SwapList<>();
        FilteredList<String> withH = new FilteredList<>(list, s -> s.startsWith("H"));
        list.replace(List.of("An", "Hà", "Hải"));
        assertEquals(List.of("Hà", "Hải"), withH);
        list.replace(List.of("Hương", "Lan"));
        assertEquals(List.of("Hương"), withH);
        assertThrows(UnsupportedOperationException.class, () -> list.add("X"), "read-only for its users");
    }
}
