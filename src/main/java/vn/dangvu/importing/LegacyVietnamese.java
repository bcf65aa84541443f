package vn.dangvu.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/// Text typed before Unicode with the ABC (TCVN3, ".VnTime") or VNI ("VNI-Times") fonts looks like
/// "NguyÔn ThÞ H­¬ng" or "Nguyeãn Thò Höông" when Excel shows it without those fonts. This class detects
/// such text and converts it to Unicode NFC. Convert raw cell text BEFORE any cleaning: TCVN3 uses the
/// soft hyphen U+00AD for "ư", which cleaning would drop.
public final class LegacyVietnamese {

    /// Which encoding a text was found to be in.
    public enum Encoding { UNICODE, TCVN3, VNI }

    private static final Map<String, String> TCVN3 = new HashMap<>();
    private static final Map<String, String> VNI = new HashMap<>();
    private static final Set<Character> VIETNAMESE_LETTERS = new HashSet<>();

    static {
        try (InputStream in = LegacyVietnamese.class.getResourceAsStream("legacy-vietnamese.tsv");
             BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] p = line.split("\t");
                VIETNAMESE_LETTERS.add(p[0].charAt(0));
                if (!p[1].equals(p[0])) {
                    VNI.put(p[1], p[0]);
                }
                if (!p[2].equals(p[0])) {
                    TCVN3.put(p[2], p[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LegacyVietnamese() {
    }

    /// The detected encoding and the Unicode NFC text.
    public record Result(Encoding encoding, String text) {
    }

    /// Detects the encoding of one text and converts it. Text that is already valid Vietnamese Unicode is
    /// returned as it is (NFC); legacy text is converted when that leaves fewer non-Vietnamese letters.
    public static Result toUnicode(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Result(Encoding.UNICODE, raw == null ? "" : raw);
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int bad = foreignLetters(nfc);
        if (bad == 0 && !raw.contains("\u00AD")) {
            return new Result(Encoding.UNICODE, nfc);
        }
        String t = decode(raw, TCVN3);
        String v = decode(raw, VNI);
        int bt = implausibility(t);
        int bv = implausibility(v);
        int bo = implausibility(nfc);
        // VNI writes a letter as base vowel + mark (2 chars -> 1), so a VNI reading that is plausible and
        // shorter wins a tie; TCVN3 replaces letters one for one.
        if (bv < bo && (bv < bt || (bv == bt && v.length() < t.length()))) {
            return new Result(Encoding.VNI, v);
        }
        if ((bt < bo || raw.contains("\u00AD")) && !t.equals(raw)) {
            return new Result(Encoding.TCVN3, t);
        }
        return new Result(Encoding.UNICODE, nfc);
    }

    /// Foreign letters plus words carrying more than one tone mark: zero for real Vietnamese text.
    static int implausibility(String s) {
        int n = foreignLetters(s);
        for (String word : Normalizer.normalize(s, Normalizer.Form.NFD).split("[^\\p{L}\\p{M}]+")) {
            int tones = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323') {
                    tones++;
                }
            }
            if (tones > 1) {
                n++;
            }
        }
        return n;
    }

    /// The encoding of a whole file: a legacy encoding when some cells are clearly in it and no cell holds a
    /// letter only Unicode text can have (ư, ơ, ă, đ, ạ…); per-cell detection is ambiguous for short texts
    /// such as "Chi bé" (TCVN3 for "Chi bộ"), which are also valid Unicode.
    public static Encoding detect(Iterable<String> texts) {
        int tcvn = 0;
        int vni = 0;
        for (String t : texts) {
            if (t == null || t.isEmpty()) {
                continue;
            }
            if (hasUnicodeOnlyLetter(t)) {
                return Encoding.UNICODE;
            }
            switch (toUnicode(t).encoding()) {
                case TCVN3 -> tcvn++;
                case VNI -> vni++;
                default -> { }
            }
        }
        if (tcvn == 0 && vni == 0) {
            return Encoding.UNICODE;
        }
        return tcvn >= vni ? Encoding.TCVN3 : Encoding.VNI;
    }

    /// Whether the text changes when read as TCVN3 or VNI (it holds characters those fonts use for Vietnamese letters).
    static boolean readsAsLegacy(String s) {
        return !decode(s, TCVN3).equals(s) || !decode(s, VNI).equals(s);
    }

    static boolean hasUnicodeOnlyLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u1EA0' && c <= '\u1EF9') || c == '\u0102' || c == '\u0103' || c == '\u0110' || c == '\u0111'
                    || c == '\u0128' || c == '\u0129' || c == '\u0168' || c == '\u0169' || c == '\u01A0' || c == '\u01A1'
                    || c == '\u01AF' || c == '\u01B0') {
                return true;
            }
        }
        return false;
    }

    /// Converts text known to be in the given encoding.
    public static String decode(String raw, Encoding encoding) {
        return switch (encoding) {
            case UNICODE -> Normalizer.normalize(raw, Normalizer.Form.NFC);
            case TCVN3 -> decode(raw, TCVN3);
            case VNI -> decode(raw, VNI);
        };
    }

    private static String decode(String raw, Map<String, String> table) {
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            String hit = null;
            int len = 0;
            for (int l = 2; l >= 1 && hit == null; l--) {
                if (i + l <= raw.length()) {
                    String u = table.get(raw.substring(i, i + l));
                    if (u != null) {
                        hit = u;
                        len = l;
                    }
                }
            }
            if (hit != null) {
                sb.append(hit);
                i += len;
            } else {
                sb.append(raw.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    /// Letters that no Vietnamese word written in Unicode contains (e.g. "Þ", "¬" is not a letter but "ø" is).
    static int foreignLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            // × and ÷ are TCVN3's ì and ữ: a name or a "N÷" (Nữ) never holds them as signs
            if ((Character.isLetter(c) && !VIETNAMESE_LETTERS.contains(c)) || (c >= 0xA0 && c <= 0xBF) || c == '×' || c == '÷') {
                n++;
            }
        }
        return n;
    }
}
