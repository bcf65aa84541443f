package vn.dangvu.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.settings.SetupRequest;

class WorkingYearServiceTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private WorkingYearService years;

    @BeforeEach
    void open() throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(2026, 11, 21));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        years = ctx.years();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aYearOpensWithTheRuleSetInForceAndLastYearsTermTheme() throws AppException {
        WorkingYear y2024 = years.open(2024, Optional.of("  Học tập và làm theo  về văn hóa "));
        assertEquals("Q124_HD25", y2024.ruleSetCode());
        assertEquals(YearState.OPEN, y2024.state());
        assertEquals(Optional.of("Học tập và làm theo về văn hóa"), y2024.yearTheme());
        years.setThemes(2024, "Ý chí tự lực, tự cường", "Học tập và làm theo về văn hóa");

        WorkingYear y2025 = years.open(2025, Optional.empty());
        assertEquals("Q366_HD43", y2025.ruleSetCode());
        assertEquals(Optional.of("Ý chí tự lực, tự cường"), y2025.termTheme());
        assertEquals(Optional.empty(), y2025.yearTheme());
        assertEquals(List.of(2025, 2024), years.list().stream().map(WorkingYear::year).toList());
        assertEquals(2025, years.currentYear());
    }

    @Test
    void openReviewCloseAndReopenWithAReasonKeptInTheTrail() throws AppException {
        years.open(2025, Optional.empty());
        years.requireWritable(2025);
        assertEquals(YearState.REVIEWING, years.startReview(2025).state());
        assertEquals(YearState.CLOSED, years.close(2025).state());
        assertTrue(years.find(2025).orElseThrow().closedAt().isPresent());

        refused("year.error.closed", () -> years.requireWritable(2025));
        refused("year.error.closed", () -> years.setThemes(2025, "x", "y"));
        refused("year.error.reasonRequired", () -> years.reopen(2025, "   "));

        WorkingYear again = years.reopen(2025, "Sửa xếp loại chi bộ thôn 3 theo kết luận kiểm tra");
        assertEquals(YearState.REVIEWING, again.state());
        years.requireWritable(2025);
        List<AuditEntry> trail = ctx.audit().find(AuditQuery.of("working_year", 2025));
        assertEquals(List.of("YEAR_REOPEN", "YEAR_CLOSE", "YEAR_REVIEW", "YEAR_OPEN"),
                trail.stream().map(AuditEntry::action).toList());
        assertEquals(Optional.of("Sửa xếp loại chi bộ thôn 3 theo kết luận kiểm tra"), trail.get(0).reason());
        assertEquals(Optional.of("CLOSED"), trail.get(0).oldValue());
    }

    @Test
    void badYearsAndTransitionsAreRefusedAndWriteNothing() throws AppException {
        refused("year.error.outOfRange", () -> years.open(1929, Optional.empty()));
        refused("year.error.outOfRange", () -> years.open(2029, Optional.empty()));
        refused("year.error.notOpened", () -> years.requireWritable(2026));
        refused("year.error.notOpened", () -> years.close(2026));
        years.open(2026, Optional.empty());
        refused("year.error.exists", () -> years.open(2026, Optional.empty()));
        refused("year.error.transition", () -> years.reopen(2026, "không khóa sổ"));
        refused("year.error.themeTooLong", () -> years.setThemes(2026, "x".repeat(1001), ""));
        refused("year.error.unknownRuleSet", () -> years.setRuleSet(2026, "Q999"));
        assertEquals(1, years.list().size());
        assertEquals(YearState.OPEN, years.find(2026).orElseThrow().state());
    }

    private void refused(String key, Executable op) {
        AppException e = assertThrows(AppException.class, op);
        assertEquals(key, e.key());
        assertTrue(!e.userMessage().startsWith("!"), e.userMessage());
        assertTrue(!e.userMessage().contains("2.0"), "years print without a thousands separator: " + e.userMessage());
    }
}
