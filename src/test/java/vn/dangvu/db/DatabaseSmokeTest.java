package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.party.Gender;
import vn.dangvu.settings.SetupRequest;

class DatabaseSmokeTest {

    @TempDir
    Path dir;

    @Test
    void createSetupRegisterAndSearchInVietnameseOrder() throws Exception {
        Path base = dir.resolve("app");
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn A", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            for (String n : List.of("Nguyễn Thị Hương", "Trần Văn An", "Lê Thị Hường", "Phạm Văn Phường", "Đặng Thị Hưởng")) {
                ctx.members().save(TestMembers.form(n, Gender.FEMALE, LocalDate.of(1980, 1, 1), root,
                        LocalDate.of(2005, 2, 3), null, LocalDate.of(2006, 2, 3)));
            }
        }
        try (AppContext ctx = new AppContext(Database.open(base))) {
            List<String> huong = ctx.members().list(new MemberQuery("huong", Optional.empty())).stream()
                    .map(MemberRow::fullName).toList();
            assertEquals(List.of("Nguyễn Thị Hương", "Lê Thị Hường", "Đặng Thị Hưởng"), huong);
            assertEquals("Đảng bộ xã Phú Sơn", ctx.units().all().get(0).name());
            assertEquals("Đảng bộ tỉnh Khánh Hòa", ctx.settings().load().orElseThrow().provinceLine());
        }
    }
}
