package vn.dangvu.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.UnitRules.LeaderRole;

/// Every unit operation on a real H2 file, including the refusals (which must leave the data unchanged).
class UnitServiceTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private AppContext ctx;
    private UnitService units;
    private long root;
    private long dong;
    private long tay;

    @BeforeEach
    void open() throws Exception {
        ctx = new AppContext(Database.create(dir.resolve("app")));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bình", "", 2025, 2030));
        units = ctx.units();
        root = units.all().get(0).id();
        dong = cell(root, "Chi bộ thôn Đông");
        tay = cell(root, "Chi bộ thôn Tây");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private long cell(long parent, String name) throws AppException {
        return units.create(new NewUnit(Optional.of(parent), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET), name,
                Optional.of(LocalDate.of(2020, 1, 1)), Optional.of("12-QĐ/ĐU")));
    }

    private long member(long unit, String name, MemberStatus status) throws AppException {
        return TestMembers.add(ctx, unit, name, status);
    }

    private String snapshot() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("party_unit", "party_member", "membership_event", "leadership_assignment", "audit_log")) {
            sb.append(ctx.db().dsl().fetch("SELECT * FROM " + table + " ORDER BY id").formatCSV());
        }
        return sb.toString();
    }

    /// The operation is refused with this message key and nothing in the database changes.
    private void refused(String key, Executable op) {
        String before = snapshot();
        AppException e = assertThrows(AppException.class, op);
        assertEquals(key, e.key());
        assertTrue(!e.userMessage().startsWith("!"), e.userMessage());
        assertEquals(before, snapshot());
    }

    private int audits(String action) {
        return ctx.db().dsl().fetchCount(ctx.db().dsl().selectFrom("audit_log").where("action_code = ?", action));
    }

    @Test
    void createChecksKindPlacementAndSiblingNames() throws Exception {
        long group = units.create(new NewUnit(Optional.of(dong), UnitKind.PARTY_GROUP, Optional.empty(), "Tổ đảng xóm 1",
                Optional.empty(), Optional.empty()));
        assertEquals(Optional.of(dong), units.details(group).orElseThrow().unit().parentId());
        // the commune committee made by the setup, the two cells and the group
        assertEquals(4, audits("UNIT_CREATE"));

        refused("unit.error.placement", () -> units.create(new NewUnit(Optional.of(root), UnitKind.PARTY_GROUP,
                Optional.empty(), "Tổ đảng lạc", Optional.empty(), Optional.empty())));
        refused("unit.error.placement", () -> units.create(new NewUnit(Optional.of(group), UnitKind.SUBORDINATE_CELL,
                Optional.empty(), "Chi bộ lạc", Optional.empty(), Optional.empty())));
        refused("unit.error.parentRequired", () -> units.create(new NewUnit(Optional.empty(), UnitKind.SUBORDINATE_CELL,
                Optional.empty(), "Chi bộ mồ côi", Optional.empty(), Optional.empty())));
        refused("unit.error.nameTaken", () -> cell(root, "  chi bo thon dong "));
        refused("unit.error.nameRequired", () -> cell(root, " \t"));
        refused("unit.error.nameTooLong", () -> cell(root, "C".repeat(201)));
        // the same name under another parent is fine
        long gb = units.create(new NewUnit(Optional.of(root), UnitKind.GRASSROOTS_COMMITTEE, Optional.empty(),
                "Đảng bộ Trường", Optional.empty(), Optional.empty()));
        cell(gb, "Chi bộ thôn Đông");
    }

    @Test
    void renameIgnoresCaseAndAccentsAmongActiveSiblingsOnly() throws Exception {
        units.rename(dong, "Chi bộ thôn Đông Hòa");
        assertEquals("Chi bộ thôn Đông Hòa", units.details(dong).orElseThrow().unit().name());
        assertEquals(1, audits("UNIT_RENAME"));
        refused("unit.error.nameTaken", () -> units.rename(dong, "CHI BO THON TAY"));
        refused("unit.error.nameRequired", () -> units.rename(dong, ""));
        units.rename(dong, "chi bộ thôn đông hòa");

        units.dissolve(tay, Optional.of(D), Optional.of("5-QĐ/ĐU"));
        units.rename(dong, "Chi bộ thôn Tây");
        refused("unit.error.dissolved", () -> units.rename(tay, "Chi bộ cũ"));
    }

    @Test
    void updateKeepsTheDetailFields() throws Exception {
        units.update(new UnitUpdate(dong, "Chi bộ thôn Đông", Optional.of(CellType.RETIREES), Optional.of("CB01"),
                Optional.of(LocalDate.of(2019, 5, 1)), Optional.of("7-QĐ/ĐU"), Optional.of("ngày 5 hằng tháng"),
                Optional.of("ghi chú")));
        UnitDetails d = units.details(dong).orElseThrow();
        assertEquals(Optional.of(CellType.RETIREES), d.unit().cellType());
        assertEquals(Optional.of("CB01"), d.shortCode());
        assertEquals(Optional.of("ngày 5 hằng tháng"), d.meetingSchedule());
        assertEquals(Optional.of("ghi chú"), d.note());
        assertEquals(Optional.of(LocalDate.of(2019, 5, 1)), d.unit().establishedDate());
        assertEquals(1, audits("UNIT_UPDATE"));
    }

    @Test
    void moveRefusesCyclesAndWrongKinds() throws Exception {
        long gb = units.create(new NewUnit(Optional.of(root), UnitKind.GRASSROOTS_COMMITTEE, Optional.empty(),
                "Đảng bộ Trường", Optional.empty(), Optional.empty()));
        long group = units.create(new NewUnit(Optional.of(dong), UnitKind.PARTY_GROUP, Optional.empty(), "Tổ đảng 1",
                Optional.empty(), Optional.empty()));
        units.move(dong, gb);
        assertEquals(Optional.of(gb), units.details(dong).orElseThrow().unit().parentId());
        assertEquals(1, audits("UNIT_MOVE"));

        refused("unit.error.moveCycle", () -> units.move(gb, gb));
        refused("unit.error.moveCycle", () -> units.move(gb, group));
        refused("unit.error.moveCycle", () -> units.move(dong, group));
        refused("unit.error.placement", () -> units.move(group, root));
        refused("unit.error.placement", () -> units.move(gb, tay));
        cell(gb, "Chi bộ thôn Tây");
        refused("unit.error.nameTaken", () -> units.move(tay, gb));
        units.move(group, tay);
        assertEquals(Optional.of(tay), units.details(group).orElseThrow().unit().parentId());
    }

    @Test
    void mergeMovesMembersOnTheRollWithDatedEventsAndKeepsTheSourceAsHistory() throws Exception {
        long a = member(tay, "Nguyễn Văn An", MemberStatus.OFFICIAL);
        long b = member(tay, "Trần Thị Bình", MemberStatus.PROBATIONARY);
        long dead = member(tay, "Lê Văn Cường", MemberStatus.DECEASED);
        member(dong, "Phạm Văn Dũng", MemberStatus.OFFICIAL);
        long lead = units.addLeader(new NewLeader(tay, Optional.of(a), LeaderRole.SECRETARY, Optional.of(LocalDate.of(2025, 5, 1)),
                Optional.empty(), Optional.of("2025–2027"), Optional.of(LocalDate.of(2027, 5, 1)), Optional.empty()));

        int moved = units.merge(tay, dong, Optional.of(D), Optional.of("9-QĐ/ĐU"));

        assertEquals(2, moved);
        UnitDetails target = units.details(dong).orElseThrow();
        assertEquals(2, target.fullMembers());
        assertEquals(1, target.probationaryMembers());
        UnitDetails source = units.details(tay).orElseThrow();
        assertEquals(Optional.of(D), source.dissolvedDate());
        assertEquals(Optional.of(dong), source.mergedIntoId());
        assertEquals(Optional.of("9-QĐ/ĐU"), source.dissolvedDecision());
        assertEquals("Chi bộ thôn Tây", source.unit().name());
        var events = ctx.db().dsl().fetch("SELECT member_id, event_type, event_date, from_unit_id, to_unit_id, status_before,"
                + " status_after FROM membership_event WHERE event_type = 'UNIT_MERGE' ORDER BY member_id");
        assertEquals(2, events.size());
        assertEquals(List.of(a, b), events.getValues(0, Long.class));
        for (var e : events) {
            assertEquals(EventType.UNIT_MERGE.name(), e.get(1));
            assertEquals(D, e.get(2, LocalDate.class));
            assertEquals(tay, e.get(3, Long.class));
            assertEquals(dong, e.get(4, Long.class));
            assertEquals(e.get(5), e.get(6));
        }
        // the deceased member stays with the dissolved cell's history
        assertEquals(tay, ctx.db().dsl().fetchValue("SELECT unit_id FROM party_member WHERE id = " + dead, Long.class));
        assertEquals(Optional.of(D), units.leaders(tay).stream().filter(l -> l.id() == lead).findFirst().orElseThrow().to());
        assertEquals(1, audits("UNIT_MERGE"));
    }

    @Test
    void mergeRefusals() throws Exception {
        member(tay, "Nguyễn Văn An", MemberStatus.OFFICIAL);
        long gb = units.create(new NewUnit(Optional.of(root), UnitKind.GRASSROOTS_COMMITTEE, Optional.empty(),
                "Đảng bộ Trường", Optional.empty(), Optional.empty()));
        refused("unit.error.mergeDateRequired", () -> units.merge(tay, dong, Optional.empty(), Optional.empty()));
        refused("unit.error.mergeSame", () -> units.merge(tay, tay, Optional.of(D), Optional.empty()));
        refused("unit.error.mergeNotCells", () -> units.merge(tay, gb, Optional.of(D), Optional.empty()));
        refused("unit.error.mergeDateBeforeEstablished", () -> units.merge(tay, dong, Optional.of(LocalDate.of(2019, 1, 1)),
                Optional.empty()));
        units.create(new NewUnit(Optional.of(tay), UnitKind.PARTY_GROUP, Optional.empty(), "Tổ đảng 1",
                Optional.empty(), Optional.empty()));
        refused("unit.error.mergeHasChildren", () -> units.merge(tay, dong, Optional.of(D), Optional.empty()));
        units.dissolve(dong, Optional.of(D), Optional.empty());
        refused("unit.error.dissolved", () -> units.merge(tay, dong, Optional.of(D), Optional.empty()));
    }

    @Test
    void dissolveKeepsHistoryAndRefusesWhileMembersOrChildrenRemain() throws Exception {
        long m = member(tay, "Nguyễn Văn An", MemberStatus.SUSPENDED);
        refused("unit.error.dissolveHasMembers", () -> units.dissolve(tay, Optional.of(D), Optional.empty()));
        assertTrue(I18n.t("unit.error.dissolveHasMembers", "Chi bộ thôn Tây", 1).contains("còn 1 đảng viên"));
        refused("unit.error.dissolveRoot", () -> units.dissolve(root, Optional.of(D), Optional.empty()));
        refused("unit.error.dissolveDateRequired", () -> units.dissolve(dong, Optional.empty(), Optional.empty()));
        refused("unit.error.dissolveDateBeforeEstablished", () -> units.dissolve(dong, Optional.of(LocalDate.of(2010, 1, 1)),
                Optional.empty()));
        long gb = units.create(new NewUnit(Optional.of(root), UnitKind.GRASSROOTS_COMMITTEE, Optional.empty(),
                "Đảng bộ Trường", Optional.empty(), Optional.empty()));
        cell(gb, "Chi bộ giáo viên");
        refused("unit.error.dissolveHasChildren", () -> units.dissolve(gb, Optional.of(D), Optional.empty()));

        ctx.db().dsl().execute("UPDATE party_member SET status = 'DECEASED' WHERE id = " + m);
        units.dissolve(tay, Optional.of(D), Optional.of("3-QĐ/ĐU"));
        UnitDetails d = units.details(tay).orElseThrow();
        assertEquals(Optional.of(D), d.dissolvedDate());
        assertEquals(Optional.of("3-QĐ/ĐU"), d.dissolvedDecision());
        assertEquals(4, units.all().size() - 1);
        assertEquals(1, audits("UNIT_DISSOLVE"));
        refused("unit.error.dissolved", () -> units.dissolve(tay, Optional.of(D), Optional.empty()));
    }

    @Test
    void leadershipAddEndRemoveWithOneSecretaryAtATime() throws Exception {
        long a = member(dong, "Nguyễn Văn An", MemberStatus.OFFICIAL);
        long b = member(dong, "Trần Thị Bình", MemberStatus.OFFICIAL);
        long s1 = units.addLeader(new NewLeader(dong, Optional.of(a), LeaderRole.SECRETARY, Optional.of(LocalDate.of(2022, 5, 1)),
                Optional.empty(), Optional.of("2022–2025"), Optional.of(LocalDate.of(2025, 5, 1)), Optional.of("4-QĐ/ĐU")));
        refused("leader.error.secondSecretary", () -> units.addLeader(new NewLeader(dong, Optional.of(b), LeaderRole.SECRETARY,
                Optional.of(LocalDate.of(2025, 6, 1)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        refused("leader.error.memberRequired", () -> units.addLeader(new NewLeader(dong, Optional.empty(), LeaderRole.DEPUTY_SECRETARY,
                Optional.of(D), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        refused("leader.error.fromRequired", () -> units.addLeader(new NewLeader(dong, Optional.of(b), LeaderRole.DEPUTY_SECRETARY,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        refused("leader.error.toBeforeFrom", () -> units.addLeader(new NewLeader(dong, Optional.of(b), LeaderRole.DEPUTY_SECRETARY,
                Optional.of(D), Optional.of(D.minusDays(1)), Optional.empty(), Optional.empty(), Optional.empty())));
        refused("leader.error.termEndBeforeFrom", () -> units.addLeader(new NewLeader(dong, Optional.of(b), LeaderRole.DEPUTY_SECRETARY,
                Optional.of(D), Optional.empty(), Optional.empty(), Optional.of(D.minusYears(1)), Optional.empty())));
        refused("leader.error.toBeforeFrom", () -> units.endLeader(s1, Optional.of(LocalDate.of(2021, 1, 1))));
        refused("leader.error.toRequired", () -> units.endLeader(s1, Optional.empty()));

        units.endLeader(s1, Optional.of(LocalDate.of(2025, 5, 31)));
        long s2 = units.addLeader(new NewLeader(dong, Optional.of(b), LeaderRole.SECRETARY, Optional.of(LocalDate.of(2025, 6, 1)),
                Optional.empty(), Optional.of("2025–2027"), Optional.of(LocalDate.of(2027, 6, 1)), Optional.empty()));
        assertEquals(List.of(s2, s1), units.leaders(dong).stream().map(LeaderAssignment::id).toList());
        assertEquals("Trần Thị Bình", units.leaders(dong).get(0).memberName());
        units.removeLeader(s1);
        assertEquals(List.of(s2), units.leaders(dong).stream().map(LeaderAssignment::id).toList());
        refused("leader.error.notFound", () -> units.removeLeader(s1));
        assertEquals(1, audits("LEADER_END"));
        assertEquals(2, audits("LEADER_ADD"));
        assertEquals(1, audits("LEADER_REMOVE"));
        assertEquals(List.of(a, b), units.candidates(root).stream().map(UnitMemberRef::id).sorted().toList());
    }

    @Test
    void warningsFollowMembersAndLeadership() throws Exception {
        for (int i = 0; i < 9; i++) {
            member(dong, "Nguyễn Văn A" + (char) ('a' + i), MemberStatus.OFFICIAL);
        }
        long t1 = member(tay, "Trần Văn Tâm", MemberStatus.OFFICIAL);
        units.addLeader(new NewLeader(tay, Optional.of(t1), LeaderRole.SECRETARY, Optional.of(LocalDate.of(2020, 5, 1)),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2025, 5, 1)), Optional.empty()));

        List<UnitRules.Warning> ws = units.warnings(D);

        assertEquals(List.of(
                dong + " unit.warning.noCommittee", dong + " unit.warning.noSecretary",
                tay + " unit.warning.fewMembers", tay + " unit.warning.secretaryTermEnded"),
                ws.stream().map(w -> w.unitId() + " " + w.key()).toList());
        units.merge(tay, dong, Optional.of(D), Optional.empty());
        assertEquals(List.of("unit.warning.noCommittee", "unit.warning.noSecretary"),
                units.warnings(D).stream().map(UnitRules.Warning::key).toList());
    }

    @Test
    void warningsOverTheDemoCommune() throws Exception {
        Path base = dir.resolve("demo").resolve("app");
        try (Database db = Database.create(base)) {
            new AppContext(db).demo().populate(new DemoOptions(1000, 7), p -> { });
        }
        try (AppContext demo = new AppContext(Database.open(base))) {
            long t0 = System.nanoTime();
            List<UnitRules.Warning> ws = demo.units().warnings(LocalDate.of(2026, 11, 21));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 2000, ms + " ms");
            // measured for the report: warnings over the 1000-member demo commune
            System.out.printf("UnitService.warnings: %d warnings over %d units in %d ms%n", ws.size(),
                    demo.units().all().size(), ms);
            for (UnitRules.Warning w : ws) {
                PartyUnit u = demo.units().all().stream().filter(x -> x.id() == w.unitId()).findFirst().orElseThrow();
                assertTrue(u.kind().isCell() && u.active(), w.toString());
                assertTrue(!I18n.t(w.key(), w.args().toArray()).startsWith("!"));
            }
            // the demo's cells serve the 2025–2030 term (a few are still on 2020–2025): after it, most warn
            long cells = demo.units().all().stream().filter(u -> u.active() && u.kind().isCell()).count();
            long ended = demo.units().warnings(LocalDate.of(2030, 12, 31)).stream()
                    .filter(w -> w.key().equals("unit.warning.secretaryTermEnded")).count();
            assertTrue(ended > cells / 2, ended + " of " + cells);
        }
    }
}
