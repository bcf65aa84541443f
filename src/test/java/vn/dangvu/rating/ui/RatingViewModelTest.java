package vn.dangvu.rating.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.rating.Evaluation;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.RatingFixture;
import vn.dangvu.rating.RosterMember;
import vn.dangvu.rating.Subject;
import vn.dangvu.ui.SyncBackgroundTasks;
import vn.dangvu.years.WorkingYear;

/// The rating screen's logic without the screen: the live HTXSNV counter follows the level chosen before saving,
/// going over the quota asks for a justification and saves with it, a score that does not agree with the level
/// is refused with nothing written, a score that is not a number names its field, a closed year is read only.
class RatingViewModelTest {

    @TempDir
    Path dir;

    private RatingFixture f;
    private RatingViewModel vm;
    private final List<Long> dong = new ArrayList<>();

    @BeforeEach
    void setUp() throws AppException {
        f = new RatingFixture(dir);
        for (String n : List.of("Trần Văn Bảo", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Văn Em", "Vũ Văn Giang",
                "Nguyễn Văn An", "Đỗ Văn Hòa")) {
            dong.add(f.member(f.dong, n));
        }
        for (int i = 0; i < 5; i++) {
            f.rate(dong.get(i), Level.GOOD, 80 + i);
        }
        vm = new RatingViewModel(f.rating, f.ctx.ratingDocuments(),
                () -> f.ctx.years().list().stream().map(WorkingYear::year).sorted(Comparator.reverseOrder()).toList(),
                new SyncBackgroundTasks(), f.ctx.clock());
        vm.load();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void select(long member) {
        vm.selected().set(Subject.member(member));
    }

    @Test
    void theCounterFollowsTheLevelChosenBeforeSaving() {
        assertEquals(2026, vm.year().get());
        assertTrue(vm.writable().get());
        assertEquals("Chi bộ thôn Đông", vm.cell().get().name());
        assertEquals(7, vm.members().size());
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV 0 / tối đa 1 (20 % của 5 HTTNV)", vm.counter().get());

        select(dong.get(5));
        assertEquals("Nguyễn Văn An", vm.selectedName().get());
        vm.decisionLevel().set(Level.EXCELLENT);
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV 1 / tối đa 1 (20 % của 5 HTTNV)", vm.counter().get());
        assertFalse(vm.overQuota().get());
        // one of the five HTTNV chosen HTNV instead: 4 HTTNV allow none
        select(dong.get(0));
        vm.decisionLevel().set(Level.COMPLETED);
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV 0 / tối đa 0 (20 % của 4 HTTNV)", vm.counter().get());
        vm.decisionLevel().set(Level.GOOD);
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV 0 / tối đa 1 (20 % của 5 HTTNV)", vm.counter().get());
        // nothing was saved by choosing
        assertEquals(5, f.rows("evaluation"));
    }

    @Test
    void overTheQuotaAsksForAJustificationThenSavesWithIt() throws AppException {
        select(dong.get(5));
        vm.decisionLevel().set(Level.EXCELLENT);
        vm.decisionScore().set("95");
        vm.save();
        assertEquals("Đã lưu xếp loại của Nguyễn Văn An.", vm.message().get());
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV 1 / tối đa 1 (20 % của 5 HTTNV)", vm.counter().get());

        select(dong.get(6));
        vm.decisionLevel().set(Level.EXCELLENT);
        vm.decisionScore().set("93,5");
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV 2 / tối đa 1 (20 % của 5 HTTNV)", vm.counter().get());
        assertTrue(vm.overQuota().get());
        int rows = f.rows("evaluation");
        vm.save();
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV sẽ là 2, vượt mức tối đa 1 (20 % của 5 HTTNV). Muốn vượt, hãy ghi rõ lý do"
                + " (trường hợp đặc biệt được cấp có thẩm quyền đồng ý).", vm.quotaQuestion().get());
        assertEquals(rows, f.rows("evaluation"));
        vm.cancelJustification();
        assertEquals("", vm.quotaQuestion().get());
        assertEquals(rows, f.rows("evaluation"));

        vm.save();
        vm.saveWithJustification("Có thành tích đột xuất, được Tỉnh ủy tặng bằng khen");
        Evaluation e = stored(dong.get(6)).orElseThrow();
        assertEquals(Optional.of(Level.EXCELLENT), e.level());
        assertTrue(e.overQuota());
        assertEquals("Đã lưu xếp loại của Đỗ Văn Hòa.", vm.message().get());
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV 2 / tối đa 1 (20 % của 5 HTTNV)", vm.counter().get());
    }

    @Test
    void scoreAndLevelMustAgree() throws AppException {
        select(dong.get(5));
        vm.decisionLevel().set(Level.EXCELLENT);
        vm.decisionScore().set("85");
        int audit = f.rows("audit_log");
        vm.save();
        assertEquals("Nguyễn Văn An – Cấp ủy quyết định: 85 điểm chỉ đạt mức «Hoàn thành tốt nhiệm vụ», không xếp «Hoàn thành"
                + " xuất sắc nhiệm vụ» được (HTXSNV từ 90 điểm, HTTNV từ 70, HTNV từ 50, dưới 50 là KHTNV).", vm.error().get());
        assertEquals(Optional.empty(), stored(dong.get(5)));
        assertEquals(audit, f.rows("audit_log"));

        vm.selfScore().set("tám mươi");
        vm.save();
        assertEquals("Tự chấm điểm: «tám mươi» không phải là điểm (số từ 0 đến 100, ví dụ 85 hoặc 85,5).", vm.error().get());
        assertEquals(Optional.empty(), stored(dong.get(5)));

        vm.selfScore().set("");
        vm.decisionScore().set("91");
        vm.save();
        assertEquals("", vm.error().get());
        assertEquals(Optional.of(Level.EXCELLENT), stored(dong.get(5)).orElseThrow().level());
    }

    @Test
    void aClosedYearIsReadOnly() throws AppException {
        f.ctx.years().close(2025);
        vm.year().set(2025);
        assertFalse(vm.writable().get());
        select(dong.get(5));
        vm.decisionLevel().set(Level.GOOD);
        vm.save();
        assertEquals("Năm công tác 2025 đã khóa sổ nên không sửa được dữ liệu của năm này. Muốn sửa, hãy mở lại năm và ghi rõ lý do.", vm.error().get());
        assertEquals(5, f.rows("evaluation"));
    }

    private Optional<Evaluation> stored(long member) throws AppException {
        return f.rating.roster(2026).members().stream().filter(m -> m.memberId() == member).findFirst()
                .flatMap(RosterMember::stored);
    }
}
