package vn.dangvu.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.PersonName;
import vn.dangvu.db.Database;
import vn.dangvu.members.Gender;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.NewMember;
import vn.dangvu.settings.SetupRequest;

class MemberBrowserViewModelTest {

    @TempDir
    Path dir;

    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<String> queries = new ArrayList<>();

    private MemberBrowserViewModel fake() {
        return new MemberBrowserViewModel(q -> {
            queries.add(q.search());
            return List.of();
        }, tasks);
    }

    @Test
    void typingQuicklyRunsOneQueryForTheLastText() {
        MemberBrowserViewModel vm = fake();

        vm.search().set("n");
        vm.search().set("ng");
        vm.search().set("nguy");

        assertEquals(List.of(), queries);
        tasks.runTimers();
        assertEquals(List.of("nguy"), queries);
    }

    @Test
    void pausesBetweenKeysRunOneQueryEach() {
        MemberBrowserViewModel vm = fake();
        vm.load();

        vm.search().set("le");
        tasks.runTimers();
        vm.search().set("le van");
        tasks.runTimers();

        assertEquals(List.of("", "le", "le van"), queries);
    }

    @Test
    void sameTextAfterCleaningDoesNotQueryAgain() {
        MemberBrowserViewModel vm = fake();
        vm.search().set("le");
        tasks.runTimers();

        vm.search().set(" le  ");
        tasks.runTimers();

        assertEquals(List.of("le"), queries);
    }

    @Test
    void accentFreeSearchOnARealDatabase() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("app")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            for (String n : List.of("Nguyễn Thị Hương", "Trần Văn An", "Lê Thị Hường")) {
                ctx.members().register(new NewMember(PersonName.parse(n), Gender.FEMALE, LocalDate.of(1980, 3, 9),
                        root, MemberStatus.OFFICIAL, null, null, null, null, null, null, null));
            }
            MemberBrowserViewModel vm = new MemberBrowserViewModel(ctx.members()::list, tasks);
            vm.load();
            assertEquals(3, vm.rows().size());
            assertEquals("3 đảng viên", vm.summary().get());

            vm.search().set("huong");
            tasks.runTimers();

            assertEquals(List.of("Nguyễn Thị Hương", "Lê Thị Hường"),
                    vm.rows().stream().map(MemberRow::fullName).sorted((a, b) -> b.compareTo(a)).toList());
            assertEquals("Tìm thấy 2 đảng viên cho “huong”", vm.summary().get());
            MemberRow first = vm.rows().get(0);
            assertEquals("09/03/1980", MemberBrowserViewModel.birthDate(first));
            assertEquals("Chính thức", MemberBrowserViewModel.status(first));
            assertEquals("Đảng bộ xã Phú Sơn", first.unitName());
            assertEquals(2, ctx.members().list(new MemberQuery("huong", java.util.Optional.empty())).size());
        }
    }
}
