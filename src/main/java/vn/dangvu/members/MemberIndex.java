package vn.dangvu.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dangvu.common.Text;

/// An in-memory snapshot of the member list, already in Vietnamese order, with each name's folded words.
/// A search is a word-prefix scan of the folded words (about 3 ms for 100,000 members), so the list keeps
/// up with typing; perf-baselines.md §8 and §11 recommend exactly this over a SQL query per keystroke.
final class MemberIndex {

    private final List<MemberRow> rows;
    private final String[][] words;

    MemberIndex(List<MemberRow> sortedRows) {
        this.rows = List.copyOf(sortedRows);
        this.words = new String[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            words[i] = Text.fold(rows.get(i).fullName()).split(" ");
        }
    }

    int size() {
        return rows.size();
    }

    List<MemberRow> search(List<String> tokens, Optional<Long> unitId, MemberFilter filter) {
        boolean filtered = !filter.isEmpty();
        if (tokens.isEmpty() && unitId.isEmpty() && !filtered) {
            return rows;
        }
        long unit = unitId.orElse(-1L);
        List<MemberRow> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            MemberRow r = rows.get(i);
            if (unitId.isPresent() && (r.unitId() == null || r.unitId() != unit)) {
                continue;
            }
            if (filtered && !filter.matches(r)) {
                continue;
            }
            if (matchesAll(words[i], tokens)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean matchesAll(String[] nameWords, List<String> tokens) {
        for (String t : tokens) {
            boolean found = false;
            for (String w : nameWords) {
                if (w.startsWith(t)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
