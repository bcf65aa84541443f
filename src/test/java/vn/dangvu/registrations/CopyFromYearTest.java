package vn.dangvu.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.dangvu.registrations.Fixture.form;
import static vn.dangvu.registrations.Fixture.item;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// "Copy from last year" (issue 10): drafts of each member's and cell's items for the new year, members who left
/// skipped, new members get none, what the new year already holds is kept.
class CopyFromYearTest {

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

    @Test
    void draftsForTheNewYearWithoutAssessmentsAndWithDeadlinesMoved() throws AppException {
        RegistrationItem assessed = new RegistrationItem("Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn",
                Optional.of(LocalDate.of(2025, 10, 31)), "", Optional.of(Assessment.DONE), "Đã giúp hộ ông Tư",
                Optional.of(Assessment.DONE), "Tốt");
        s.save(new RegistrationForm(Optional.empty(), 2025, Subject.member(f.an), "Chuyên đề 2025", "Nêu gương",
                Optional.of(LocalDate.of(2025, 2, 1)), "Đã thực hiện", "Tốt", Optional.empty(),
                List.of(assessed, item("Đóng đảng phí đúng hạn", "Nộp trước ngày 10", null))));
        s.save(form(2025, f.hai, item("Đóng đảng phí", "Đúng hạn", "2025-12-31")));
        s.save(form(2025, f.cuong, item("Tham gia làm đường", "Góp ngày công", "2025-09-30")));
        s.save(form(2026, f.cuong, item("Đã đăng ký năm 2026", "Tự làm", "2026-09-30")));
        s.save(RegistrationForm.of(2025, Subject.cell(f.cell1), List.of(item("Mô hình dân vận khéo", "Phân công", "2025-10-31"))));
        s.addTemplate(2025, item("Học tập nghị quyết", "Tự nghiên cứu", "2025-06-30"));

        CopySummary copied = s.copyFromYear(2025, 2026);
        assertEquals(new CopySummary(1, 1, 1, 1, 1), copied);

        Registration an = s.find(2026, Subject.member(f.an)).orElseThrow();
        assertEquals(RegistrationStatus.DRAFT, an.status());
        assertEquals(Optional.of(2025), an.copiedFromYear());
        assertEquals("Chuyên đề 2025", an.form().study());
        assertEquals(Optional.empty(), an.form().registeredDate());
        assertEquals("", an.form().selfSummary());
        assertEquals(List.of(new RegistrationItem("Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn",
                Optional.of(LocalDate.of(2026, 10, 31)), "", Optional.empty(), "", Optional.empty(), ""),
                item("Đóng đảng phí đúng hạn", "Nộp trước ngày 10", null)), an.form().items());
        assertEquals(Standing.DRAFT, s.results(2026).get(f.an).standing());
        // Hải died in 2025: skipped; Cường already registered for 2026: kept as he typed it; Em is new: nothing
        assertEquals(Optional.empty(), s.find(2026, Subject.member(f.hai)));
        assertEquals("Đã đăng ký năm 2026", s.find(2026, Subject.member(f.cuong)).orElseThrow().form().items().get(0).content());
        assertEquals(Optional.empty(), s.find(2026, Subject.member(f.em)));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 31)),
                s.find(2026, Subject.cell(f.cell1)).orElseThrow().form().items().get(0).deadline());
        assertEquals(List.of("Học tập nghị quyết"), s.templates(2026).stream().map(ItemTemplate::content).toList());

        // confirming the draft makes it an ordinary registration
        Registration confirmed = s.save(an.form());
        assertEquals(RegistrationStatus.CONFIRMED, confirmed.status());
        assertEquals(Optional.empty(), confirmed.copiedFromYear());

        // copying again adds nothing
        assertEquals(new CopySummary(0, 0, 1, 3, 0), s.copyFromYear(2025, 2026));
    }

    @Test
    void theYearCopiedToMustBeOpenAndAnother() throws AppException {
        assertEquals("Năm chép đến phải khác năm 2026.",
                assertThrows(AppException.class, () -> s.copyFromYear(2026, 2026)).userMessage());
        assertEquals("Chưa mở năm công tác 2027: hãy mở năm này trước (mục Kế hoạch, hoặc lệnh \"year open 2027\").",
                assertThrows(AppException.class, () -> s.copyFromYear(2026, 2027)).userMessage());
    }
}
