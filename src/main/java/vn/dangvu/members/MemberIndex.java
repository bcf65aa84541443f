package vn.dangvu.members;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.common.Text;

/// An immutable in-memory snapshot of the member list, in Vietnamese order, with an inverted index of the folded
/// name words: the distinct words sorted, and for each the positions of the members whose name holds it.
///
/// A search word matches every indexed word it starts ("huong" → huong, huongg…, "h" → ha, hai, hanh…), a
/// binary-searched range of the sorted words; the members of that range are set in a bit set, the bit sets of the
/// typed words are intersected, and the set bits are read in order. The cost follows the number of hits, not the
/// number of members: under a millisecond at 100,000 members even with the launcher's C1-only JIT, where a scan of
/// every name took 4–8 ms (docs/benchmarks.md, issue 3).
final class MemberIndex {

    /// The list order: the ICU person key (given name, middle, family; letters and tones), then the id.
    static final Comparator<MemberRow> ORDER = Comparator.comparing(MemberRow::sortKey).thenComparingLong(MemberRow::id);

    private final MemberRow[] rows;
    private final String[][] words;
    private final List<MemberRow> all;
    private final String[] vocabulary;
    private final int[][] postings;

    private MemberIndex(MemberRow[] rows, String[][] words) {
        this.rows = rows;
        this.words = words;
        this.all = Collections.unmodifiableList(Arrays.asList(rows));
        Map<String, int[]> byWord = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String[] ws : words) {
            for (String w : ws) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        counts.forEach((w, n) -> byWord.put(w, new int[n + 1])); // slot 0 counts the positions filled
        for (int i = 0; i < words.length; i++) {
            for (String w : words[i]) {
                int[] p = byWord.get(w);
                p[++p[0]] = i;
            }
        }
        this.vocabulary = byWord.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        this.postings = new int[vocabulary.length][];
        for (int v = 0; v < vocabulary.length; v++) {
            int[] p = byWord.get(vocabulary[v]);
            postings[v] = Arrays.copyOfRange(p, 1, p[0] + 1);
        }
    }

    /// An index of rows already in [#ORDER].
    static MemberIndex of(List<MemberRow> sortedRows) {
        MemberRow[] rows = sortedRows.toArray(MemberRow[]::new);
        String[][] words = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            words[i] = wordsOf(rows[i]);
        }
        return new MemberIndex(rows, words);
    }

    /// The distinct folded words of a member's name ("Nguyễn Thị Thu Thu" → nguyen, thi, thu).
    private static String[] wordsOf(MemberRow r) {
        String[] split = Text.fold(r.fullName()).split(" ");
        return Arrays.stream(split).filter(w -> !w.isEmpty()).distinct().toArray(String[]::new);
    }

    int size() {
        return rows.length;
    }

    /// A copy with the member's row replaced (or added) at its place in the order, or removed when `row` is empty.
    MemberIndex with(long memberId, Optional<MemberRow> row) {
        List<MemberRow> r = new ArrayList<>(rows.length + 1);
        List<String[]> w = new ArrayList<>(rows.length + 1);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].id() != memberId) {
                r.add(rows[i]);
                w.add(words[i]);
            }
        }
        if (row.isPresent()) {
            int at = Collections.binarySearch(r, row.get(), ORDER);
            at = at < 0 ? -at - 1 : at;
            r.add(at, row.get());
            w.add(at, wordsOf(row.get()));
        }
        return new MemberIndex(r.toArray(MemberRow[]::new), w.toArray(String[][]::new));
    }

    /// Members whose name has, for every search word, a word it starts; in the unit (when given); passing the
    /// filter. `tokens` are folded and distinct (MemberRepository.searchTokens).
    List<MemberRow> search(List<String> tokens, Optional<Long> unitId, MemberFilter filter) {
        boolean filtered = !filter.isEmpty();
        if (tokens.isEmpty() && unitId.isEmpty() && !filtered) {
            return all;
        }
        long unit = unitId.orElse(-1L);
        long[] hits = null;
        for (String t : tokens) {
            long[] bits = matching(t);
            if (bits == null) {
                return List.of();
            }
            if (hits == null) {
                hits = bits;
            } else {
                for (int i = 0; i < hits.length; i++) {
                    hits[i] &= bits[i];
                }
            }
        }
        List<MemberRow> out = new ArrayList<>();
        if (hits == null) {
            for (MemberRow r : rows) {
                if (passes(r, unitId.isPresent(), unit, filtered, filter)) {
                    out.add(r);
                }
            }
        } else {
            for (int i = 0; i < hits.length; i++) {
                for (long b = hits[i]; b != 0; b &= b - 1) {
                    MemberRow r = rows[(i << 6) + Long.numberOfTrailingZeros(b)];
                    if (passes(r, unitId.isPresent(), unit, filtered, filter)) {
                        out.add(r);
                    }
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean passes(MemberRow r, boolean byUnit, long unit, boolean filtered, MemberFilter filter) {
        return (!byUnit || (r.unitId() != null && r.unitId() == unit)) && (!filtered || filter.matches(r));
    }

    /// The bit set of members with a name word starting with `prefix`, or null when there is none.
    private long[] matching(String prefix) {
        int from = lowerBound(prefix);
        int to = lowerBound(prefix + Character.MAX_VALUE);
        if (from == to) {
            return null;
        }
        long[] bits = new long[(rows.length + 63) >>> 6];
        for (int v = from; v < to; v++) {
            for (int p : postings[v]) {
                bits[p >>> 6] |= 1L << p;
            }
        }
        return bits;
    }

    private int lowerBound(String key) {
        int i = Arrays.binarySearch(vocabulary, key);
        return i < 0 ? -i - 1 : i;
    }
}
