package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.members.PartyAge;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;

/// `members show` and `members event` through [Cli], on a real H2 file: the same rules as the form, exit 1 with the
/// rule's Vietnamese message and nothing written when refused.
class MembersShowEventCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void fixture() throws AppException {
        Path base = dir.resolve("xa");
        db = base.toString();
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            long dong = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                    Optional.of(CellType.HAMLET), "Chi bộ thôn Đông", Optional.empty(), Optional.empty()));
            TestMembers.add(ctx, TestMembers.with(TestMembers.form("Nguyễn Văn An", Gender.MALE, LocalDate.of(1960, 1, 1), dong,
                    LocalDate.of(1990, 3, 1), LocalDate.of(1990, 3, 10), LocalDate.of(1991, 3, 10)), "79.012345", null, null, null),
                    MemberStatus.OFFICIAL);
            TestMembers.add(ctx, TestMembers.with(TestMembers.form("Lê Thị Bình", Gender.FEMALE, LocalDate.of(2000, 1, 1), dong,
                    LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 10), null), "79.000002", null, null, null),
                    MemberStatus.PROBATIONARY);
        }
    }

    private String state() throws AppException {
        try (AppContext ctx = new AppContext(Database.open(Path.of(db)))) {
            var t = ctx.db().dsl();
            return t.fetchCount(MEMBERSHIP_EVENT) + "/" + t.fetchCount(AUDIT_LOG);
        }
    }

    @Test
    void showPrintsTheRecordAndTheHistory() {
        CliRun r = CliRun.of("--db", db, "members", "show", "79.012345");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Họ và tên: Nguyễn Văn An\nNgày sinh: 01/01/1960\nGiới tính: Nam\nChi bộ: Chi bộ thôn Đông\n"
                + "Trạng thái: Chính thức\nSố thẻ đảng: 79.012345\nNgày vào Đảng: 01/03/1990\nNgày lễ kết nạp: 10/03/1990\n"
                + "Ngày chính thức: 10/03/1991\n"), r.out());
        assertTrue(r.out().contains("Lịch sử:\n  01/03/1990 · Kết nạp → Dự bị\n  10/03/1991 · Công nhận đảng viên chính thức → Chính thức\n"),
                r.out());
        CliRun unknown = CliRun.of("--db", db, "members", "show", "123");
        assertEquals(1, unknown.code(), unknown.toString());
        assertEquals("Không có đảng viên nào có số thẻ đảng hoặc số CCCD «123».\n", unknown.err());
    }

    @Test
    void eventRecordsThroughTheFormsRulesAndRefusesWithTheRulesMessage() throws AppException {
        String before = state();
        CliRun refused = CliRun.of("--db", db, "members", "event", "79.012345", "--type", "FULL_MEMBERSHIP", "--date", "01/03/2026");
        assertEquals(1, refused.code(), refused.toString());
        assertEquals("Không ghi được “Công nhận đảng viên chính thức”: " + I18n.t("member.rule.notProbationary") + "\n", refused.err());
        assertEquals(before, state());

        CliRun badDate = CliRun.of("--db", db, "members", "event", "79.012345", "--type", "DEATH", "--date", "31/02/2026");
        assertTrue(badDate.code() != 0 && badDate.err().contains("--date") && badDate.err().contains("31/02/2026"), badDate.toString());
        CliRun badType = CliRun.of("--db", db, "members", "event", "79.012345", "--type", "CHET", "--date", "01/03/2026");
        assertEquals(1, badType.code(), badType.toString());
        assertTrue(badType.err().startsWith("Loại sự kiện «CHET» không có (tùy chọn --type). Các mã: FULL_MEMBERSHIP,"), badType.err());
        CliRun noOrg = CliRun.of("--db", db, "members", "event", "79.012345", "--type", "TRANSFER_OUT", "--date", "01/03/2026");
        assertEquals(1, noOrg.code(), noOrg.toString());
        assertEquals(I18n.t("member.event.error.destinationRequired") + "\n", noOrg.err());
        assertEquals(before, state());

        // the Vietnamese name, typed without accents, is accepted too
        CliRun death = CliRun.of("--db", db, "members", "event", "79.012345", "--type", "tu tran", "--date", "01/03/2026");
        assertEquals(0, death.code(), death.toString());
        assertEquals("Đã ghi “Từ trần” ngày 01/03/2026 cho Nguyễn Văn An; trạng thái: Đã từ trần.\n", death.out());
        CliRun full = CliRun.of("--db", db, "members", "event", "79.000002", "--type", "Công nhận đảng viên chính thức",
                "--date", "10/11/2026", "--decision", "30-QĐ/ĐU");
        assertEquals(0, full.code(), full.toString());
        assertTrue(CliRun.of("--db", db, "members", "show", "79.000002").out()
                .contains("  10/11/2026 · Công nhận đảng viên chính thức · QĐ số 30-QĐ/ĐU → Chính thức\n"));
    }

    @Test
    void readmissionWarningsArePrintedAndDoNotRefuse() {
        assertEquals(0, CliRun.of("--db", db, "members", "event", "79.012345", "--type", "REMOVAL", "--date", "01/06/2025").code());
        CliRun r = CliRun.of("--db", db, "members", "event", "79.012345", "--type", "READMISSION", "--date", "01/11/2026",
                "--consent-no", "120-CV/TU", "--consent-date", "20/10/2026");
        assertEquals(0, r.code(), r.toString());
        assertEquals("Cảnh báo: Chưa đủ 36 tháng kể từ khi ra khỏi Đảng (01/06/2025); đủ từ ngày 01/06/2028 (Quy định 294-QĐ/TW, mục 3.5).\n"
                + "Cảnh báo: " + I18n.t("member.readmit.warn.removed") + "\n", r.err());
        assertTrue(CliRun.of("--db", db, "members", "show", "79.012345").out()
                .contains("01/11/2026 · Kết nạp lại → Dự bị · đồng ý của BTV tỉnh ủy: 120-CV/TU (20/10/2026)\n"));
    }

    /// Q294 §6.3.1 (domain.md §4.4): a letter presented late is shown, never deducted by itself; the committee's
    /// decision is recorded from the command line with its number and date, and a gap only when the decision gives one.
    @Test
    void theCommitteesDecisionOnALateLetterIsRecordedWithOrWithoutAGap() throws AppException {
        assertEquals(0, CliRun.of("--db", db, "members", "event", "79.012345", "--type", "TRANSFER_OUT", "--date", "01/06/2025",
                "--org", "Đảng bộ Công ty Điện lực").code());
        // 30 working days after 02/02/2026 (Tết 16–20/02/2026 skipped) is 23/03/2026: arrival on 01/07/2026 is late
        assertEquals(0, CliRun.of("--db", db, "members", "event", "79.012345", "--type", "TRANSFER_IN", "--date", "01/07/2026",
                "--org", "Đảng bộ Công ty Điện lực", "--letter", "02/02/2026").code());
        String before = state();
        CliRun oneEnd = CliRun.of("--db", db, "members", "letter-decision", "79.012345", "--decision", "40-QĐ/ĐU",
                "--date", "20/07/2026", "--gap-from", "24/03/2026");
        assertEquals(1, oneEnd.code(), oneEnd.toString());
        assertEquals(I18n.t("cli.members.letter.error.gapBoth") + "\n", oneEnd.err());
        CliRun early = CliRun.of("--db", db, "members", "letter-decision", "79.012345", "--decision", "40-QĐ/ĐU",
                "--date", "20/06/2026");
        assertEquals(1, early.code(), early.toString());
        assertEquals("Ngày quyết định không được trước ngày chuyển đến (01/07/2026).\n", early.err());
        CliRun outside = CliRun.of("--db", db, "members", "letter-decision", "79.012345", "--decision", "40-QĐ/ĐU",
                "--date", "20/07/2026", "--gap-from", "24/03/2026", "--gap-to", "01/07/2026");
        assertEquals(1, outside.code(), outside.toString());
        assertEquals("Thời gian gián đoạn phải nằm sau ngày giấy giới thiệu (02/02/2026) và trước ngày chuyển đến (01/07/2026).\n",
                outside.err());
        CliRun none = CliRun.of("--db", db, "members", "letter-decision", "79.000002", "--decision", "40-QĐ/ĐU",
                "--date", "20/07/2026");
        assertEquals(1, none.code(), none.toString());
        assertEquals(I18n.t("cli.members.letter.error.noArrival") + "\n", none.err());
        assertEquals(before, state());

        CliRun ok = CliRun.of("--db", db, "members", "letter-decision", "79.012345", "--decision", "40-QĐ/ĐU",
                "--date", "20/07/2026", "--gap-from", "24/03/2026", "--gap-to", "30/06/2026");
        assertEquals(0, ok.code(), ok.toString());
        assertEquals("Đã ghi quyết định số 40-QĐ/ĐU ngày 20/07/2026 của cấp ủy về giấy giới thiệu nộp chậm của Nguyễn Văn An"
                + " (chuyển đến ngày 01/07/2026); không tính tuổi đảng từ 24/03/2026 đến 30/06/2026.\n", ok.out());
        assertTrue(CliRun.of("--db", db, "members", "show", "79.012345").out()
                .contains("cấp ủy đã xem xét: QĐ số 40-QĐ/ĐU ngày 20/07/2026"));
        try (AppContext ctx = new AppContext(Database.open(Path.of(db)))) {
            long id = ctx.members().findByCardOrCccd("79.012345").getFirst();
            assertEquals(List.of(new PartyAge.Interruption(LocalDate.of(2026, 3, 24), Optional.of(LocalDate.of(2026, 6, 30)))),
                    ctx.members().interruptions(id));
        }
        CliRun again = CliRun.of("--db", db, "members", "letter-decision", "79.012345", "--decision", "41-QĐ/ĐU",
                "--date", "21/07/2026");
        assertEquals(1, again.code(), again.toString());
        assertEquals("Đã ghi quyết định số 40-QĐ/ĐU cho lần chuyển đến này.\n", again.err());
    }

    @Test
    void helpListsEveryEventCode() {
        CliRun r = CliRun.of("members", "event", "--help");
        assertEquals(0, r.code(), r.toString());
        String flat = r.out().replaceAll("\\s+", " ");
        for (EventType t : MembersEventCommand.recordable()) {
            assertTrue(flat.contains(t.name() + " ("), t + " missing from:\n" + r.out());
        }
    }
}
