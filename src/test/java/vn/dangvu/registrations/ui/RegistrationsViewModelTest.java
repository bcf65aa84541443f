package vn.dangvu.registrations.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.registrations.Fixture;
import vn.dangvu.registrations.ItemTemplate;
import vn.dangvu.registrations.RegistrationItem;
import vn.dangvu.registrations.RegistrationStatus;
import vn.dangvu.registrations.Standing;
import vn.dangvu.registrations.Subject;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The registrations screen's logic without the toolkit: a clerk types forms one after another with the keyboard
/// (the real service on a real H2 file, tasks run at once).
class RegistrationsViewModelTest {

    @TempDir
    Path dir;
    private Fixture f;
    private SyncBackgroundTasks tasks;
    private RegistrationsViewModel vm;
    private EntryViewModel entry;
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void open() throws AppException {
        f = new Fixture(dir);
        tasks = new SyncBackgroundTasks();
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String message) {
                shown.add("error: " + message);
            }

            @Override
            public void showInfo(String title, String message) {
                shown.add(title + ": " + message);
            }
        };
        vm = new RegistrationsViewModel(f.service, RegistrationScreens.services(f.ctx.registrationImport(),
                f.ctx.registrationDocuments(), f.ctx.years()), tasks, dialogs);
        entry = vm.entry();
        vm.load();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void type(ItemRow r, String content, String measure, String deadline) {
        r.content().set(content);
        r.measure().set(measure);
        r.deadline().set(deadline);
    }

    private List<String> lines() {
        return vm.lines().stream().map(l -> l.name() + ":" + l.standing()).toList();
    }

    @Test
    void theNewestOpenYearItsFirstCellAndItsFirstMemberAreShown() {
        assertEquals(List.of(2026, 2025), vm.years());
        assertEquals(2026, vm.year().get());
        assertTrue(vm.writable().get());
        assertEquals(List.of("Chi bộ thôn 1", "Chi bộ thôn 2"), vm.cells().stream().map(c -> c.name()).toList());
        assertEquals(List.of("Đăng ký tập thể của chi bộ:MISSING", "Nguyễn Văn An:MISSING", "Lê Thị Bình:MISSING",
                "Phạm Thị Giang:EXEMPT"), lines());
        assertEquals("Nguyễn Văn An", entry.title().get());
        assertEquals("Chưa có bản đăng ký: gõ nội dung rồi lưu.", entry.state().get());
        assertEquals(1, entry.items().size());
        assertTrue(entry.editable().get());
        assertEquals("Toàn đảng bộ: 0/5 đảng viên đã đăng ký, 4 chưa đăng ký; 0 nội dung, 0 còn chung chung (tính đến 21/11/2026).",
                vm.totals().get());
    }

    @Test
    void saveAndNextSavesTheFormShowsTheStandingAndOpensTheNextMember() {
        type(entry.items().get(0), "Vận động gia đình phân loại rác", "Làm gương trước", "30/6");
        int second = entry.addItem();
        entry.items().get(second).content().set("Sống gương mẫu");
        assertTrue(entry.items().get(second).vague().get());
        assertTrue(entry.dirty().get());
        vm.saveAndNext();

        assertEquals("Lê Thị Bình", entry.title().get());
        assertEquals(List.of("Đăng ký tập thể của chi bộ:MISSING", "Nguyễn Văn An:VAGUE", "Lê Thị Bình:MISSING",
                "Phạm Thị Giang:EXEMPT"), lines());
        assertEquals("2", vm.lines().get(1).items());
        assertEquals("Chung chung", vm.lines().get(1).standingText());
        assertFalse(entry.dirty().get());
        List<RegistrationItem> saved = f.service.find(2026, Subject.member(f.an)).orElseThrow().form().items();
        assertEquals(List.of(Optional.of(LocalDate.of(2026, 6, 30)), Optional.empty()),
                saved.stream().map(RegistrationItem::deadline).toList());
        tasks.runTimers();
        assertEquals(1, vm.cells().getFirst().registered());
    }

    @Test
    void problemsShowOnTheirLineAndNothingIsSaved() {
        vm.move(1);
        assertEquals("Lê Thị Bình", entry.title().get());
        type(entry.items().get(0), "Đóng đảng phí", "Trước ngày 10", "31/2");
        entry.items().get(entry.addItem()).content().set("Học nghị quyết");
        entry.items().get(1).deadline().set("15/3/2027");
        entry.registeredDate().set("31/02/2026");
        vm.saveAndNext();
        assertEquals("Thời hạn hoàn thành: 31/2 không có trong lịch.", entry.items().get(0).problem().get());
        assertEquals("Nội dung 2 – Thời hạn hoàn thành: 15/03/2027 không thuộc năm 2026.", entry.items().get(1).problem().get());
        assertEquals("Ngày đăng ký: 31/02/2026 không có trong lịch.", entry.dateProblem().get());
        assertEquals("Có chỗ cần sửa (ghi màu đỏ dưới dòng); chưa lưu.", entry.message().get());
        assertEquals("Lê Thị Bình", entry.title().get(), "the form stays");
        assertEquals(Optional.empty(), f.service.find(2026, Subject.member(f.binh)));
        // moving away from a form that cannot be saved is refused as well
        assertFalse(vm.select(vm.lines().get(1)));
        assertEquals("Lê Thị Bình", vm.current().get().name());
        // Esc throws the typing away
        entry.discard();
        assertEquals(List.of(""), entry.items().stream().map(r -> r.content().get()).toList());
    }

    @Test
    void templatesDuplicatesAndCopyingFromAnotherMemberFillTheForm() throws AppException {
        f.service.save(Fixture.form(2026, f.an, Fixture.item("Tham gia làm đường", "Góp ngày công", "2026-09-30"),
                Fixture.item("Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn", "2026-10-31")));
        ItemTemplate t = f.service.addTemplate(2026, Fixture.item("Đóng đảng phí đầy đủ, đúng hạn", "Nộp trước ngày 10", "2026-12-31"));
        vm.load();
        vm.move(1);
        assertEquals("Lê Thị Bình", entry.title().get());
        assertEquals(List.of(t), entry.templates());
        assertEquals(0, entry.applyTemplate(t, 0));
        assertEquals("31/12/2026", entry.items().get(0).deadline().get());
        assertEquals(1, entry.duplicateLast());
        entry.copyFrom(f.an, "Nguyễn Văn An");
        assertEquals(List.of("Đóng đảng phí đầy đủ, đúng hạn", "Đóng đảng phí đầy đủ, đúng hạn", "Tham gia làm đường",
                "Giúp một hộ khó khăn"), entry.items().stream().map(r -> r.content().get()).toList());
        assertEquals("Đã chép 2 nội dung của đồng chí Nguyễn Văn An: hãy sửa cho đúng việc làm của người này.", entry.message().get());
        entry.remove(1);
        vm.save();
        assertEquals(3, f.service.find(2026, Subject.member(f.binh)).orElseThrow().form().items().size());
        assertEquals(List.of("Nguyễn Văn An"), vm.copyCandidates().stream().map(Line::name).toList());
    }

    @Test
    void aClosedYearIsShownReadOnlyAndCopyForwardMakesDrafts() throws AppException {
        f.service.save(Fixture.form(2025, f.an, Fixture.item("Tham gia làm đường", "Góp ngày công", "2025-09-30")));
        f.ctx.years().close(2025);
        vm.load();
        vm.year().set(2025);
        assertFalse(vm.writable().get());
        assertEquals("Năm công tác: Đã khóa sổ — chỉ xem, không sửa được", vm.yearState().get());
        assertFalse(entry.editable().get());
        assertFalse(entry.save(r -> { }));

        vm.year().set(2026);
        vm.copyForward();
        assertEquals("Chép từ năm trước: Đã lập bản nháp năm 2026 từ năm 2025: 1 đảng viên, 0 chi bộ, 0 mẫu nội dung. Bỏ qua 0 (đã ra"
                + " khỏi danh sách hoặc chi bộ đã giải thể) và 0 (đã có bản đăng ký). Hãy xem lại từng bản nháp rồi lưu để xác nhận.",
                shown.getLast());
        assertEquals(Standing.DRAFT, vm.lines().get(1).standing());
        assertEquals("Bản nháp chép từ năm 2025: xem lại, sửa nếu cần rồi lưu để xác nhận.", entry.state().get());
        vm.save();
        assertEquals(RegistrationStatus.CONFIRMED, f.service.find(2026, Subject.member(f.an)).orElseThrow().status());
    }

    @Test
    void findingAMemberFiltersTheList() {
        vm.filter().set("binh");
        assertEquals(List.of("Lê Thị Bình:MISSING"), lines());
        vm.filter().set("");
        assertEquals(4, vm.lines().size());
    }
}
