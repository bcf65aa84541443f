package vn.dangvu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.UnitRules;

class DemoServiceTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
            # members, cells: about one cell per 40 members, clamped to 12..40
            1,      12
            300,    12
            500,    13
            1000,   25
            1600,   40
            100000, 40
            """)
    void cellCountScalesWithMembers(int members, int cells) {
        assertEquals(cells, DemoCommune.cellCount(members));
        assertEquals(cells, DemoCommune.plan(members).stream().filter(DemoCommune.Unit::isCell).count());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # due day, badge round (3/2, 19/5, 2/9, 7/11)
            2025-01-10, 2025-02-03
            2025-02-03, 2025-02-03
            2025-02-04, 2025-05-19
            2025-08-31, 2025-09-02
            2025-11-08, 2026-02-03
            """)
    void badgeRoundIsTheFirstOnOrAfterTheDueDay(LocalDate due, LocalDate round) {
        assertEquals(round, DemoAwards.round(due));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            100,   EXCELLENT
            90,    EXCELLENT
            89.5,  GOOD
            70,    GOOD
            69.5,  COMPLETED
            50,    COMPLETED
            49.5,  NOT_COMPLETED
            """)
    void q366LevelFollowsTheScore(double score, String level) {
        assertEquals(level, DemoHistory.levelOf(score));
    }

    @Test
    void refusesADatabaseWithData() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("x")))) {
            ctx.settings().setup(new SetupRequest("A", "B", "", "", 2025, 2030));
            AppException e = assertThrows(AppException.class,
                    () -> ctx.demo().populate(new DemoOptions(10, 1), p -> { }));
            assertEquals("demo.error.notEmpty", e.key());
        }
    }

    @Test
    void smallestCommuneWorksAndIsSearchable() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("y")))) {
            DemoSummary s = ctx.demo().populate(new DemoOptions(1, 3), p -> { });
            assertEquals(1, s.members());
            assertEquals(12, s.cells());
            List<MemberRow> all = ctx.members().list(MemberQuery.all());
            assertEquals(1, all.size());
            String given = all.get(0).givenName();
            assertEquals(1, ctx.members().list(new MemberQuery(given, Optional.empty())).size());
        }
    }

    @Test
    void aFewCellsStillHaveASecretaryWhoseTermEnded() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("terms")))) {
            DemoSummary s = ctx.demo().populate(new DemoOptions(300, 5), p -> { });
            List<UnitRules.Warning> ended = ctx.units().warnings(DemoCommune.AS_OF).stream()
                    .filter(w -> w.key().equals("unit.warning.secretaryTermEnded")).toList();
            assertTrue(!ended.isEmpty(), "no cell with an ended secretary term");
            assertTrue(ended.size() <= s.cells() / 2, ended.size() + " of " + s.cells() + " cells: most held their congress");
            for (UnitRules.Warning w : ended) {
                assertEquals(DemoLeaders.OLD_TERM_END, w.args().get(1), w.toString());
            }
            assertTrue(ended.stream().anyMatch(w -> w.unitName().equals("Chi bộ thôn Đông")), ended.toString());
            // before the old term ended, the same demo has nothing to warn about secretaries' terms
            assertTrue(ctx.units().warnings(LocalDate.of(2025, 9, 30)).stream()
                    .noneMatch(w -> w.key().equals("unit.warning.secretaryTermEnded")));
        }
    }

    /// Members are written 1,000 per transaction: every chunk is written, the last partial one too, and each
    /// member's status is the one its last event gave (MemberRules through MemberService.importMembers).
    @Test
    void writesEveryMemberOfSeveralChunksWithTheStatusOfTheirHistory() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("chunks")))) {
            DemoSummary s = ctx.demo().populate(new DemoOptions(2_001, 7), p -> { });
            assertEquals(2_001, s.members());
            assertEquals(2_001, ctx.members().count());
            var t = ctx.db().dsl();
            assertEquals(2_001L, ((Number) t.fetchValue("SELECT COUNT(*) FROM membership_event WHERE event_type = 'ADMISSION'"))
                    .longValue());
            assertEquals(0L, ((Number) t.fetchValue("SELECT COUNT(*) FROM party_member m WHERE m.status <> (SELECT e.status_after"
                    + " FROM membership_event e WHERE e.member_id = m.id ORDER BY e.event_date DESC, e.id DESC LIMIT 1)")).longValue());
            assertEquals(0L, ((Number) t.fetchValue("SELECT COUNT(*) FROM membership_event e WHERE e.event_type <> 'ADMISSION'"
                    + " AND e.status_before IS NULL")).longValue());
            assertTrue(((Number) t.fetchValue("SELECT COUNT(*) FROM leadership_assignment")).longValue() > 40);
        }
    }
}
