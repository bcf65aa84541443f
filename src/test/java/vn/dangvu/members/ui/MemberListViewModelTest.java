package vn.dangvu.members.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dangvu.TestClocks;
import vn.dangvu.common.I18n;
import vn.dangvu.members.AgeBand;
import vn.dangvu.members.CodeItem;
import vn.dangvu.members.MemberExportService.Column;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The member list ViewModel with a fake source and the synchronous BackgroundTasks (no FX toolkit).
class MemberListViewModelTest {

    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<MemberQuery> queries = new ArrayList<>();
    private final List<String> exported = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private List<Column> stored = List.of(Column.FULL_NAME, Column.STATUS);
    private Runnable onList = () -> { };

    private static MemberRow row(long id, String name, Gender g, MemberStatus s) {
        return new MemberRow(id, name, "", "", name, g, LocalDate.of(1980, 1, 1), 1L, "Chi bộ thôn Đông", s, "C" + id,
                LocalDate.of(2005, 5, 19), "k" + id, "ETH_01", "Kinh", null, null, null, 20, "DAY");
    }

    private final List<MemberRow> all = List.of(row(1, "An", Gender.MALE, MemberStatus.OFFICIAL),
            row(2, "Bình", Gender.FEMALE, MemberStatus.PROBATIONARY), row(3, "Cúc", Gender.FEMALE, MemberStatus.DECEASED));

    private MemberListViewModel vm() {
        MemberListViewModel.Source source = new MemberListViewModel.Source() {
            @Override
            public List<MemberRow> list(MemberQuery q) {
                queries.add(q);
                onList.run();
                return all.stream().filter(r -> q.filter().matches(r)).toList();
            }

            @Override
            public int count() {
                return all.size();
            }

            @Override
            public List<CodeItem> codes(String kind) {
                return List.of(new CodeItem("ETH_01", "Kinh"));
            }

            @Override
            public List<Choice<Long>> cells() {
                return List.of(new Choice<>(1L, "Chi bộ thôn Đông"));
            }
        };
        MemberListViewModel.ColumnStore store = new MemberListViewModel.ColumnStore() {
            @Override
            public List<Column> load() {
                return stored;
            }

            @Override
            public void save(List<Column> columns) {
                stored = columns;
            }
        };
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String message) {
                infos.add(message);
            }

            @Override
            public void showInfo(String title, String message) {
                infos.add(message);
            }
        };
        return new MemberListViewModel(source, (out, cols, rows) -> exported.add(cols + " " + rows.size() + " " + out),
                store, tasks, dialogs, TestClocks.at(2026, 11, 21));
    }

    @Test
    void typingQuicklyRunsOneQueryForTheLastText() {
        MemberListViewModel vm = vm();
        vm.search().set("n");
        vm.search().set("ng");
        vm.search().set("nguy");
        assertEquals(List.of(), queries);
        tasks.runTimers();
        assertEquals(List.of("nguy"), queries.stream().map(MemberQuery::search).toList());
    }

    @Test
    void filtersBuildTheQueryAndTheCountLineSaysHowManyOfAll() {
        MemberListViewModel vm = vm();
        vm.load();
        // the list opens on the members on the roll ("Đang sinh hoạt"): not the deceased Cúc
        assertEquals(List.of("An", "Bình"), vm.rows().stream().map(MemberRow::fullName).toList());
        assertEquals(I18n.t("members.list.onRollCount", 2, 3), vm.summary().get());
        assertEquals("Đang sinh hoạt", vm.status().get().label());

        vm.status().set(vm.statuses().getFirst());
        assertEquals(3, vm.rows().size());
        assertEquals(I18n.t("members.browser.count", 3), vm.summary().get());

        vm.gender().set(vm.genders().get(2));
        assertEquals(2, vm.rows().size());
        assertEquals(I18n.t("members.list.shown", 2, 3), vm.summary().get());
        vm.status().set(vm.statuses().get(1));
        assertEquals(List.of("Bình"), vm.rows().stream().map(MemberRow::fullName).toList());
        vm.cell().set(vm.cells().get(1));
        vm.ethnicity().set(vm.ethnicities().get(1));
        vm.ageBand().set(vm.ageBands().stream().filter(c -> c.value() == AgeBand.FROM_40_TO_49).findFirst().orElseThrow());
        MemberQuery q = queries.getLast();
        assertEquals(Optional.of(1L), q.unitId());
        assertEquals("ETH_01", q.filter().ethnicityCode());
        assertEquals(Gender.FEMALE, q.filter().gender());
        assertTrue(q.filter().statuses().contains(MemberStatus.SUSPENDED));
        assertEquals(false, q.filter().statuses().contains(MemberStatus.DECEASED));

        vm.clearFilters();
        assertEquals(2, vm.rows().size());
        assertEquals(Set.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.TEMPORARILY_AWAY,
                MemberStatus.EXEMPT_WORK_MEETINGS, MemberStatus.SUSPENDED), queries.getLast().filter().statuses());
    }

    @Test
    void chosenColumnsAreStoredAndTheExportGetsExactlyTheShownRowsAndColumns() {
        MemberListViewModel vm = vm();
        vm.load();
        assertEquals(List.of(Column.FULL_NAME, Column.STATUS), vm.visibleColumns());
        vm.visible(Column.PARTY_AGE).set(true);
        assertEquals(List.of(Column.FULL_NAME, Column.STATUS, Column.PARTY_AGE), stored);
        vm.status().set(vm.statuses().getFirst());
        vm.gender().set(vm.genders().get(2));

        vm.export(Path.of("out.xlsx"));

        assertEquals(List.of("[FULL_NAME, STATUS, PARTY_AGE] 2 out.xlsx"), exported);
        assertEquals(List.of(I18n.t("members.list.exportDone", 2, Path.of("out.xlsx"))), infos);
        assertEquals("20", MemberListViewModel.text(Column.PARTY_AGE, all.getFirst()));
        assertEquals("19/05/2005", MemberListViewModel.text(Column.ADMISSION_DATE, all.getFirst()));
    }

    @Test
    void saysItIsLoadingWhileTheFirstListIsRead() {
        MemberListViewModel[] vm = new MemberListViewModel[1];
        List<String> during = new ArrayList<>();
        onList = () -> during.add(vm[0].loading().get() + " " + vm[0].summary().get());
        vm[0] = vm();
        vm[0].load();
        assertEquals("true Đang tải danh sách đảng viên…", during.getFirst());
        assertFalse(vm[0].loading().get());
        assertEquals(I18n.t("members.list.onRollCount", 2, 3), vm[0].summary().get());
        vm[0].search().set("bình");
        tasks.runTimers();
        assertEquals("false " + I18n.t("members.list.onRollCount", 2, 3), during.getLast(), "later queries keep the rows shown, no loading text");
    }
}
