package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;
import static vn.dangvu.db.jooq.Tables.DISCIPLINE;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_INTERRUPTION;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PUBLIC_HOLIDAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.SetupRequest;

/// Issue 8 rules on a real H2 file: cancelling and correcting a wrongly recorded event (newest first, with a reason,
/// kept as cancelled; status and party age follow), readmission warnings and consent (Q294 §3.5), restoration after
/// a wrongful expulsion (Q117-QĐ/TW 2023), full membership while on temporary transfer (domain.md §4.4), badge holds
/// and public holidays as audited data.
class MemberCorrectionServiceTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private MemberService members;
    private MemberLifecycleService life;
    private long unit;

    @BeforeEach
    void open() throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(2026, 11, 21));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        unit = MemberTransferServiceTest.cell(ctx, "Chi bộ thôn 1");
        members = ctx.members();
        life = members.lifecycle();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private long add(String given, LocalDate admitted, LocalDate full) throws AppException {
        return members.save(new MemberDetails(null, "Nguyễn", "Văn", given, Gender.MALE, admitted.minusYears(25), null,
                "Phú Sơn", null, null, null, null, "ETH_01", null, unit, admitted, "12-QĐ/ĐU", admitted.plusDays(5),
                full, null, null, null, null, null, null, null, null, null, false));
    }

    private MemberStatus record(long id, EventType t, LocalDate d) throws AppException {
        return life.record(new NewEvent(id, t, d, "QĐ " + t, null));
    }

    private String snapshot() {
        var t = ctx.db().dsl();
        return t.fetchCount(MEMBERSHIP_EVENT, MEMBERSHIP_EVENT.CANCELLED_AT.isNotNull()) + "/" + t.fetchCount(MEMBERSHIP_EVENT)
                + "/" + t.fetchCount(MEMBERSHIP_INTERRUPTION) + "/" + t.fetchCount(AUDIT_LOG) + "/" + t.fetchCount(PUBLIC_HOLIDAY)
                + "/" + t.select(PARTY_MEMBER.ID, PARTY_MEMBER.STATUS, PARTY_MEMBER.ROW_VERSION, PARTY_MEMBER.FULL_MEMBERSHIP_DATE,
                        PARTY_MEMBER.ADMISSION_DECISION_DATE).from(PARTY_MEMBER).orderBy(PARTY_MEMBER.ID).fetch().formatCSV();
    }

    private void refused(String key, Executable call) {
        String before = snapshot();
        AppException e = assertThrows(AppException.class, call);
        assertEquals(key, e.key());
        assertEquals(before, snapshot());
    }

    private int audits(String action) {
        return ctx.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq(action));
    }

    @Test
    void aWronglyRecordedEventIsCancelledNewestFirstWithAReasonAndKeptInTheHistory() throws AppException {
        long id = add("An", LocalDate.of(2000, 3, 1), LocalDate.of(2001, 3, 15));
        record(id, EventType.REMOVAL, LocalDate.of(2026, 5, 4));
        record(id, EventType.READMISSION, LocalDate.of(2026, 9, 1));
        assertEquals(1, members.interruptions(id).size());
        List<MemberEvent> events = members.events(id);
        assertEquals(List.of(EventType.ADMISSION, EventType.FULL_MEMBERSHIP, EventType.REMOVAL, EventType.READMISSION),
                events.stream().map(MemberEvent::type).toList());
        long removal = events.get(2).id();
        long readmission = events.get(3).id();

        refused("member.event.cancel.error.reasonRequired", () -> life.cancel(id, readmission, "  "));
        refused("member.event.cancel.error.notNewest", () -> life.cancel(id, removal, "ghi nhầm"));
        refused("member.event.cancel.error.first", () -> life.cancel(id, events.getFirst().id(), "ghi nhầm"));
        refused("member.event.cancel.error.gone", () -> life.cancel(id, 987_654L, "ghi nhầm"));
        AppException notNewest = assertThrows(AppException.class, () -> life.cancel(id, removal, "ghi nhầm"));
        assertEquals("Chỉ hủy hoặc sửa được sự kiện mới nhất; hãy hủy trước sự kiện “Kết nạp lại” ngày 01/09/2026.",
                notNewest.userMessage());

        // the readmission is undone: removed again, the admission as before, the gap open again
        assertEquals(MemberStatus.REMOVED, life.cancel(id, readmission, "Nhập nhầm người"));
        MemberDetails m = members.find(id).orElseThrow();
        assertEquals(List.of(MemberStatus.REMOVED, LocalDate.of(2000, 3, 1), LocalDate.of(2001, 3, 15), false),
                List.of(m.status(), m.admissionDecisionDate(), m.fullMembershipDate(), m.readmitted()));
        assertEquals(List.of(new PartyAge.Interruption(LocalDate.of(2026, 5, 4), Optional.empty())), members.interruptions(id));
        // then the removal: official again, party age continuous
        assertEquals(MemberStatus.OFFICIAL, life.cancel(id, removal, "Chi bộ chưa quyết định xóa tên"));
        assertEquals(List.of(), members.interruptions(id));
        List<MemberEvent> after = members.events(id);
        assertEquals(List.of(false, false, true, true), after.stream().map(MemberEvent::cancelled).toList());
        assertEquals("01/09/2026 · Kết nạp lại · QĐ số QĐ READMISSION → Dự bị · ĐÃ HỦY ngày 21/11/2026: Nhập nhầm người",
                HistoryLines.of(after.get(3)));
        assertEquals(2, audits("MEMBER_EVENT_CANCEL"));
        assertEquals("Nhập nhầm người", ctx.db().dsl().select(AUDIT_LOG.REASON).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION_CODE.eq("MEMBER_EVENT_CANCEL")).orderBy(AUDIT_LOG.ID).limit(1).fetchOne().value1());
        // the one readmission was not used up
        record(id, EventType.REMOVAL, LocalDate.of(2026, 10, 1));
        assertEquals(MemberStatus.PROBATIONARY, record(id, EventType.READMISSION, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void aCorrectionReplacesTheNewestEventInOneTransaction() throws AppException {
        long id = add("An", LocalDate.of(2025, 1, 10), null);
        record(id, EventType.FULL_MEMBERSHIP, LocalDate.of(2026, 1, 5));
        long full = members.events(id).getLast().id();
        assertEquals(LocalDate.of(2026, 1, 5), members.find(id).orElseThrow().fullMembershipDate());
        // a refused replacement leaves everything as it was
        refused("member.event.error.refused", () -> life.correct(full, "sai ngày",
                new NewEvent(id, EventType.EXEMPTION_START, LocalDate.of(2026, 1, 15), null, null)));
        refused("member.event.error.dateRequired", () -> life.correct(full, "sai ngày",
                new NewEvent(id, EventType.FULL_MEMBERSHIP, null, null, null)));
        assertEquals(MemberStatus.OFFICIAL, life.correct(full, "Sai ngày quyết định",
                new NewEvent(id, EventType.FULL_MEMBERSHIP, LocalDate.of(2026, 1, 15), "30-QĐ/ĐU", null)));
        assertEquals(LocalDate.of(2026, 1, 15), members.find(id).orElseThrow().fullMembershipDate());
        assertEquals(List.of("ADMISSION -", "FULL_MEMBERSHIP Sai ngày quyết định", "FULL_MEMBERSHIP -"), members.events(id).stream()
                .map(e -> e.type() + " " + (e.cancelled() ? e.extra().cancelReason() : "-")).toList());
        // cancelling the full membership: probationary again, without a full-membership date
        long corrected = members.events(id).getLast().id();
        assertEquals(MemberStatus.PROBATIONARY, life.cancel(id, corrected, "Chưa có quyết định"));
        assertEquals(null, members.find(id).orElseThrow().fullMembershipDate());
    }

    @Test
    void readmissionWarnsOnEachConditionOfQ294AndRecordsTheConsent() throws AppException {
        long removed = add("An", LocalDate.of(2000, 3, 1), LocalDate.of(2001, 3, 15));
        record(removed, EventType.REMOVAL, LocalDate.of(2024, 6, 1));
        NewEvent soon = new NewEvent(removed, EventType.READMISSION, LocalDate.of(2026, 11, 1), "50-QĐ/ĐU", null);
        assertEquals(List.of("member.readmit.warn.monthsOut", "member.readmit.warn.removed", "member.readmit.warn.noConsent"),
                life.readmissionWarnings(soon).stream().map(ReadmissionRules.Warning::key).toList());
        assertEquals("Chưa đủ 36 tháng kể từ khi ra khỏi Đảng (01/06/2024); đủ từ ngày 01/06/2027 (Quy định 294-QĐ/TW, mục 3.5).",
                I18n.t(life.readmissionWarnings(soon).getFirst().key(), life.readmissionWarnings(soon).getFirst().args().toArray()));
        NewEvent withConsent = soon.withReadmission(new ReadmissionDetails("120-CV/TU", LocalDate.of(2026, 10, 20),
                LocalDate.of(2023, 1, 1)));
        assertEquals(List.of("member.readmit.warn.monthsOut", "member.readmit.warn.recordCleared", "member.readmit.warn.removed"),
                life.readmissionWarnings(withConsent).stream().map(ReadmissionRules.Warning::key).toList());
        refused("member.readmit.error.consentAfter", () -> life.record(soon.withReadmission(
                new ReadmissionDetails("120-CV/TU", LocalDate.of(2026, 11, 2), null))));
        // warnings do not refuse: the committee decides
        assertEquals(MemberStatus.PROBATIONARY, life.record(withConsent));
        MemberEvent e = members.events(removed).getLast();
        assertEquals(new ReadmissionDetails("120-CV/TU", LocalDate.of(2026, 10, 20), LocalDate.of(2023, 1, 1)), e.extra().readmission());
        assertTrue(HistoryLines.of(e).endsWith("đồng ý của BTV tỉnh ủy: 120-CV/TU (20/10/2026)"), HistoryLines.of(e));

        long resigned = add("Bình", LocalDate.of(2000, 3, 1), LocalDate.of(2001, 3, 15));
        record(resigned, EventType.RESIGNATION, LocalDate.of(2020, 1, 1));
        assertEquals(List.of("member.readmit.warn.resigned"), life.readmissionWarnings(new NewEvent(resigned, EventType.READMISSION,
                LocalDate.of(2026, 11, 1), null, null).withReadmission(new ReadmissionDetails("1-CV/TU", LocalDate.of(2026, 10, 1), null)))
                .stream().map(ReadmissionRules.Warning::key).toList());
    }

    @Test
    void restorationAfterAWrongfulExpulsionKeepsPartyAgeContinuousAndAnnulsTheDiscipline() throws AppException {
        long id = add("An", LocalDate.of(1996, 1, 15), LocalDate.of(1997, 1, 20));
        record(id, EventType.EXPULSION, LocalDate.of(2025, 3, 1));
        ctx.db().save(trx -> trx.dsl().insertInto(DISCIPLINE).set(DISCIPLINE.MEMBER_ID, id).set(DISCIPLINE.DISCIPLINE_FORM, "EXPULSION")
                .set(DISCIPLINE.DECISION_DATE, LocalDate.of(2025, 3, 1)).set(DISCIPLINE.EFFECTIVE_FROM, LocalDate.of(2025, 3, 1)).execute());
        assertEquals(1, members.interruptions(id).size());
        refused("member.event.error.restoreBeforeExpulsion",
                () -> record(id, EventType.RESTORATION, LocalDate.of(2025, 2, 1)));
        long other = add("Bình", LocalDate.of(1996, 1, 15), LocalDate.of(1997, 1, 20));
        record(other, EventType.REMOVAL, LocalDate.of(2025, 3, 1));
        refused("member.event.error.refused", () -> record(other, EventType.RESTORATION, LocalDate.of(2026, 1, 1)));

        assertEquals(MemberStatus.OFFICIAL, record(id, EventType.RESTORATION, LocalDate.of(2026, 1, 10)));
        assertEquals(List.of(), members.interruptions(id));
        assertEquals(1, ctx.db().dsl().fetchCount(DISCIPLINE, DISCIPLINE.ANNULLED_BY_EVENT_ID.isNotNull()));
        MemberDetails m = members.find(id).orElseThrow();
        assertEquals(false, m.readmitted());
        // party age continuous: the 30-year badge at the 3/2/2026 round as if never expelled, not held by the expulsion
        assertEquals(List.of("30 ON_TIME -"), ctx.badges().dueList(LocalDate.of(2026, 2, 3)).stream().filter(r -> r.memberId() == id)
                .map(r -> r.milestone() + " " + r.note() + " " + r.blockedUntil().map(LocalDate::toString).orElse("-")).toList());
        // cancelling the restoration puts the expulsion back whole
        assertEquals(MemberStatus.EXPELLED, life.cancel(id, members.events(id).getLast().id(), "Chưa có quyết định khôi phục"));
        assertEquals(List.of(new PartyAge.Interruption(LocalDate.of(2025, 3, 1), Optional.empty())), members.interruptions(id));
        assertEquals(0, ctx.db().dsl().fetchCount(DISCIPLINE, DISCIPLINE.ANNULLED_BY_EVENT_ID.isNotNull()));
    }

    @Test
    void aProbationaryMemberOnTemporaryTransferBecomesFullAndIsReminded() throws AppException {
        // ceremony 15/11/2025: probation ends 15/11/2026, the test clock is 21/11/2026
        long id = add("An", LocalDate.of(2025, 11, 10), null);
        life.record(new NewEvent(id, EventType.TEMPORARY_TRANSFER_OUT, LocalDate.of(2026, 3, 1), null, null,
                TransferDetails.out("Đảng bộ Trường Chính trị tỉnh", LocalDate.of(2027, 3, 1))));
        assertEquals(List.of("Nguyễn Văn An AWAITING_VOTE"), ctx.reminders().load().probation().stream()
                .map(p -> p.fullName() + " " + p.stage()).toList());
        assertEquals(MemberStatus.TEMPORARILY_AWAY, record(id, EventType.FULL_MEMBERSHIP, LocalDate.of(2026, 11, 15)));
        assertEquals(LocalDate.of(2026, 11, 15), members.find(id).orElseThrow().fullMembershipDate());
        assertEquals(List.of(), ctx.reminders().load().probation());
        assertEquals(MemberStatus.OFFICIAL, record(id, EventType.TEMPORARY_RETURN, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void badgeHoldsAreRuleSetDataEditedWithAnAuditRow() throws AppException {
        Map<BadgeRules.DisciplineForm, Integer> holds = ctx.badges().holds(2026);
        assertEquals(List.of(0, 6, 12), List.of(holds.get(BadgeRules.DisciplineForm.REPRIMAND),
                holds.get(BadgeRules.DisciplineForm.WARNING), holds.get(BadgeRules.DisciplineForm.DISMISSAL)));
        assertTrue(holds.containsKey(BadgeRules.DisciplineForm.EXPULSION) && holds.get(BadgeRules.DisciplineForm.EXPULSION) == null);
        long id = add("An", LocalDate.of(1996, 1, 15), LocalDate.of(1997, 1, 20));
        ctx.db().save(trx -> trx.dsl().insertInto(DISCIPLINE).set(DISCIPLINE.MEMBER_ID, id).set(DISCIPLINE.DISCIPLINE_FORM, "WARNING")
                .set(DISCIPLINE.DECISION_DATE, LocalDate.of(2025, 11, 3)).set(DISCIPLINE.EFFECTIVE_FROM, LocalDate.of(2025, 11, 3)).execute());
        assertEquals(Optional.of(LocalDate.of(2026, 5, 3)), ctx.badges().dueList(LocalDate.of(2026, 2, 3)).getFirst().blockedUntil());
        refused("badge.error.holdMonths", () -> ctx.badges().setHold("Q366_HD43", BadgeRules.DisciplineForm.WARNING, -1));
        refused("badge.error.ruleSetUnknown", () -> ctx.badges().setHold("Q999", BadgeRules.DisciplineForm.WARNING, 9));
        ctx.badges().setHold("Q366_HD43", BadgeRules.DisciplineForm.WARNING, 9);
        assertEquals(Optional.of(LocalDate.of(2026, 8, 3)), ctx.badges().dueList(LocalDate.of(2026, 2, 3)).getFirst().blockedUntil());
        assertEquals(1, audits("BADGE_HOLD"));
    }

    @Test
    void publicHolidaysAreEditedWithAnAuditRowAndBadInputWritesNothing() throws AppException {
        HolidayService h = life.holidays();
        assertTrue(h.dates().contains(LocalDate.of(2026, 2, 17)), "Tết 2026 is in the defaults");
        refused("holiday.error.nameRequired", () -> h.put(LocalDate.of(2028, 1, 26), " "));
        refused("holiday.error.dateRequired", () -> h.put(null, "Tết Nguyên đán"));
        refused("holiday.error.nameTooLong", () -> h.put(LocalDate.of(2028, 1, 26), "x".repeat(201)));
        h.put(LocalDate.of(2028, 1, 26), "Tết Nguyên đán");
        assertTrue(h.dates().contains(LocalDate.of(2028, 1, 26)));
        assertTrue(h.remove(LocalDate.of(2028, 1, 26)));
        assertEquals(false, h.remove(LocalDate.of(2028, 1, 26)));
        assertEquals(List.of(1, 1), List.of(audits("HOLIDAY_PUT"), audits("HOLIDAY_REMOVE")));
    }
}
