package vn.dangvu.help;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The user guide's Markdown (docs/user-guide/README.md) as one HTML page, for reading offline in the browser.
/// Only what the guide uses: headings (each with an id from its text, accents dropped: "4. Màn hình chính" →
/// `4-man-hinh-chinh`), paragraphs, lists (continued by indented lines), tables, images, code, bold, italics and
/// links. Kept small on purpose instead of a Markdown library (one page we write ourselves).
public final class GuideHtml {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile(
            "`([^`]+)`|!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|\\*\\*(.+?)\\*\\*|\\*([^*\\s][^*]*?)\\*");

    private GuideHtml() {
    }

    /// A whole HTML document with a small stylesheet.
    public static String page(String markdown) {
        List<String> ids = new ArrayList<>();
        String body = body(markdown, ids);
        String title = markdown.lines().map(String::strip).filter(l -> l.startsWith("# ")).findFirst()
                .map(l -> l.substring(2).strip()).orElse("Đảng vụ");
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /// The ids of the headings, in order (what [UserGuide] may point at).
    public static Set<String> headingIds(String markdown) {
        List<String> ids = new ArrayList<>();
        body(markdown, ids);
        return new LinkedHashSet<>(ids);
    }

    private static String body(String markdown, List<String> ids) {
        StringBuilder out = new StringBuilder();
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher h = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (line.strip().startsWith("```")) {
                out.append("<pre><code>");
                i++;
                while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
                    out.append(escape(lines.get(i))).append('\n');
                    i++;
                }
                out.append("</code></pre>\n");
                i++;
            } else if (h.matches()) {
                int level = h.group(1).length();
                String text = h.group(2).strip();
                String id = unique(slug(text), ids);
                ids.add(id);
                out.append("<h").append(level).append(" id=\"").append(id).append("\">").append(inline(text))
                        .append("</h").append(level).append(">\n");
                i++;
            } else if (line.strip().startsWith("|")) {
                i = table(lines, i, out);
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                i = list(lines, i, out);
            } else if (line.startsWith(">")) {
                StringBuilder quote = new StringBuilder();
                while (i < lines.size() && lines.get(i).startsWith(">")) {
                    quote.append(lines.get(i).substring(1).strip()).append(' ');
                    i++;
                }
                out.append("<blockquote><p>").append(inline(quote.toString().strip())).append("</p></blockquote>\n");
            } else {
                StringBuilder p = new StringBuilder();
                while (i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i))) {
                    p.append(lines.get(i).strip()).append(' ');
                    i++;
                }
                out.append("<p>").append(inline(p.toString().strip())).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static boolean startsBlock(String line) {
        String s = line.strip();
        return HEADING.matcher(line).matches() || s.startsWith("|") || s.startsWith("```") || line.startsWith(">")
                || BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches();
    }

    private static int list(List<String> lines, int start, StringBuilder out) {
        boolean numbered = NUMBERED.matcher(lines.get(start)).matches();
        String tag = numbered ? "ol" : "ul";
        out.append('<').append(tag).append(">\n");
        int i = start;
        while (i < lines.size()) {
            Matcher m = (numbered ? NUMBERED : BULLET).matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            StringBuilder item = new StringBuilder(m.group(1).strip());
            i++;
            // an item goes on over indented lines that start no new item
            while (i < lines.size() && !lines.get(i).isBlank() && Character.isWhitespace(lines.get(i).charAt(0))
                    && !BULLET.matcher(lines.get(i)).matches() && !NUMBERED.matcher(lines.get(i)).matches()) {
                item.append(' ').append(lines.get(i).strip());
                i++;
            }
            out.append("<li>").append(inline(item.toString())).append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
        return i;
    }

    private static int table(List<String> lines, int start, StringBuilder out) {
        out.append("<table>\n");
        int i = start;
        boolean header = i + 1 < lines.size() && lines.get(i + 1).strip().matches("\\|?\\s*:?-{2,}.*");
        while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
            String row = lines.get(i).strip();
            i++;
            if (row.matches("\\|?[\\s:|-]+\\|?")) {
                continue;
            }
            String cell = header ? "th" : "td";
            header = false;
            out.append("<tr>");
            for (String c : cells(row)) {
                out.append('<').append(cell).append('>').append(inline(c.strip())).append("</").append(cell).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        return i;
    }

    /// The cells of a table row; a `|` inside back quotes belongs to the cell.
    private static List<String> cells(String row) {
        String r = row.startsWith("|") ? row.substring(1) : row;
        r = r.endsWith("|") ? r.substring(0, r.length() - 1) : r;
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean code = false;
        for (int k = 0; k < r.length(); k++) {
            char ch = r.charAt(k);
            if (ch == '`') {
                code = !code;
            }
            if (ch == '\\' && k + 1 < r.length() && r.charAt(k + 1) == '|') {
                cur.append('|');
                k++;
            } else if (ch == '|' && !code) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString());
        return cells;
    }

    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            if (m.group(1) != null) {
                out.append("<code>").append(escape(m.group(1))).append("</code>");
            } else if (m.group(3) != null) {
                out.append("<img src=\"").append(escape(m.group(3))).append("\" alt=\"").append(escape(m.group(2)))
                        .append("\">");
            } else if (m.group(5) != null) {
                out.append("<a href=\"").append(escape(m.group(5))).append("\">").append(inline(m.group(4))).append("</a>");
            } else if (m.group(6) != null) {
                out.append("<strong>").append(inline(m.group(6))).append("</strong>");
            } else {
                out.append("<em>").append(inline(m.group(7))).append("</em>");
            }
            at = m.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    /// A heading's id: lower case, accents and đ dropped, words joined by "-".
    public static String slug(String heading) {
        String plain = Normalizer.normalize(heading.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private static String unique(String id, List<String> taken) {
        String base = id.isEmpty() ? "muc" : id;
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 17px;
                   line-height: 1.5; max-width: 60em; margin: 1em auto; padding: 0 1em; color: #1f2328; }
            h1, h2, h3, h4 { line-height: 1.25; margin-top: 1.4em; }
            h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
            table { border-collapse: collapse; margin: .8em 0; }
            th, td { border: 1px solid #d0d7de; padding: .35em .6em; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; }
            img { max-width: 100%; border: 1px solid #d0d7de; margin: .5em 0; }
            code { background: #f6f8fa; padding: 0 .25em; border-radius: 4px; }
            :target { background: #fff8c5; }
            """;
}
