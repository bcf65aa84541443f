package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.docnumbers.DocumentNumber;
import vn.dangvu.party.EventType;

/// The summary per cell, grassroots organisation and commune (the same from the roster while open and from the
/// stored evaluations once closed), members KHTNV two years running, the candidates for commendation, and the
/// decision on the organisations' ratings.
class RatingSummaryTest {

    @TempDir
    Path dir;
    private RatingFixture f;
    private long an;
    private long bao;
    private long cuong;
    private long dung;
    private long giang;
    private long minh;

    @BeforeEach
    void setUp() throws AppException {
        f = new RatingFixture(dir);
        an = f.member(f.dong, "Nguyễn Văn An");
        bao = f.member(f.dong, "Trần Văn Bảo");
        cuong = f.member(f.dong, "Lê Văn Cường");
        dung = f.member(f.dong, "Phạm Văn Dũng");
        long em = f.member(f.dong, "Hoàng Thị Em");
        f.event(em, EventType.EXEMPTION_START, LocalDate.of(2026, 2, 1));
        giang = f.member(f.dong, "Vũ Văn Giang");
        long hoa = f.member(f.tay, "Đỗ Thị Hoa");
        long lan = f.member(f.school, "Bùi Thị Lan");
        minh = f.member(f.school, "Ngô Văn Minh");
        for (long m : List.of(an, bao, cuong, dung, hoa, lan, minh)) {
            f.rating.save(new RatingInput(2025, Subject.member(m), Grade.NONE, Grade.NONE, Grade.of(Level.GOOD, 80), ""));
        }
        f.rating.save(new RatingInput(2025, Subject.member(an), Grade.NONE, Grade.NONE, Grade.of(Level.EXCELLENT, 93), "")
                .withJustification("Tiêu biểu"));
        f.rating.save(new RatingInput(2025, Subject.member(dung), Grade.NONE, Grade.NONE, Grade.of(Level.NOT_COMPLETED, 40), ""));
        f.rate(bao, Level.GOOD, 85);
        f.rate(cuong, Level.GOOD, 80);
        f.rating.save(new RatingInput(2026, Subject.member(an), Grade.NONE, Grade.NONE, Grade.of(Level.EXCELLENT, 96), "")
                .withJustification("Tiêu biểu"));
        f.rate(dung, Level.NOT_COMPLETED, 45);
        f.rate(hoa, Level.COMPLETED, 60);
        f.rate(lan, Level.GOOD, 75);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static List<Object> line(SummaryLine l) {
        return List.of(l.name(), l.members(), l.rated(), l.levels().excellent(), l.levels().good(), l.levels().completed(),
                l.levels().notCompleted(), l.notRated(), l.pending());
    }

    @Test
    void summaryPerCellOrganisationAndCommuneIsTheSameOpenAndClosed() throws AppException {
        Summary open = f.rating.summary(2026);
        assertEquals(List.of(
                List.of("Chi bộ thôn Đông", 6, 4, 1, 2, 0, 1, 1, 1),
                List.of("Chi bộ thôn Tây", 1, 1, 0, 0, 1, 0, 0, 0),
                List.of("Chi bộ cơ sở Trường THCS", 2, 1, 0, 1, 0, 0, 0, 1)), open.cells().stream().map(RatingSummaryTest::line).toList());
        assertEquals(List.of(
                List.of("Đảng bộ xã Phú Sơn", 7, 5, 1, 2, 1, 1, 1, 1),
                List.of("Chi bộ cơ sở Trường THCS", 2, 1, 0, 1, 0, 0, 0, 1)), open.organisations().stream().map(RatingSummaryTest::line).toList());
        assertEquals(List.of(OptionalInt.of(0), OptionalInt.of(0)), open.organisations().stream().map(SummaryLine::allowed).toList());
        assertEquals(List.of("", 9, 6, 1, 3, 1, 1, 1, 2), line(open.commune()));
        assertEquals("16,7", SummaryLine.percent(1, 6));
        assertEquals("50", SummaryLine.percent(3, 6));
        assertEquals("", SummaryLine.percent(0, 0));

        f.rate(giang, Level.GOOD, 70);
        f.rate(minh, Level.GOOD, 70);
        Summary before = f.rating.summary(2026);
        f.ctx.years().close(2026);
        Summary closed = f.rating.summary(2026);
        assertEquals(before.cells(), closed.cells());
        assertEquals(before.organisations(), closed.organisations());
        assertEquals(before.commune(), closed.commune());
        assertEquals(List.of("", 9, 8, 1, 5, 1, 1, 1, 0), line(closed.commune()));
    }

    @Test
    void membersNotCompletedTwoYearsRunningAreFlagged() throws AppException {
        assertEquals(List.of(new RatingService.Flag(dung, "Phạm Văn Dũng", f.dong, "Chi bộ thôn Đông")), f.rating.notCompletedTwice(2026));
        assertEquals(List.of(), f.rating.notCompletedTwice(2025));
    }

    @Test
    void candidatesAreTheExcellentWithTheirYearsInARow() throws AppException {
        Candidates c = f.rating.candidates(2026);
        assertEquals(1, c.members().size());
        Candidate a = c.members().getFirst();
        assertEquals(List.of("Nguyễn Văn An", "Chi bộ thôn Đông", "96", "2"), List.of(a.name(), a.unitName(),
                RatingText.score(a.score()), String.valueOf(a.yearsInRow())));
        assertEquals(List.of(), c.organisations());
        assertEquals(Optional.of(Level.EXCELLENT), Optional.ofNullable(f.rating.levels(2026).get(an)));
    }

    @Test
    void theDecisionOnTheOrganisationsTakesItsNumberFromTheRegister() throws AppException {
        AppException e = assertThrows(AppException.class, () -> f.rating.issueUnitDecision(2026, LocalDate.of(2026, 12, 28)));
        assertEquals("Còn 3 tổ chức đảng chưa có mức xếp loại: Chi bộ thôn Đông, Chi bộ thôn Tây, Chi bộ cơ sở Trường THCS.",
                e.userMessage());
        f.rateUnit(f.dong, Level.GOOD, 85);
        f.rateUnit(f.tay, Level.GOOD, 82);
        f.rateUnit(f.school, Level.COMPLETED, 65);
        DocumentNumber n = f.rating.issueUnitDecision(2026, LocalDate.of(2026, 12, 28));
        assertEquals("01-QĐ/ĐU", n.text());
        assertEquals(Optional.of("01-QĐ/ĐU"), f.rating.year(2026).unitDecisionNo());
        assertEquals(Optional.of("01-QĐ/ĐU"), f.rating.roster(2026).organisations().get(1).stored().orElseThrow().decisionNo());
        AppException again = assertThrows(AppException.class, () -> f.rating.issueUnitDecision(2026, LocalDate.of(2026, 12, 29)));
        assertEquals("Đã ra quyết định số 01-QĐ/ĐU về xếp loại tổ chức đảng năm 2026.", again.userMessage());
        assertEquals(LevelCounts.ZERO.add(Optional.of(Level.GOOD), 2).add(Optional.of(Level.COMPLETED), 1),
                f.rating.summary(2026).unitLevels());
    }
}
