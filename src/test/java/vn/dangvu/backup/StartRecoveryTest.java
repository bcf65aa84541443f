package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.AppWorkspace;
import vn.dangvu.db.Database;
import vn.dangvu.shell.MainWindowViewModel;
import vn.dangvu.shell.Workspace;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The window's start (issue 9): a file that does not open is offered the newest verified backup and kept aside
/// under a new name; a file changed since its last clean close is compared with the newest backup and the user
/// chooses (open anyway / restore).
class StartRecoveryTest {

    @TempDir
    Path dir;

    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<String> errors = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private boolean answer;
    private int exits;

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            questions.add(title + ": " + message + " [" + yes + "/" + no + "]");
            return answer;
        }
    };

    private Path backedUpCommune() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương", "Trần Văn An");
        try (AppContext ctx = Fixtures.open(base)) {
            Fixtures.register(ctx, "Lê Thị Bình", "Zzqxtown");
            ctx.backups().backup(BackupTrigger.MANUAL);
        }
        return base;
    }

    private MainWindowViewModel open(Path base) {
        MainWindowViewModel vm = new MainWindowViewModel(tasks, dialogs, () -> exits++);
        vm.open(() -> new AppWorkspace(new AppContext(Database.open(base), Fixtures.CLOCK), tasks, false), AppWorkspace.recovery(base, tasks));
        return vm;
    }

    /// Zeroes everything after the two file headers, as a disk that lost the data but kept the length: H2 finds no
    /// chunk to read and refuses the file (half a file was not enough: H2 may open an older chunk before the cut).
    private static void truncate(Path base) throws Exception {
        byte[] all = Files.readAllBytes(Database.dataFile(base));
        Arrays.fill(all, 8192, all.length, (byte) 0);
        Files.write(Database.dataFile(base), all);
    }

    @Test
    void aFileThatDoesNotOpenIsOfferedTheNewestBackupAndKeptAside() throws Exception {
        Path base = backedUpCommune();
        truncate(base);
        byte[] damaged = Files.readAllBytes(Database.dataFile(base));
        answer = true;
        MainWindowViewModel vm = open(base);
        assertEquals(1, questions.size(), questions + " " + errors);
        String q = questions.get(0);
        assertTrue(q.startsWith("Không mở được dữ liệu: Tệp dữ liệu " + Database.dataFile(base) + " bị hỏng"), q);
        assertTrue(q.contains("Có bản sao lưu đã kiểm tra lúc 09:00 21/11/2026 (3 đảng viên)"), q);
        assertTrue(q.endsWith("[Khôi phục/Thoát]"), q);
        assertEquals(MainWindowViewModel.Phase.READY, vm.phase().get());
        assertEquals(List.of(), errors);
        Workspace w = vm.workspace().get();
        assertTrue(w.notice().orElseThrow().startsWith("Đã khôi phục dữ liệu từ bản sao lưu lúc 09:00 21/11/2026."), w.notice().get());
        List<Path> aside = damagedFiles();
        assertEquals(1, aside.size());
        assertTrue(Arrays.equals(damaged, Files.readAllBytes(aside.get(0))), "the damaged file is kept as it was");
        vm.close();
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(3, ctx.members().count());
        }
    }

    @Test
    void declinedOrWithoutABackupTheMessageIsShownAndNothingChanges() throws Exception {
        Path base = backedUpCommune();
        truncate(base);
        byte[] damaged = Files.readAllBytes(Database.dataFile(base));
        open(base);
        assertEquals(1, questions.size());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("bị hỏng"), errors.get(0));
        assertEquals(1, exits);
        assertTrue(Arrays.equals(damaged, Files.readAllBytes(Database.dataFile(base))));
        assertEquals(List.of(), damagedFiles());

        Path other = dir.resolve("khong-sao-luu");
        Fixtures.commune(other, "Phú Sơn");
        truncate(other);
        open(other);
        assertEquals(1, questions.size(), "no backup: nothing to offer");
        assertEquals(2, errors.size());
    }

    @Test
    void aFileChangedSinceItsCleanCloseIsComparedAndTheUserChooses() throws Exception {
        Path base = backedUpCommune();
        Fixtures.patch(Database.dataFile(base), "Zzqxtown".getBytes(StandardCharsets.UTF_8), "Zzqxtowm".getBytes(StandardCharsets.UTF_8));
        MainWindowViewModel vm = open(base);
        assertEquals(1, questions.size());
        String q = questions.get(0);
        assertTrue(q.startsWith("Dữ liệu đã thay đổi từ lần đóng bình thường gần nhất: Tệp dữ liệu đã bị thay đổi từ bên ngoài"), q);
        assertTrue(q.contains("Đảng viên: 3 dòng lúc sao lưu, nay 3 dòng, hoặc nội dung khác, mà nhật ký không ghi thay đổi nào."), q);
        assertTrue(q.endsWith("[Khôi phục bản lúc 09:00 21/11/2026/Mở tiếp]"), q);
        assertEquals(MainWindowViewModel.Phase.READY, vm.phase().get(), "opened anyway");
        vm.close();
        // closed cleanly after "open anyway": that file is the sealed one now; change it again and restore this time
        Fixtures.patch(Database.dataFile(base), "Zzqxtowm".getBytes(StandardCharsets.UTF_8), "Zzqxtowz".getBytes(StandardCharsets.UTF_8));
        answer = true;
        vm = open(base);
        assertEquals(2, questions.size());
        assertEquals(MainWindowViewModel.Phase.READY, vm.phase().get());
        assertTrue(vm.workspace().get().notice().orElseThrow().startsWith("Đã khôi phục dữ liệu từ bản sao lưu lúc 09:00 21/11/2026."));
        vm.close();
        try (AppContext ctx = Fixtures.open(base)) {
            CheckReport r = ctx.backups().check();
            assertEquals(DamageRules.Verdict.SAME, r.verdict(), r.findings().toString());
        }
    }

    private List<Path> damagedFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("xa\\.damaged-\\d{8}-\\d{6}\\.mv\\.db")).toList();
        }
    }
}
