package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void aYearOpensWithItsPlanWhichExportsNumbered() throws Exception {
        String db = dir.resolve("xa").toString();
        assertEquals(0, CliRun.of("--db", db, "init", "--commune", "Phú Sơn", "--province", "Khánh Hòa").code());
        CliRun open = CliRun.of("--db", db, "year", "open", "2026", "--theme", "Học tập và làm theo Bác");
        assertEquals(0, open.code(), open::toString);

        Path docx = dir.resolve("ke-hoach.docx");
        CliRun export = CliRun.of("--db", db, "plan", "export", "--year", "2026", "--out", docx.toString(), "--issue",
                "--date", "5/1/2026");
        assertEquals(0, export.code(), export::toString);
        assertTrue(export.out().contains("Đã ghi " + docx.toAbsolutePath()), export::toString);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            assertEquals("Số 01-KH/ĐU", d.getTables().getFirst().getRow(0).getCell(0).getParagraphs().getLast().getText());
        }
        CliRun again = CliRun.of("--db", db, "plan", "export", "--year", "2026", "--out", dir.resolve("b.pdf").toString(),
                "--issue");
        assertEquals(1, again.code(), again::toString);
        assertTrue(again.err().contains("Kế hoạch năm này đã có số 01-KH/ĐU (ngày 05/01/2026)"), again::toString);

        CliRun xlsx = CliRun.of("--db", db, "plan", "export", "--year", "2026", "--out", dir.resolve("kh.xlsx").toString());
        assertEquals(0, xlsx.code(), xlsx::toString);
        assertTrue(Files.size(dir.resolve("kh.xlsx")) > 0);

        CliRun badDate = CliRun.of("--db", db, "plan", "export", "--year", "2026", "--out", dir.resolve("c.docx").toString(),
                "--issue", "--date", "31/02/2026");
        assertEquals(1, badDate.code(), badDate::toString);
        CliRun odt = CliRun.of("--db", db, "plan", "export", "--year", "2026", "--out", dir.resolve("c.odt").toString());
        assertEquals(1, odt.code(), odt::toString);
        assertTrue(odt.err().contains(".docx (Word) hoặc .pdf"), odt::toString);

        CliRun copy = CliRun.of("--db", db, "year", "open", "2027", "--copy");
        assertEquals(0, copy.code(), copy::toString);
    }
}
