package vn.dangvu.common;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/// Vietnamese person order: given name, then middle name syllable by syllable, then family name,
/// each syllable compared fully (letter, then tone, then case) with the ICU4J "vi" collator (perf-baselines.md §5).
/// The key is stored hex-encoded, so plain binary string order (ORDER BY sort_key) gives Vietnamese order.
public final class VnSort {

    private static final Collator VI;
    private static final HexFormat HEX = HexFormat.of();

    static {
        Collator c = Collator.getInstance(new ULocale("vi"));
        c.setStrength(Collator.TERTIARY);
        VI = c.freeze();
    }

    private VnSort() {
    }

    /// Raw key bytes; compare with [java.util.Arrays#compareUnsigned(byte[], byte[])].
    public static byte[] personKeyBytes(String family, String middle, String given) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48);
        group(out, given);
        group(out, middle);
        group(out, family);
        return out.toByteArray();
    }

    /// Hex form of [#personKeyBytes]; lexicographic order of the strings equals the Vietnamese order.
    public static String personKey(String family, String middle, String given) {
        return HEX.formatHex(personKeyBytes(family, middle, given));
    }

    /// Sort key for a unit or any single text (word-by-word).
    public static String textKey(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48);
        group(out, text);
        return HEX.formatHex(out.toByteArray());
    }

    private static void group(ByteArrayOutputStream out, String words) {
        if (words != null) {
            for (String w : words.trim().split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                out.write(0x02);
                byte[] k = VI.getCollationKey(w).toByteArray();
                out.write(k, 0, k.length);
            }
        }
        out.write(0x01);
    }

    /// Compares two texts with the Vietnamese collator, word by word.
    public static int compareText(String a, String b) {
        return textKey(a == null ? "" : a).compareTo(textKey(b == null ? "" : b));
    }
}
