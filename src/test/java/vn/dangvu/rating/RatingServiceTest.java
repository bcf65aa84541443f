package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.units.UnitRules;

/// The rating workflow through the service on a real H2 file: who is rated where, who is not and why, the checks
/// of a save (nothing written when refused), the conditions applied by themselves, a closed year.
class RatingServiceTest {

    @TempDir
    Path dir;
    private RatingFixture f;

    @BeforeEach
    void setUp() throws AppException {
        f = new RatingFixture(dir);
        f.rating.setRatingDate(2026, LocalDate.of(2026, 12, 15));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Map<String, RosterMember> byName(Roster r) {
        return r.members().stream().collect(Collectors.toMap(RosterMember::fullName, m -> m));
    }

    /// Members who must not be rated are listed apart with the reason, never dropped; a member who moved is rated
    /// where they attend on the rating date; a leader of the commune committee is rated once, in their cell.
    @Test
    void rosterPlacesMembersAndListsThoseNotRatedWithTheReason() throws AppException {
        long an = f.member(f.dong, "Nguyễn Văn An");
        long binh = f.member(f.dong, "Trần Thị Bình");
        f.event(binh, EventType.EXEMPTION_START, LocalDate.of(2026, 3, 1));
        long cuong = f.member(f.dong, "Lê Văn Cường");
        f.event(cuong, EventType.SUSPENSION_START, LocalDate.of(2026, 10, 1));
        long dung = f.member(f.tay, "Phạm Văn Dũng", LocalDate.of(2026, 6, 16));
        long em = f.member(f.tay, "Hoàng Thị Em", LocalDate.of(2026, 6, 15));
        long giang = f.member(f.dong, "Vũ Văn Giang");
        f.move(giang, f.tay, LocalDate.of(2026, 12, 10));
        long hoa = f.member(f.dong, "Đỗ Thị Hoa");
        f.move(hoa, f.tay, LocalDate.of(2026, 12, 16));
        f.leader(f.root, an, UnitRules.LeaderRole.SECRETARY);

        Roster r = f.rating.roster(2026);
        assertEquals(LocalDate.of(2026, 12, 15), r.year().ratingDate());
        assertEquals("Q366_HD43", r.year().ruleSet().code());
        Map<String, RosterMember> m = byName(r);
        assertEquals(7, r.members().size());
        assertEquals(Optional.empty(), m.get("Nguyễn Văn An").exemption());
        assertEquals(Optional.of(ExemptionReason.EXEMPT_WORK_MEETINGS), m.get("Trần Thị Bình").exemption());
        assertEquals(Optional.of(ExemptionReason.SUSPENDED), m.get("Lê Văn Cường").exemption());
        // admitted 5 months 29 days before the rating: not rated; exactly 6 months: rated
        assertEquals(Optional.of(ExemptionReason.ADMITTED_LT_6_MONTHS), m.get("Phạm Văn Dũng").exemption());
        assertEquals(MemberStatus.PROBATIONARY, m.get("Phạm Văn Dũng").status());
        assertEquals(Optional.empty(), m.get("Hoàng Thị Em").exemption());
        assertEquals(f.tay, m.get("Vũ Văn Giang").cellId());
        assertEquals(f.dong, m.get("Đỗ Thị Hoa").cellId());
        assertEquals(f.root, m.get("Nguyễn Văn An").groupId());
        assertEquals(List.of(new LeaderFact(an, f.root, "Đảng bộ xã Phú Sơn", "unit.leaderRole.SECRETARY")), m.get("Nguyễn Văn An").posts());
        assertEquals(1, r.members().stream().filter(x -> x.memberId() == an).count());
        // the organisations: the commune, both cells, the chi bộ cơ sở; the quota scopes: the commune and the chi bộ cơ sở
        assertEquals(List.of("Đảng bộ xã Phú Sơn", "Chi bộ thôn Đông", "Chi bộ thôn Tây", "Chi bộ cơ sở Trường THCS"),
                r.organisations().stream().map(u -> u.unit().name()).toList());
        assertEquals(List.of(f.root, f.school, f.root), r.scopes().stream().map(Roster.QuotaScope::scopeId).toList());
        assertTrue(Set.of(dung, em).stream().allMatch(id -> r.members().stream().anyMatch(x -> x.memberId() == id)));
    }

    /// Score and level must agree: 85 with HTXSNV is refused under Q366, and nothing is written.
    @Test
    void scoreAndLevelMustAgreeAndARefusalWritesNothing() throws AppException {
        long an = f.member(f.dong, "Nguyễn Văn An");
        int audit = f.rows("audit_log");
        AppException e = assertThrows(AppException.class, () -> f.rate(an, Level.EXCELLENT, 85));
        assertEquals("Nguyễn Văn An – Cấp ủy quyết định: 85 điểm chỉ đạt mức «Hoàn thành tốt nhiệm vụ», không xếp «Hoàn thành"
                + " xuất sắc nhiệm vụ» được (HTXSNV từ 90 điểm, HTTNV từ 70, HTNV từ 50, dưới 50 là KHTNV).", e.userMessage());
        e = assertThrows(AppException.class, () -> f.rate(an, Level.GOOD, 101));
        assertEquals("Nguyễn Văn An – Điểm quyết định: điểm 101 nằm ngoài thang điểm từ 0 đến 100.", e.userMessage());
        assertEquals(0, f.rows("evaluation"));
        assertEquals(audit, f.rows("audit_log"));

        Evaluation saved = f.rating.save(new RatingInput(2026, Subject.member(an), Grade.of(Level.EXCELLENT, 92),
                Grade.of(Level.GOOD), Grade.of(Level.GOOD, 86.5), "  Hoàn thành tốt  ")).orElseThrow();
        assertEquals(Grade.of(Level.EXCELLENT, 92).level(), saved.self().level());
        assertEquals(0, new BigDecimal("86.5").compareTo(saved.decision().score().orElseThrow()));
        assertEquals("Hoàn thành tốt", saved.reason());
        assertEquals(f.dong, saved.ratedIn());
        assertEquals("Q366_HD43", saved.ruleSetCode());
        // saving again updates the one row of the member in the year
        f.rate(an, Level.COMPLETED, 65);
        assertEquals(1, f.rows("evaluation"));
        assertEquals(Optional.of(Level.COMPLETED), byName(f.rating.roster(2026)).get("Nguyễn Văn An").level());
    }

    @Test
    void anExemptMemberCannotBeRated() throws AppException {
        long binh = f.member(f.dong, "Trần Thị Bình");
        f.event(binh, EventType.EXEMPTION_START, LocalDate.of(2026, 3, 1));
        AppException e = assertThrows(AppException.class, () -> f.rate(binh, Level.GOOD, 80));
        assertEquals("Trần Thị Bình thuộc diện không đánh giá, xếp loại năm 2026 (Miễn công tác và sinh hoạt đảng), nên không ghi"
                + " mức xếp loại được.", e.userMessage());
        assertEquals(0, f.rows("evaluation"));
    }

    /// Discipline dated 31/12 of the year: KHTNV by itself, with its reason; another level is refused.
    @Test
    void disciplineDatedTheLastDayOfTheYearMakesTheMemberNotCompleted() throws AppException {
        long an = f.member(f.dong, "Nguyễn Văn An");
        long binh = f.member(f.dong, "Trần Thị Bình");
        f.discipline(an, null, "REPRIMAND", LocalDate.of(2026, 12, 31));
        f.discipline(binh, null, "WARNING", LocalDate.of(2025, 12, 31));
        Map<String, RosterMember> m = byName(f.rating.roster(2026));
        assertEquals(Set.of(AutoCondition.DISCIPLINE_IN_YEAR), m.get("Nguyễn Văn An").automatic());
        assertEquals(Optional.of(Level.NOT_COMPLETED), m.get("Nguyễn Văn An").level());
        assertEquals("REPRIMAND", m.get("Nguyễn Văn An").disciplines().getFirst().form());
        assertEquals(Set.of(), m.get("Trần Thị Bình").automatic());
        assertEquals(Optional.empty(), m.get("Trần Thị Bình").level());

        AppException e = assertThrows(AppException.class, () -> f.rate(an, Level.GOOD, 80));
        assertEquals("Nguyễn Văn An – Cấp ủy quyết định: đảng viên (tổ chức) bị kỷ luật trong năm thì xếp loại «Không hoàn thành"
                + " nhiệm vụ», không xếp «Hoàn thành tốt nhiệm vụ» được.", e.userMessage());
        Evaluation saved = f.rating.save(new RatingInput(2026, Subject.member(an), Grade.of(Level.GOOD, 80), Grade.NONE, Grade.NONE,
                "")).orElseThrow();
        assertEquals(Optional.of(Level.NOT_COMPLETED), saved.level());
        assertEquals(Set.of(AutoCondition.DISCIPLINE_IN_YEAR), saved.automatic());
        // a score may stay above the level the discipline leaves
        assertEquals(Optional.of(Level.NOT_COMPLETED), f.rate(an, Level.NOT_COMPLETED, 80).orElseThrow().level());
    }

    /// Q366 art. 11: a collective with a disciplined member or unit under it cannot be HTXSNV.
    @Test
    void anOrganisationWithADisciplinedMemberCannotBeExcellent() throws AppException {
        long an = f.member(f.dong, "Nguyễn Văn An");
        f.discipline(an, null, "REPRIMAND", LocalDate.of(2026, 4, 2));
        AppException e = assertThrows(AppException.class, () -> f.rateUnit(f.dong, Level.EXCELLENT, 95));
        assertEquals("Chi bộ thôn Đông – Cấp ủy quyết định: trong năm có tổ chức trực thuộc hoặc đảng viên bị kỷ luật nên không xếp"
                + " loại «Hoàn thành xuất sắc nhiệm vụ» được.", e.userMessage());
        assertThrows(AppException.class, () -> f.rateUnit(f.root, Level.EXCELLENT, 95));
        // the organisations' quota: no HTTNV yet, so an HTXSNV needs its justification
        RatingInput tay = new RatingInput(2026, Subject.unit(f.tay), Grade.NONE, Grade.NONE, Grade.of(Level.EXCELLENT, 95), "");
        assertEquals("rating.error.quotaJustify", assertThrows(AppException.class, () -> f.rating.save(tay)).key());
        assertEquals(Optional.of(Level.EXCELLENT), f.rating.save(tay.withJustification("Chi bộ tiêu biểu của huyện cũ"))
                .orElseThrow().level());
        assertEquals(Optional.of(Level.GOOD), f.rateUnit(f.dong, Level.GOOD, 95).orElseThrow().level());
        Roster r = f.rating.roster(2026);
        assertTrue(r.organisations().stream().filter(u -> u.unit().id() == f.dong).findFirst().orElseThrow().excellentBarred());
        assertEquals(f.root, r.organisations().stream().filter(u -> u.unit().id() == f.tay).findFirst().orElseThrow().ratedIn());
    }

    /// A closed year refuses every change, and the rating date and the decision with it.
    @Test
    void aClosedYearRefusesEverything() throws AppException {
        long an = f.member(f.dong, "Nguyễn Văn An");
        f.rate(an, Level.GOOD, 80);
        f.ctx.years().close(2026);
        int rows = f.rows("evaluation");
        AppException e = assertThrows(AppException.class, () -> f.rate(an, Level.COMPLETED, 60));
        assertEquals("Năm công tác 2026 đã khóa sổ nên không sửa được dữ liệu của năm này. Muốn sửa, hãy mở lại năm và ghi rõ lý do.",
                e.userMessage());
        assertThrows(AppException.class, () -> f.rating.setRatingDate(2026, LocalDate.of(2026, 12, 20)));
        assertThrows(AppException.class, () -> f.rating.issueUnitDecision(2026, LocalDate.of(2027, 1, 10)));
        assertEquals(rows, f.rows("evaluation"));
        assertEquals(Optional.of(Level.GOOD), byName(f.rating.roster(2026)).get("Nguyễn Văn An").level());
        AppException notOpened = assertThrows(AppException.class, () -> f.rating.roster(2024));
        assertEquals("year.error.notOpened", notOpened.key());
    }

    @Test
    void theRatingDateIsAnAutumnOrWinterDay() throws AppException {
        AppException e = assertThrows(AppException.class, () -> f.rating.setRatingDate(2026, LocalDate.of(2026, 5, 1)));
        assertEquals("Ngày đánh giá 01/05/2026 không hợp lệ: phải từ 01/07/2026 đến 31/03 năm sau.", e.userMessage());
        assertEquals(LocalDate.of(2027, 1, 5), f.rating.setRatingDate(2026, LocalDate.of(2027, 1, 5)).ratingDate());
        assertEquals(LocalDate.of(2025, 12, 31), f.rating.year(2025).ratingDate());
    }

    /// Members not rated get a row with the reason once their cell is being rated, so a closed year keeps them.
    @Test
    void membersNotRatedAreStoredWithTheirCell() throws AppException {
        long an = f.member(f.dong, "Nguyễn Văn An");
        long binh = f.member(f.dong, "Trần Thị Bình");
        f.event(binh, EventType.EXEMPTION_START, LocalDate.of(2026, 3, 1));
        f.rate(an, Level.GOOD, 80);
        f.ctx.years().close(2026);
        Map<String, RosterMember> m = byName(f.rating.roster(2026));
        assertEquals(Optional.of(ExemptionReason.EXEMPT_WORK_MEETINGS), m.get("Trần Thị Bình").exemption());
        assertEquals(f.dong, m.get("Trần Thị Bình").cellId());
        assertEquals(2, f.rows("evaluation"));
    }
}
