package vn.dangvu.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The audit screen's model with a fake trail and the synchronous task runner: what each filter asks of the
/// trail, the Vietnamese rows and detail, refused dates, the entity filter, the limit, the operator name, and the
/// history of one entity.
class AuditViewModelTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 21, 9, 5, 7);

    /// Answers every query with the same entries and keeps the queries it was asked.
    private static final class FakeTrail implements AuditViewModel.Source {
        final List<AuditQuery> queries = new ArrayList<>();
        List<AuditEntry> entries = List.of(
                entry(3, "MEMBER_EDIT", "party_member", 12L, "Nguyễn Văn An: homeTown: Hà Tĩnh -> Nghệ An", "Nguyễn Thị Lan"),
                entry(2, "YEAR_REOPEN", "working_year", 2025L, "YEAR_REOPEN 2025", null),
                entry(1, "MEMBER_IMPORT", "party_member", null, "Import ds.xlsx: 3 new", null));
        boolean failing;

        @Override
        public List<AuditEntry> find(AuditQuery q) throws AppException {
            queries.add(q);
            if (failing) {
                throw new AppException("db.error.readOnly", "D:\\dangvu.mv.db");
            }
            return entries;
        }

        @Override
        public List<String> actionCodes() {
            return List.of("MEMBER_EDIT", "MEMBER_IMPORT", "UNIT_MERGE", "YEAR_REOPEN", "NEW_FEATURE_CODE");
        }

        @Override
        public Map<Long, String> names(String entityType, Set<Long> ids) {
            return entityType.equals("party_member") ? Map.of(12L, "Nguyễn Văn An") : Map.of();
        }

        AuditQuery last() {
            return queries.getLast();
        }
    }

    private static final class Remembered implements AuditViewModel.Operator {
        String name = "";

        @Override
        public String get() {
            return name;
        }

        @Override
        public void set(String n) {
            name = n;
        }
    }

    private final FakeTrail trail = new FakeTrail();
    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final Remembered operator = new Remembered();

    private static AuditEntry entry(long id, String action, String type, Long entityId, String summary, String operator) {
        return new AuditEntry(id, T.minusDays(id), "quyen", Optional.ofNullable(operator), action, Optional.of(type),
                Optional.ofNullable(entityId), summary, action.equals("YEAR_REOPEN") ? Optional.of("CLOSED") : Optional.empty(),
                action.equals("YEAR_REOPEN") ? Optional.of("REVIEWING") : Optional.empty(),
                action.equals("YEAR_REOPEN") ? Optional.of("Sửa xếp loại") : Optional.empty());
    }

    private AuditViewModel loaded() {
        AuditViewModel vm = new AuditViewModel(trail, tasks, operator);
        vm.load();
        return vm;
    }

    @Test
    void loadShowsTheNewestEntriesInVietnamese() {
        AuditViewModel vm = loaded();
        assertEquals(AuditQuery.all(AuditViewModel.LIMIT + 1), trail.last());
        assertEquals(3, vm.rows().size());
        AuditRow edit = vm.rows().getFirst();
        assertEquals("18/11/2026 09:05:07", edit.time());
        assertEquals("Nguyễn Thị Lan (tài khoản quyen)", edit.who());
        assertEquals("Sửa hồ sơ đảng viên", edit.kind());
        assertEquals("Đảng viên: Nguyễn Văn An", edit.object());
        assertEquals("Năm công tác số 2025", vm.rows().get(1).object());
        assertEquals("CLOSED → REVIEWING", vm.rows().get(1).change());
        assertEquals("quyen", vm.rows().get(2).who());
        assertEquals("Đảng viên", vm.rows().get(2).object());
        assertEquals("3 thay đổi, mới nhất ở trên.", vm.countLine().get());
        assertEquals("Chưa có tên: mỗi thay đổi chỉ ghi tài khoản đăng nhập máy tính.", vm.operatorLine().get());
    }

    @Test
    void kindsAreGroupedAndNamedWithUnknownCodesShownAsTheyAre() {
        AuditViewModel vm = loaded();
        assertEquals(List.of("Mọi loại thay đổi",
                "Đảng viên (tất cả)", "Nhập danh sách từ Excel", "Sửa hồ sơ đảng viên",
                "Tổ chức đảng (tất cả)", "Hợp nhất chi bộ",
                "Năm công tác (tất cả)", "Mở lại năm đã khóa sổ",
                "Khác (tất cả)", "NEW_FEATURE_CODE"), vm.kinds().stream().map(AuditViewModel.Kind::label).toList());
        vm.kind.set(vm.kinds().get(1));
        tasks.runTimers();
        assertEquals(Set.of("MEMBER_EDIT", "MEMBER_IMPORT"), trail.last().actions());
        vm.kind.set(vm.kinds().get(5));
        tasks.runTimers();
        assertEquals(Set.of("UNIT_MERGE"), trail.last().actions());
    }

    @Test
    void eachFilterGoesIntoTheQueryAfterThePause() {
        AuditViewModel vm = loaded();
        int asked = trail.queries.size();
        vm.from.set(LocalDate.of(2026, 11, 1));
        vm.to.set(LocalDate.of(2026, 11, 30));
        vm.who.set("  lan ");
        vm.text.set(" nghệ  an ");
        assertEquals(asked, trail.queries.size(), "typing waits for the pause");
        tasks.runTimers();
        assertEquals(asked + 1, trail.queries.size());
        AuditQuery q = trail.last();
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), q.from());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), q.to());
        assertEquals(Optional.of("lan"), q.who());
        assertEquals(Optional.of("nghệ an"), q.text());
        assertEquals(Optional.empty(), q.entityType());

        vm.clearFilters();
        assertEquals(AuditQuery.all(AuditViewModel.LIMIT + 1), trail.last());
        assertEquals("", vm.who.get());
        assertEquals(null, vm.from.get());
    }

    @Test
    void aRefusedDateOrAnInvertedPeriodStopsTheQueryAndSaysWhy() {
        AuditViewModel vm = loaded();
        int asked = trail.queries.size();
        vm.typedDate(true, Dates.read("31/02/2026"));
        tasks.runTimers();
        assertEquals(asked, trail.queries.size());
        assertEquals("Từ ngày: 31/02/2026 không có trong lịch.", vm.filterMessage().get());
        vm.typedDate(true, Dates.read("01/11/2026"));
        vm.from.set(LocalDate.of(2026, 11, 1));
        vm.to.set(LocalDate.of(2026, 10, 1));
        tasks.runTimers();
        assertEquals(asked, trail.queries.size());
        assertEquals("Đến ngày: phải từ 01/11/2026 trở đi.", vm.filterMessage().get());
        vm.to.set(null);
        tasks.runTimers();
        assertEquals(asked + 1, trail.queries.size());
        assertEquals("", vm.filterMessage().get());
    }

    @Test
    void theSelectedEntrysEntityCanBeFollowedAndLeft() {
        AuditViewModel vm = loaded();
        assertFalse(vm.canShowEntity().get());
        vm.selected.set(vm.rows().get(2));
        assertFalse(vm.canShowEntity().get(), "an import is about no single member");
        vm.selected.set(vm.rows().getFirst());
        assertTrue(vm.canShowEntity().get());
        assertEquals(String.join("\n",
                "Thời điểm: 18/11/2026 09:05:07",
                "Người thao tác: Nguyễn Thị Lan (tài khoản quyen)",
                "Loại thay đổi: Sửa hồ sơ đảng viên (MEMBER_EDIT)",
                "Đối tượng: Đảng viên: Nguyễn Văn An",
                "Nội dung ghi: Nguyễn Văn An: homeTown: Hà Tĩnh -> Nghệ An"), vm.detail().get());
        vm.text.set("x");
        vm.showSelectedEntity();
        assertEquals(Optional.of("party_member"), trail.last().entityType());
        assertEquals(Optional.of(12L), trail.last().entityId());
        assertEquals(Optional.of("x"), trail.last().text());
        assertTrue(vm.entityFiltered().get());
        assertEquals("Đảng viên: Nguyễn Văn An", vm.entityLine().get());
        vm.clearEntity();
        assertEquals(Optional.empty(), trail.last().entityId());
        assertFalse(vm.entityFiltered().get());
    }

    @Test
    void aFullPageSaysThereIsMoreAndAFailureIsShown() {
        trail.entries = LongStream.rangeClosed(1, AuditViewModel.LIMIT + 1)
                .mapToObj(i -> entry(i, "MEMBER_EDIT", "party_member", i, "x", null)).toList();
        AuditViewModel vm = loaded();
        assertEquals(AuditViewModel.LIMIT, vm.rows().size());
        assertEquals("Đang hiện 1.000 thay đổi mới nhất; hãy thu hẹp bộ lọc để xem các thay đổi cũ hơn.", vm.countLine().get());
        trail.failing = true;
        vm.apply();
        assertEquals(List.of(), vm.rows());
        assertEquals("Dữ liệu D:\\dangvu.mv.db đang được mở ở chế độ chỉ đọc (ổ đĩa, thư mục hoặc tệp không cho ghi) nên không "
                + "thay đổi được. Muốn sửa, hãy chép tệp sang ổ đĩa ghi được rồi mở bản chép đó.", vm.filterMessage().get());
    }

    @Test
    void theOperatorNameIsCleanedKeptAndShown() {
        AuditViewModel vm = loaded();
        vm.operator.set("  Nguyễn   Thị Lan ");
        vm.saveOperator();
        assertEquals("Nguyễn Thị Lan", operator.name);
        assertEquals("Nguyễn Thị Lan", vm.operator.get());
        assertEquals("Từ giờ mỗi thay đổi ghi thêm tên người thao tác: Nguyễn Thị Lan.", vm.operatorLine().get());
        vm.operator.set(" ");
        vm.saveOperator();
        assertEquals("", operator.name);
        assertEquals(new AuditViewModel(trail, tasks, operator).operatorLine().get(), vm.operatorLine().get());
    }

    @Test
    void theHistoryOfOneEntityAsksOnlyForItAndKeepsItAfterClearing() {
        AuditViewModel vm = AuditViewModel.forEntity(trail, tasks, "party_member", 12, "Đảng viên: Nguyễn Văn An");
        assertTrue(vm.history());
        vm.load();
        assertEquals(AuditQuery.all(AuditViewModel.LIMIT + 1).entity("party_member", 12), trail.last());
        assertEquals("Đảng viên: Nguyễn Văn An", vm.entityLine().get());
        vm.clearEntity();
        vm.clearFilters();
        assertEquals(Optional.of(12L), trail.last().entityId());
        vm.selected.set(vm.rows().getFirst());
        assertFalse(vm.canShowEntity().get());
        assertEquals(List.of(), vm.kinds().stream().skip(1).toList(), "no kinds are read for one entity's history");
    }
}
