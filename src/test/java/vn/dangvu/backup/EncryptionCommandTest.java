package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.cli.Cli;
import vn.dangvu.db.Database;
import vn.dangvu.db.KeyFile;

/// The command line of encryption at rest: `encryption on|off|password|status`, the global `--password-file`
/// (`check`, `backup`, `restore` on an encrypted file), the clear message when it is missing, and the recovery sheet.
class EncryptionCommandTest {

    @TempDir
    Path dir;

    @Test
    void onWritesTheRecoverySheetAndEveryCommandThenNeedsThePasswordFile() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "Mật khẩu xã 2026\r\n", StandardCharsets.UTF_8);
        Path sheet = dir.resolve("to-khoi-phuc.pdf");
        String db = base.toString();

        CliRun noSheet = CliRun.of("--db", db, "--password-file", pw.toString(), "encryption", "on");
        assertEquals(Cli.BAD_INPUT, noSheet.code(), noSheet.toString());
        assertTrue(noSheet.err().contains("--sheet"), noSheet.err());
        assertFalse(KeyFile.exists(base));

        CliRun on = CliRun.of("--db", db, "--password-file", pw.toString(), "encryption", "on", "--sheet", sheet.toString());
        assertEquals(Cli.OK, on.code(), on.toString());
        assertTrue(KeyFile.exists(base));
        String text;
        try (PDDocument p = Loader.loadPDF(sheet.toFile())) {
            text = new PDFTextStripper().getText(p);
        }
        assertTrue(text.contains("TỜ KHÔI PHỤC"), text);
        assertTrue(text.contains("Đơn vị: Xã Phú Sơn, Đảng bộ tỉnh Khánh Hòa"), text);
        assertTrue(text.contains("Phú Sơn, ngày"), text);
        if (System.getenv("DANGVU_KEEP_PDF") != null) {
            Files.copy(sheet, Path.of(System.getenv("DANGVU_KEEP_PDF")), StandardCopyOption.REPLACE_EXISTING);
        }
        Matcher code = Pattern.compile("([A-Z2-9]{4}-){6}[A-Z2-9]{4}").matcher(text);
        assertTrue(code.find(), text);
        // the code on the sheet opens the data
        Database.open(base, EncryptionService.unlockWithRecoveryCode(base, code.group())).close();

        CliRun none = CliRun.of("--db", db, "check");
        assertEquals(Cli.BAD_INPUT, none.code(), none.toString());
        assertTrue(none.err().contains("đã được mã hóa") && none.err().contains("--password-file"), none.err());
        Path wrong = Files.writeString(dir.resolve("sai.txt"), "mat khau xa 2026\n", StandardCharsets.UTF_8);
        CliRun bad = CliRun.of("--db", db, "--password-file", wrong.toString(), "check");
        assertEquals(Cli.BAD_INPUT, bad.code(), bad.toString());
        assertTrue(bad.err().contains("Mật khẩu không đúng"), bad.err());
        Path empty = Files.writeString(dir.resolve("trong.txt"), "\n", StandardCharsets.UTF_8);
        CliRun blank = CliRun.of("--db", db, "--password-file", empty.toString(), "check");
        assertEquals(Cli.BAD_INPUT, blank.code(), blank.toString());
        assertTrue(blank.err().contains("trống"), blank.err());

        CliRun check = CliRun.of("--db", db, "--password-file", pw.toString(), "check");
        assertEquals(Cli.OK, check.code(), check.toString());
        CliRun status = CliRun.of("--db", db, "encryption", "status");
        assertTrue(status.out().contains("đã được mã hóa"), status.toString());

        CliRun backup = CliRun.of("--db", db, "--password-file", pw.toString(), "backup");
        assertEquals(Cli.OK, backup.code(), backup.toString());
        Path made = Path.of(backup.out().trim());
        CliRun restoreNoPw = CliRun.of("--db", db, "restore", made.toString());
        assertEquals(Cli.BAD_INPUT, restoreNoPw.code(), restoreNoPw.toString());
        CliRun restore = CliRun.of("--db", db, "--password-file", pw.toString(), "restore", made.toString());
        assertEquals(Cli.OK, restore.code(), restore.toString());

        Path fresh = Files.writeString(dir.resolve("moi.txt"), "mật khẩu mới dài\n", StandardCharsets.UTF_8);
        CliRun changed = CliRun.of("--db", db, "--password-file", pw.toString(), "encryption", "password",
                "--new-password-file", fresh.toString());
        assertEquals(Cli.OK, changed.code(), changed.toString());
        assertEquals(Cli.BAD_INPUT, CliRun.of("--db", db, "--password-file", pw.toString(), "check").code());
        CliRun off = CliRun.of("--db", db, "--password-file", fresh.toString(), "encryption", "off");
        assertEquals(Cli.OK, off.code(), off.toString());
        assertFalse(KeyFile.exists(base));
        assertEquals(Cli.OK, CliRun.of("--db", db, "check").code());
    }
}
