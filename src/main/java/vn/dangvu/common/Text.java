package vn.dangvu.common;

import java.text.Normalizer;

/// Text normalisation for Vietnamese input: every name and free text goes through [#clean] on the way in
/// (NFC, no control characters, single spaces) and names get an accent-folded copy for search ([#fold]).
public final class Text {

    private static final char[] FOLD_TABLE = buildFoldTable();

    private Text() {
    }

    /// NFC-normalises, replaces control and zero-width characters by spaces, collapses runs of white space and trims.
    /// Returns "" for null.
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(n.length());
        boolean pendingSpace = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /// Like [#clean] but returns null for blank input (optional fields).
    public static String cleanOrNull(String s) {
        String c = clean(s);
        return c.isEmpty() ? null : c;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /// Vietnamese accent folding: lower case, tones and vowel marks removed, đ -> d.
    /// "Nguyễn Thị Hương" -> "nguyen thi huong". Table-driven for the BMP below U+2000 (perf-baselines.md §4).
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FOLD_TABLE.length || FOLD_TABLE[c] == 0) {
                return foldSlow(s);
            }
            char f = FOLD_TABLE[c];
            if (f == '\uFFFF') {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                continue;
            }
            if (sb != null) {
                sb.append(f);
            } else if (f != c) {
                sb = new StringBuilder(s.length()).append(s, 0, i).append(f);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String foldSlow(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\u0111' || c == '\u0110') {
                c = 'd';
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /// Table: 0 = not precomputed (use slow path), U+FFFF = drop the char (combining mark), else the folded char.
    private static char[] buildFoldTable() {
        char[] t = new char[0x2000];
        for (int c = 0; c < t.length; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String f = foldSlow(String.valueOf((char) c));
            if (f.isEmpty()) {
                t[c] = '\uFFFF';
            } else if (f.length() == 1) {
                t[c] = f.charAt(0);
            }
        }
        return t;
    }

    /// Escapes the LIKE wildcards of user input for a pattern used with ESCAPE '!'.
    public static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
