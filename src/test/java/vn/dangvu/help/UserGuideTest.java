package vn.dangvu.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserGuideTest {

    @TempDir
    Path dir;

    @Test
    void theBundledGuideIsWrittenAsHtmlWithItsPicturesAndEveryScreenHasItsHeading() throws Exception {
        Path index = UserGuide.write(dir.resolve("help"));
        String html = Files.readString(index);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<h1 id=\"huong-dan-su-dung-dang-vu"), html.substring(0, 600));
        Set<String> ids = GuideHtml.headingIds(UserGuide.markdown());
        // every built screen opens at its own part of the guide (only the overview at "Màn hình chính")
        for (String screen : List.of("overview", "units", "members", "plans", "registrations", "evaluation", "reports", "backup")) {
            assertTrue(ids.contains(UserGuide.anchor(screen)), screen + " → " + UserGuide.anchor(screen) + " in " + ids);
            assertEquals(screen.equals("overview"), UserGuide.anchor(screen).equals(UserGuide.MAIN_SCREEN), screen);
            assertTrue(html.contains("id=\"" + UserGuide.anchor(screen) + "\""));
        }
        for (String image : UserGuide.images(UserGuide.markdown())) {
            assertTrue(html.contains("src=\"" + image + "\""), image);
            assertTrue(Files.size(index.resolveSibling(image)) > 1000, image);
        }
        assertTrue(html.contains("<table>") && html.contains("<th>Phím</th>"));
        assertEquals("file", UserGuide.at(index, "members").getScheme());
        assertEquals("tim-dang-vien", UserGuide.at(index, "members").getFragment());
        assertEquals(UserGuide.MAIN_SCREEN, UserGuide.at(index, null).getFragment());
    }

    @Test
    void markdownPiecesBecomeHtml() {
        assertEquals("4-man-hinh-chinh", GuideHtml.slug("4. Màn hình chính"));
        assertEquals("dang-ky-hoc-tap", GuideHtml.slug("Đăng ký học tập"));
        assertEquals("Chọn <strong>Lưu</strong> hoặc <code>Ctrl+S</code>, xem <em>mục 4</em> &lt;tại đây&gt;",
                GuideHtml.inline("Chọn **Lưu** hoặc `Ctrl+S`, xem *mục 4* <tại đây>"));
        String page = GuideHtml.page("""
                # Tên

                - một dòng
                  tiếp theo
                - hai

                | A | B |
                |---|---|
                | `a|b` | c |
                """);
        assertTrue(page.contains("<ul>\n<li>một dòng tiếp theo</li>\n<li>hai</li>\n</ul>"), page);
        assertTrue(page.contains("<tr><th>A</th><th>B</th></tr>\n<tr><td><code>a|b</code></td><td>c</td></tr>"), page);
    }
}
