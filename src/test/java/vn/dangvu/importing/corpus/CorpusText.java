package vn.dangvu.importing.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.importing.LegacyVietnamese;

/// CSV files of the corpus and the legacy encodings communes' old files come in: TCVN3 (ABC fonts, the bytes
/// Excel saved as Windows-1252) and Windows-1258 (Vietnamese code page: tone marks as separate combining bytes).
final class CorpusText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CorpusText() {
    }

    /// Writes rows as CSV: fields holding the separator, a quote or a line break are quoted.
    static void csv(Path file, Charset cs, boolean bom, char sep, String eol, List<Object[]> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    sb.append(sep);
                }
                String v = row[c] == null ? "" : row[c].toString();
                boolean quote = v.indexOf(sep) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
                sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(eol);
        }
        raw(file, cs, bom, sb.toString());
    }

    static void raw(Path file, Charset cs, boolean bom, String text) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] out = new byte[(bom ? BOM.length : 0) + body.length];
        if (bom) {
            System.arraycopy(BOM, 0, out, 0, BOM.length);
        }
        System.arraycopy(body, 0, out, out.length - body.length, body.length);
        Files.write(file, out);
    }

    /// Unicode text as TCVN3 shows in Windows-1252 ("Nguyễn" -> "NguyÔn"), from the importer's own table.
    static String tcvn3(String unicode) throws IOException {
        Map<Character, String> table = new HashMap<>();
        try (InputStream in = LegacyVietnamese.class.getResourceAsStream("legacy-vietnamese.tsv");
             BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] p = line.split("\t");
                    table.put(p[0].charAt(0), p[2]);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            sb.append(table.getOrDefault(c, String.valueOf(c)));
        }
        return sb.toString();
    }

    /// Unicode text in the Windows-1258 form: base letters with their vowel marks (â, ê, ô, ă, ơ, ư) precomposed,
    /// tone marks as combining characters after them, which is what the code page can encode.
    static String windows1258Form(String unicode) {
        String nfd = Normalizer.normalize(unicode, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder cluster = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (char c : nfd.toCharArray()) {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                flush(out, cluster, tones);
                cluster.append(c);
            } else if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else {
                cluster.append(c);
            }
        }
        flush(out, cluster, tones);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder cluster, StringBuilder tones) {
        out.append(Normalizer.normalize(cluster, Normalizer.Form.NFC)).append(tones);
        cluster.setLength(0);
        tones.setLength(0);
    }
}
