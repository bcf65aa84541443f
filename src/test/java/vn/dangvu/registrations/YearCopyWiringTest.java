package vn.dangvu.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.registrations.Fixture.form;
import static vn.dangvu.registrations.Fixture.item;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.plans.OpenedYear;

/// "Sao chép từ năm trước" as the Kế hoạch section's year dialog runs it: opening 2027 through the plan service
/// with the copy asked for makes last year's registrations drafts of the new year (the composition root wires the
/// plans' YearCopy to RegistrationService.copyFromYear), and the count is what the dialog reports.
class YearCopyWiringTest {

    @TempDir
    Path dir;

    @Test
    void openingANewYearWithTheCopyMakesTheRegistrationsDrafts() throws AppException {
        try (Fixture f = new Fixture(dir)) {
            f.service.save(form(2026, f.an, item("Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn", "2026-10-31")));
            f.service.save(form(2026, f.cuong, item("Tham gia làm đường", "Góp ngày công", "2026-09-30")));

            OpenedYear opened = f.ctx.plans().openYear(2027, Optional.of("Chuyên đề năm 2027"), true);

            assertEquals(2, opened.othersCopied());
            Registration an = f.service.find(2027, Subject.member(f.an)).orElseThrow();
            assertEquals(RegistrationStatus.DRAFT, an.status());
            assertEquals(Optional.of(2026), an.copiedFromYear());
            assertTrue(f.service.find(2027, Subject.member(f.cuong)).isPresent());
            assertEquals(Optional.empty(), f.service.find(2027, Subject.member(f.binh)));
        }
    }
}
