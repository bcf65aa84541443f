package vn.dangvu.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestMembers;
import vn.dangvu.backup.BackupService;
import vn.dangvu.backup.BackupTestSupport;
import vn.dangvu.db.Database;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The Sao lưu screen's logic on a real database, with the synchronous task runner and recorded dialogs.
class BackupViewModelTest {

    @TempDir
    Path dir;

    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final List<String> restored = new ArrayList<>();
    private boolean answer;
    private Optional<Path> folder = Optional.empty();
    private AppContext ctx;

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            questions.add(title + ": " + message + " [" + yes + "/" + no + "]");
            return answer;
        }
    };

    private final BackupViewModel.Chooser chooser = new BackupViewModel.Chooser() {
        @Override
        public Optional<Path> folder() {
            return folder;
        }

        @Override
        public Optional<Path> backupFile(Path in) {
            return Optional.empty();
        }

        @Override
        public <T> Optional<T> pick(List<T> items, Function<T, String> label) {
            return Optional.of(items.get(items.size() - 1));
        }
    };

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    private BackupViewModel vm(List<String> drives) throws Exception {
        Path base = dir.resolve("xa");
        try (AppContext c = new AppContext(Database.create(base), TestClocks.at(2026, 11, 21))) {
            c.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn A", "", 2025, 2030));
            TestMembers.add(c, TestMembers.form("Nguyễn Thị Hương", Gender.FEMALE, LocalDate.of(1980, 1, 1), c.units().all().get(0).id(),
                    LocalDate.of(2005, 5, 19), null, LocalDate.of(2006, 5, 19)), MemberStatus.OFFICIAL);
        }
        ctx = new AppContext(Database.open(base), TestClocks.at(2026, 11, 21));
        BackupService service = BackupTestSupport.withDrives(ctx, dir.resolve("machine"), drives);
        BackupViewModel vm = new BackupViewModel(service, tasks, dialogs, chooser, (file, other) -> restored.add(file + " " + other));
        vm.load();
        return vm;
    }

    @Test
    void aNewCommuneIsWarnedAndBackingUpListsTheVerifiedBackup() throws Exception {
        BackupViewModel vm = vm(List.of());
        assertEquals("Chưa có bản sao lưu nào. Các bản sao lưu tự động được lưu trong thư mục " + dir.resolve("backups") + ".",
                vm.lastLine().get());
        assertEquals("Dữ liệu chưa từng được sao lưu.\nChưa có bản sao lưu nào ra ngoài máy này: nếu ổ cứng hỏng hoặc máy bị mất, "
                + "dữ liệu mất hết. Hãy bấm «Sao lưu ra USB».", vm.warning().get());

        vm.backupNow();
        assertEquals(List.of(), errors);
        assertEquals(1, vm.rows().size());
        BackupViewModel.Row row = vm.rows().get(0);
        assertEquals(List.of("09:00 21/11/2026", "sao lưu tay", "nhị phân + lệnh SQL", "1", "Đã kiểm tra", "xa-20261121-090000-manual.mv.db"),
                List.of(row.when(), row.why(), row.forms(), row.members(), row.status(), row.file()));
        assertEquals("Lần sao lưu gần nhất (đã kiểm tra): lúc 09:00 21/11/2026, trong thư mục " + dir.resolve("backups")
                + " trên máy này.", vm.lastLine().get());
        assertTrue(vm.warning().get().startsWith("Chưa có bản sao lưu nào ra ngoài máy này"), vm.warning().get());
        assertEquals(false, vm.working().get());
    }

    @Test
    void oneStickIsUsedInOneClickAndTheUserIsToldItIsSafeToRemove() throws Exception {
        BackupViewModel vm = vm(List.of("KINGSTON"));
        vm.backupToUsb();
        assertEquals(List.of(), errors);
        assertEquals(List.of(), questions, "no question with one stick");
        Path target = dir.resolve("machine/media/KINGSTON/DangVu-SaoLuu");
        assertTrue(Files.exists(target.resolve("xa-20261121-090000-outside.mv.db")));
        assertEquals(1, infos.size());
        assertTrue(infos.get(0).contains("Có thể rút USB an toàn"), infos.get(0));
        assertEquals("", vm.warning().get(), "backed up today, and outside this PC");
        assertEquals("Bản sao lưu ra ngoài máy gần nhất: lúc 09:00 21/11/2026, vào " + target + ".", vm.outsideLine().get());
    }

    @Test
    void withoutAStickTheUserChoosesAFolderAndWithSeveralADrive() throws Exception {
        BackupViewModel vm = vm(List.of());
        vm.backupToUsb();
        assertEquals(List.of(), infos, "chooser cancelled: nothing done");
        folder = Optional.of(Files.createDirectories(dir.resolve("chép ra")));
        vm.backupToUsb();
        assertTrue(Files.exists(dir.resolve("chép ra/xa-20261121-090000-outside.mv.db")), infos.toString());

        BackupViewModel two = vm2(List.of("A", "B"));
        two.backupToUsb();
        assertTrue(Files.exists(dir.resolve("machine2/media/B/DangVu-SaoLuu/xa-20261121-090000-outside-2.mv.db")), infos.toString());
    }

    private BackupViewModel vm2(List<String> drives) throws Exception {
        BackupService service = BackupTestSupport.withDrives(ctx, dir.resolve("machine2"), drives);
        BackupViewModel vm = new BackupViewModel(service, tasks, dialogs, chooser, (file, other) -> restored.add(file + " " + other));
        vm.load();
        return vm;
    }

    @Test
    void restoreShowsWhatTheBackupHoldsAndAsksFirst() throws Exception {
        BackupViewModel vm = vm(List.of());
        vm.backupNow();
        Path file = vm.rows().get(0).path();
        vm.restore(Optional.of(file));
        assertEquals(1, questions.size());
        String q = questions.get(0);
        assertTrue(q.startsWith("Khôi phục dữ liệu từ bản sao lưu: Dữ liệu đang dùng sẽ được thay bằng bản sao lưu này:"), q);
        assertTrue(q.contains("Sao lưu lúc 09:00 21/11/2026 (sao lưu tay)."), q);
        assertTrue(q.contains("Gồm 1 tổ chức đảng, 1 đảng viên, 0 năm công tác."), q);
        assertTrue(q.contains("Dữ liệu của: Xã Phú Sơn, Đảng bộ tỉnh Khánh Hòa."), q);
        assertTrue(q.endsWith("[Khôi phục/Không khôi phục]"), q);
        assertEquals(List.of(), restored, "answered no");

        answer = true;
        vm.restore(Optional.of(file));
        assertEquals(List.of(file + " false"), restored);
    }

    @Test
    void checkTellsTheResult() throws Exception {
        BackupViewModel vm = vm(List.of());
        vm.backupNow();
        vm.check();
        assertEquals(List.of(), errors);
        assertTrue(infos.get(0).startsWith("Kết quả kiểm tra dữ liệu: Tệp dữ liệu: "), infos.get(0));
        assertTrue(infos.get(0).endsWith("Kết quả: không thấy hư hỏng; dữ liệu giống hệt bản sao lưu."), infos.get(0));
    }
}
