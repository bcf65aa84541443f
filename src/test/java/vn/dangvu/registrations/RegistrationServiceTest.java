package vn.dangvu.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.registrations.Fixture.form;
import static vn.dangvu.registrations.Fixture.item;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.AppException;

/// Registrations on a real H2 file: saving, editing, assessing, the refusals (closed year, dates outside the year,
/// members not on the roll in the year, duplicates), and that a refusal writes nothing.
class RegistrationServiceTest {

    @TempDir
    Path dir;
    private Fixture f;
    private RegistrationService s;

    @BeforeEach
    void open() throws AppException {
        f = new Fixture(dir);
        s = f.service;
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void refused(String message, Executable e) {
        String before = f.digest();
        AppException x = assertThrows(AppException.class, e);
        assertEquals(message, x.userMessage());
        assertEquals(before, f.digest(), "a refusal writes nothing");
    }

    @Test
    void aMembersFormIsSavedWithItsItemsInOrderAndRecorded() throws AppException {
        Registration r = s.save(new RegistrationForm(Optional.empty(), 2026, Subject.member(f.an),
                "  Chuyên đề năm 2026;   Di chúc của Bác ", "Nêu gương trong gia đình", Optional.of(LocalDate.of(2026, 2, 20)),
                "", "", Optional.empty(), List.of(
                        item("Vận động gia đình phân loại rác tại nguồn", "Làm gương trước, tuyên truyền 5 hộ liền kề", "2026-06-30"),
                        RegistrationItem.of("", "", Optional.empty()),
                        item("Đóng đảng phí đúng hạn", "", null))));
        assertEquals(RegistrationStatus.CONFIRMED, r.status());
        assertEquals(f.cell1, r.unitId());
        Registration back = s.find(2026, Subject.member(f.an)).orElseThrow();
        assertEquals("Chuyên đề năm 2026; Di chúc của Bác", back.form().study());
        assertEquals(List.of("Vận động gia đình phân loại rác tại nguồn", "Đóng đảng phí đúng hạn"),
                back.form().items().stream().map(RegistrationItem::content).toList());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 30)), back.form().items().get(0).deadline());
        assertEquals(new Tally(2, 1, 0, 0, 0), Tally.of(back.form().items()));
        List<AuditEntry> trail = f.ctx.audit().find(AuditQuery.of("learning_registration", r.id()));
        assertEquals(List.of("REGISTRATION_CREATE"), trail.stream().map(AuditEntry::action).toList());
    }

    @Test
    void anEditReplacesTheItemsAndEveryItemAssessedByTheCellMakesItReviewed() throws AppException {
        Registration r = s.save(form(2025, f.an, item("Tham gia đầy đủ sinh hoạt chi bộ", "Báo cáo trước khi vắng", "2025-12-31"),
                item("Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn", "2025-10-31")));
        RegistrationItem first = r.form().items().get(0);
        RegistrationItem second = r.form().items().get(1);
        RegistrationForm assessed = r.form().withItems(List.of(
                new RegistrationItem(first.content(), first.measure(), first.deadline(), "", Optional.of(Assessment.DONE),
                        "Không vắng buổi nào", Optional.of(Assessment.DONE), ""),
                new RegistrationItem(second.content(), second.measure(), second.deadline(), "", Optional.of(Assessment.DONE),
                        "", Optional.of(Assessment.PARTLY), "Mới giúp được nửa năm")));
        Registration reviewed = s.save(assessed);
        assertEquals(r.id(), reviewed.id());
        assertEquals(RegistrationStatus.REVIEWED, reviewed.status());
        MemberResult result = s.results(2025).get(f.an);
        assertEquals(new Tally(2, 0, 1, 1, 0), result.tally());
        assertEquals(Optional.of(Assessment.PARTLY), result.overall());
        assertEquals(Standing.ASSESSED, result.standing());
        assertEquals("Mới giúp được nửa năm", s.find(2025, Subject.member(f.an)).orElseThrow().form().items().get(1).reviewNote());
    }

    @Test
    void aSecondNewRegistrationOfTheSameMemberIsADuplicate() throws AppException {
        s.save(form(2026, f.an, item("Đóng đảng phí đúng hạn", "Nộp trước ngày 10", "2026-12-31")));
        refused("Đồng chí Nguyễn Văn An đã có bản đăng ký năm 2026: hãy mở bản đó để sửa, không lập bản thứ hai.",
                () -> s.save(form(2026, f.an, item("Học nghị quyết", "Tự nghiên cứu", "2026-05-31"))));
        refused("Đồng chí Nguyễn Văn An đã có bản đăng ký năm 2026: hãy mở bản đó để sửa, không lập bản thứ hai.",
                () -> s.insertAll(2026, List.of(form(2026, f.binh, item("a", "b", "2026-05-31")),
                        form(2026, f.an, item("Học nghị quyết", "Tự nghiên cứu", "2026-05-31")))));
    }

    @Test
    void aClosedYearIsReadOnly() throws AppException {
        s.save(form(2025, f.an, item("Đóng đảng phí đúng hạn", "Nộp trước ngày 10", "2025-12-31")));
        f.ctx.years().close(2025);
        String closed = "Năm công tác 2025 đã khóa sổ nên không sửa được dữ liệu của năm này. Muốn sửa, hãy mở lại năm và ghi rõ lý do.";
        Registration r = s.find(2025, Subject.member(f.an)).orElseThrow();
        refused(closed, () -> s.save(r.form().withItems(List.of(item("Khác", "Khác", "2025-12-01")))));
        refused(closed, () -> s.save(form(2025, f.binh, item("Học nghị quyết", "Tự nghiên cứu", "2025-05-31"))));
        refused(closed, () -> s.delete(2025, Subject.member(f.an)));
        refused(closed, () -> s.addTemplate(2025, item("Mẫu", "", null)));
        refused(closed, () -> s.copyFromYear(2024, 2025));
        refused("Chưa mở năm công tác 2024: hãy mở năm này trước (mục Kế hoạch, hoặc lệnh \"year open 2024\").",
                () -> s.save(form(2024, f.an, item("Đóng đảng phí", "Đúng hạn", "2024-12-31"))));
    }

    @Test
    void datesOutsideTheYearAreRefusedNamingTheItemAndTheField() {
        refused("Nội dung 2 – Thời hạn hoàn thành: 15/03/2027 không thuộc năm 2026.", () -> s.save(form(2026, f.an,
                item("Đóng đảng phí đúng hạn", "Nộp trước ngày 10", "2026-12-31"),
                item("Học nghị quyết", "Tự nghiên cứu", "2027-03-15"))));
        refused("Ngày đăng ký: 20/12/2025 không thuộc năm 2026.", () -> s.save(new RegistrationForm(Optional.empty(), 2026,
                Subject.member(f.an), "", "", Optional.of(LocalDate.of(2025, 12, 20)), "", "", Optional.empty(),
                List.of(item("Đóng đảng phí đúng hạn", "Nộp trước ngày 10", "2026-12-31")))));
        refused("Bản đăng ký: Bản đăng ký phải có ít nhất một việc làm cụ thể.", () -> s.save(form(2026, f.an)));
        refused("Nội dung 1 – Việc làm cụ thể: Chưa ghi việc làm (đã ghi biện pháp, thời hạn hoặc đánh giá mà chưa ghi làm việc gì).",
                () -> s.save(form(2026, f.an, item("", "Nộp trước ngày 10", "2026-12-31"))));
    }

    @Test
    void onlyMembersOnTheRollDuringTheYearRegister() throws AppException {
        refused("Đồng chí Trần Văn Dũng đã ra khỏi danh sách đảng viên của đảng bộ trước năm 2025, nên không có bản đăng ký năm 2025.",
                () -> s.save(form(2025, f.dung, item("Đóng đảng phí", "Đúng hạn", "2025-12-31"))));
        refused("Đồng chí Vũ Thị Em vào danh sách đảng viên của đảng bộ sau năm 2025, nên không có bản đăng ký năm 2025.",
                () -> s.save(form(2025, f.em, item("Đóng đảng phí", "Đúng hạn", "2025-12-31"))));
        refused("Đồng chí Hoàng Văn Hải đã ra khỏi danh sách đảng viên của đảng bộ trước năm 2026, nên không có bản đăng ký năm 2026.",
                () -> s.save(form(2026, f.hai, item("Đóng đảng phí", "Đúng hạn", "2026-12-31"))));
        // on the roll on some day of the year: Hải died in June 2025, Em was admitted in March 2026
        s.save(form(2025, f.hai, item("Đóng đảng phí", "Đúng hạn", "2025-12-31")));
        s.save(form(2026, f.em, item("Đóng đảng phí", "Đúng hạn", "2026-12-31")));
        refused("Không tìm thấy đảng viên (mã 999).", () -> s.save(form(2026, 999, item("a", "b", "2026-12-31"))));
    }

    @Test
    void coverageCountsEachCellAndFlagsVagueItems() throws AppException {
        s.save(form(2026, f.an, item("Vận động phân loại rác", "Làm gương trước", "2026-06-30"), item("Sống gương mẫu", "", null)));
        s.save(form(2026, f.cuong, item("Tham gia làm đường", "Góp ngày công", "2026-09-30")));
        s.save(RegistrationForm.of(2026, Subject.cell(f.cell1), List.of(item("Xây dựng mô hình dân vận khéo", "Phân công chi ủy viên",
                "2026-10-31"))));
        Coverage c = s.coverage(2026);
        assertEquals(LocalDate.of(2026, 11, 21), c.asOf());
        assertEquals(List.of("Chi bộ thôn 1", "Chi bộ thôn 2"), c.cells().stream().map(CellCoverage::name).toList());
        // thôn 1: An, Bình, Giang (exempt); Dũng and Hải left before 2026
        assertEquals(new CellCoverage(f.cell1, "Chi bộ thôn 1", 3, 1, 1, 1, new Tally(2, 1, 0, 0, 0), true, 1), c.cells().get(0));
        assertEquals(new CellCoverage(f.cell2, "Chi bộ thôn 2", 2, 1, 1, 0, new Tally(1, 0, 0, 0, 0), false, 0), c.cells().get(1));
        assertEquals(5, c.total().members());
        assertEquals(2, c.total().missing());
        // the yearly report's percentages: 2 of the 4 expected registered (Giang is exempt), 1 of 3 items vague
        assertEquals(50.0, c.total().registeredPercent());
        assertEquals(33.3, c.total().items().vaguePercent());
        assertEquals(0.0, c.total().items().donePercent());
        assertEquals(66.7, new Tally(3, 0, 2, 1, 0).donePercent());

        List<CellMember> thon1 = s.cellMembers(2026, f.cell1);
        assertEquals(List.of("Nguyễn Văn An:VAGUE", "Lê Thị Bình:MISSING", "Phạm Thị Giang:EXEMPT"),
                thon1.stream().map(m -> m.fullName() + ":" + m.result().standing()).toList());
        // 2025: Hải was on the roll until June and did not register: he left during the year
        assertEquals(Standing.LEFT, s.results(2025).get(f.hai).standing());
        Map<Long, MemberResult> results = s.results(2026);
        assertEquals(5, results.size());
        assertTrue(results.get(f.an).registered());
        assertEquals(Optional.empty(), results.get(f.an).overall());
    }

    @Test
    void aCellRegistersOnceAndOnlyCellsRegisterAsACollective() throws AppException {
        RegistrationForm cell = new RegistrationForm(Optional.empty(), 2026, Subject.cell(f.cell2), "Chuyên đề năm, tháng 3",
                "Mô hình \"Tuyến đường tự quản\"", Optional.empty(), "", "", Optional.of("EXCELLENT"),
                List.of(new RegistrationItem("Làm 500 m đường bê tông", "Vận động nhân dân góp công", Optional.of(LocalDate.of(2026, 8, 31)),
                        "Đồng chí Cường", Optional.empty(), "", Optional.empty(), "")));
        Registration r = s.save(cell);
        assertEquals("Đồng chí Cường", s.find(2026, Subject.cell(f.cell2)).orElseThrow().form().items().get(0).responsible());
        assertEquals(Optional.of("EXCELLENT"), r.form().targetLevel());
        refused("Chi bộ thôn 2 đã có bản đăng ký tập thể năm 2026: hãy mở bản đó để sửa, không lập bản thứ hai.", () -> s.save(cell));
        refused("Đảng bộ xã Phú Sơn không có bản đăng ký tập thể ở đây (chỉ các chi bộ và đảng bộ cơ sở).",
                () -> s.save(RegistrationForm.of(2026, Subject.cell(f.root), List.of(item("a", "b", "2026-05-05")))));
    }

    @Test
    void templatesAreAddedOnceAndRemoved() throws AppException {
        ItemTemplate t = s.addTemplate(2026, item("  Đóng đảng phí đầy đủ,  đúng hạn ", "Nộp trước ngày 10 hằng tháng", "2026-12-31"));
        assertEquals("Đóng đảng phí đầy đủ, đúng hạn", t.content());
        refused("Mẫu \"Đóng đảng phí đầy đủ, đúng hạn\" đã có trong danh sách mẫu năm 2026.",
                () -> s.addTemplate(2026, item("đóng đảng phí đầy đủ, đúng hạn", "", null)));
        refused("Mẫu phải có việc làm cụ thể.", () -> s.addTemplate(2026, RegistrationItem.of(" ", "", Optional.empty())));
        s.removeTemplate(t.id());
        assertEquals(List.of(), s.templates(2026));
    }

    @Test
    void aRegistrationEnteredByMistakeIsDeleted() throws AppException {
        Registration r = s.save(form(2026, f.binh, item("Đóng đảng phí", "Đúng hạn", "2026-12-31")));
        s.delete(2026, Subject.member(f.binh));
        assertEquals(Optional.empty(), s.find(2026, Subject.member(f.binh)));
        assertEquals("REGISTRATION_DELETE", f.ctx.audit().find(AuditQuery.of("learning_registration", r.id())).get(0).action());
        refused("Bản đăng ký này không còn (có thể vừa bị xóa hoặc được lập ở nơi khác); hãy mở lại danh sách.",
                () -> s.delete(2026, Subject.member(f.binh)));
        refused("Bản đăng ký này không còn (có thể vừa bị xóa hoặc được lập ở nơi khác); hãy mở lại danh sách.",
                () -> s.save(r.form()));
    }
}
