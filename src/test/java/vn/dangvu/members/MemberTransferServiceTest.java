package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_INTERRUPTION;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
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
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.db.jooq.tables.records.MembershipEventRecord;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.TransferLetter;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;

/// Transfers out (permanent, temporary), in (a returning member, a new member) and moves between cells, on a
/// real H2 file: each kind's details are stored and shown, and each bad input is refused with nothing written.
class MemberTransferServiceTest {

    private static final String COMPANY = "Đảng bộ Công ty Điện lực Khánh Hòa";

    @TempDir
    Path dir;

    private AppContext ctx;
    private MemberService members;
    private MemberLifecycleService life;
    private long root;
    private long cell1;
    private long cell2;

    @BeforeEach
    void open() throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(2026, 11, 21));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        root = ctx.units().all().get(0).id();
        cell1 = cell(ctx, "Chi bộ thôn 1");
        cell2 = cell(ctx, "Chi bộ thôn 2");
        members = ctx.members();
        life = members.lifecycle();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    static long cell(AppContext ctx, String name) throws AppException {
        long root = ctx.units().all().get(0).id();
        return ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET),
                name, Optional.empty(), Optional.empty()));
    }

    static MemberDetails details(String given, long unit, LocalDate admitted, LocalDate full) {
        return new MemberDetails(null, "Trần", "Văn", given, Gender.MALE, admitted.minusYears(25), null, "Phú Sơn", null,
                null, null, null, "ETH_01", null, unit, admitted, "12-QĐ/HU", admitted.plusDays(10), full, null, null,
                null, null, null, null, null, null, null, false);
    }

    private long official(String given) throws AppException {
        return members.save(details(given, cell1, LocalDate.of(2000, 3, 1), LocalDate.of(2001, 3, 15)));
    }

    private NewEvent event(long id, EventType t, LocalDate d, TransferDetails details) {
        return new NewEvent(id, t, d, "25-GGT/ĐU", null, details);
    }

    /// Every row count and every member's status, cell and row version: equal snapshots mean nothing was written.
    private String snapshot() {
        var t = ctx.db().dsl();
        return t.fetchCount(MEMBERSHIP_EVENT) + "/" + t.fetchCount(MEMBERSHIP_INTERRUPTION) + "/" + t.fetchCount(AUDIT_LOG)
                + "/" + t.select(PARTY_MEMBER.ID, PARTY_MEMBER.STATUS, PARTY_MEMBER.UNIT_ID, PARTY_MEMBER.ROW_VERSION)
                .from(PARTY_MEMBER).orderBy(PARTY_MEMBER.ID).fetch().formatCSV();
    }

    /// The call is refused with this message key (and arguments), and the database is exactly as before.
    private void refused(String key, List<Object> args, Executable call) {
        String before = snapshot();
        AppException e = assertThrows(AppException.class, call);
        assertEquals(key, e.key());
        assertEquals(args, List.of(e.args()));
        assertEquals(before, snapshot());
    }

    private MembershipEventRecord lastEvent(long member) {
        return ctx.db().dsl().selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.MEMBER_ID.eq(member))
                .orderBy(MEMBERSHIP_EVENT.ID.desc()).limit(1).fetchOne();
    }

    @Test
    void aTemporaryTransferOutKeepsDestinationAndExpectedReturnAndTheHistorySaysSo() throws AppException {
        long id = official("An");
        LocalDate back = LocalDate.of(2027, 6, 30);
        assertEquals(MemberStatus.TEMPORARILY_AWAY, life.record(event(id, EventType.TEMPORARY_TRANSFER_OUT,
                LocalDate.of(2026, 9, 1), TransferDetails.out("  " + COMPANY + " ", back))));

        MembershipEventRecord row = lastEvent(id);
        assertEquals(COMPANY, row.getExternalUnitName());
        assertEquals(back, row.getExpectedReturnDate());
        assertEquals(cell1, row.getFromUnitId());
        assertEquals(null, row.getToUnitId());
        assertEquals(cell1, members.find(id).orElseThrow().unitId());
        MemberEvent e = members.events(id).getLast();
        assertEquals(new TransferDetails(cell1, null, COMPANY, back, null), e.transfer());
        assertEquals("01/09/2026 · Chuyển sinh hoạt đảng tạm thời đi — đến " + COMPANY + ", dự kiến về 30/06/2027"
                + " · QĐ số 25-GGT/ĐU → Chuyển sinh hoạt tạm thời", HistoryLines.of(e));
        // still on the commune's roll, back to full member on return
        assertEquals(MemberStatus.OFFICIAL, life.record(new NewEvent(id, EventType.TEMPORARY_RETURN,
                LocalDate.of(2027, 6, 28), null, null)));
    }

    @Test
    void aTemporaryTransferOutNeedsADestinationAndAReturnAfterItsDate() throws AppException {
        long id = official("An");
        LocalDate d = LocalDate.of(2026, 9, 1);
        refused("member.event.error.destinationRequired", List.of(),
                () -> life.record(event(id, EventType.TEMPORARY_TRANSFER_OUT, d, TransferDetails.out(" ", d.plusMonths(6)))));
        refused("member.event.error.returnRequired", List.of(),
                () -> life.record(event(id, EventType.TEMPORARY_TRANSFER_OUT, d, TransferDetails.out(COMPANY, null))));
        refused("member.event.error.returnNotAfter", List.of("01/09/2026"),
                () -> life.record(event(id, EventType.TEMPORARY_TRANSFER_OUT, d, TransferDetails.out(COMPANY, d))));
        refused("member.event.error.returnNotAfter", List.of("01/09/2026"), () -> life.record(
                event(id, EventType.TEMPORARY_TRANSFER_OUT, d, TransferDetails.out(COMPANY, d.minusDays(1)))));
        refused("member.event.error.tooLong", List.of(EventRules.MAX_EXTERNAL_NAME), () -> life.record(
                event(id, EventType.TEMPORARY_TRANSFER_OUT, d, TransferDetails.out("Đ".repeat(301), d.plusDays(1)))));
        refused("member.event.error.dateRequired", List.of(), () -> life.record(
                event(id, EventType.TEMPORARY_TRANSFER_OUT, null, TransferDetails.out(COMPANY, d))));
        assertEquals(MemberStatus.OFFICIAL, members.find(id).orElseThrow().status());
    }

    @Test
    void aPermanentTransferOutNeedsADestinationAndTakesTheMemberOffTheRoll() throws AppException {
        long id = official("An");
        LocalDate d = LocalDate.of(2026, 3, 2);
        refused("member.event.error.destinationRequired", List.of(),
                () -> life.record(event(id, EventType.TRANSFER_OUT, d, TransferDetails.NONE)));
        // an expected return means nothing for a permanent transfer: it is not stored
        life.record(event(id, EventType.TRANSFER_OUT, d, TransferDetails.out(COMPANY, d.plusYears(1))));
        MemberDetails m = members.find(id).orElseThrow();
        assertEquals(MemberStatus.TRANSFERRED_OUT, m.status());
        assertEquals(false, m.status().onRoll());
        assertEquals(null, lastEvent(id).getExpectedReturnDate());
        assertEquals("02/03/2026 · Chuyển sinh hoạt đảng chính thức đi — đến " + COMPANY + " · QĐ số 25-GGT/ĐU"
                + " → Đã chuyển đi", HistoryLines.of(members.events(id).getLast()));
        refused("member.event.error.refused", List.of(I18n.t("member.event.TRANSFER_OUT"), I18n.t("member.rule.notActive")),
                () -> life.record(event(id, EventType.TRANSFER_OUT, d.plusDays(1), TransferDetails.out(COMPANY, null))));
    }

    @Test
    void aMemberWhoTransferredOutComesBackIntoTheChosenCellAndKeepsHisPartyAge() throws AppException {
        long id = official("An");
        life.record(event(id, EventType.TRANSFER_OUT, LocalDate.of(2020, 1, 2), TransferDetails.out(COMPANY, null)));
        LocalDate arrival = LocalDate.of(2023, 5, 15);
        assertEquals(MemberStatus.OFFICIAL, life.record(event(id, EventType.TRANSFER_IN, arrival,
                TransferDetails.in(COMPANY, cell2, LocalDate.of(2023, 5, 2)))));

        MemberDetails m = members.find(id).orElseThrow();
        assertEquals(cell2, m.unitId());
        MembershipEventRecord row = lastEvent(id);
        assertEquals(cell1, row.getFromUnitId());
        assertEquals(cell2, row.getToUnitId());
        assertEquals(COMPANY, row.getExternalUnitName());
        assertEquals(LocalDate.of(2023, 5, 2), row.getDecisionDate());
        assertEquals("15/05/2023 · Chuyển sinh hoạt đảng đến — từ " + COMPANY + ", về Chi bộ thôn 2, giấy giới thiệu"
                + " ngày 02/05/2023 · QĐ số 25-GGT/ĐU → Chính thức", HistoryLines.of(members.events(id).getLast()));
        // the years away were spent in another Party organisation: no gap, party age as if never away
        assertEquals(List.of(), members.interruptions(id));
        assertEquals(Optional.of(26), PartyAge.years(LocalDate.of(2000, 3, 1), members.interruptions(id),
                LocalDate.of(2026, 3, 1)));
        assertEquals("Chi bộ thôn 2", members.list(MemberQuery.all()).getFirst().unitName());
    }

    @Test
    void aTransferInNeedsTheOriginAndAnActiveCellOfThisCommune() throws AppException {
        long id = official("An");
        life.record(event(id, EventType.TRANSFER_OUT, LocalDate.of(2020, 1, 2), TransferDetails.out(COMPANY, null)));
        LocalDate d = LocalDate.of(2023, 5, 15);
        refused("member.event.error.originRequired", List.of(),
                () -> life.record(event(id, EventType.TRANSFER_IN, d, TransferDetails.in(null, cell2, null))));
        refused("member.event.error.cellRequired", List.of(),
                () -> life.record(event(id, EventType.TRANSFER_IN, d, TransferDetails.in(COMPANY, null, null))));
        refused("member.event.error.letterAfterArrival", List.of("15/05/2023"), () -> life.record(
                event(id, EventType.TRANSFER_IN, d, TransferDetails.in(COMPANY, cell2, d.plusDays(1)))));
        refused("member.event.error.cellUnknown", List.of(),
                () -> life.record(event(id, EventType.TRANSFER_IN, d, TransferDetails.in(COMPANY, 987_654L, null))));
        refused("member.event.error.cellIsCommittee", List.of("Đảng bộ xã Phú Sơn"),
                () -> life.record(event(id, EventType.TRANSFER_IN, d, TransferDetails.in(COMPANY, root, null))));
        ctx.units().dissolve(cell2, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty());
        refused("member.event.error.cellDissolved", List.of("Chi bộ thôn 2"),
                () -> life.record(event(id, EventType.TRANSFER_IN, d, TransferDetails.in(COMPANY, cell2, null))));
        long onRoll = official("Bình");
        refused("member.event.error.refused", List.of(I18n.t("member.event.TRANSFER_IN"), I18n.t("member.rule.alreadyOnRoll")),
                () -> life.record(event(onRoll, EventType.TRANSFER_IN, d, TransferDetails.in(COMPANY, cell1, null))));
        assertEquals(MemberStatus.TRANSFERRED_OUT, members.find(id).orElseThrow().status());
    }

    /// Q294-QĐ/TW §6.3.1 (domain.md §4.4): lateness is shown, not deducted; a gap is recorded only with the
    /// committee's decision (number and date).
    @Test
    void aLateLetterIsShownAndLeavesAGapOnlyWhenTheCommitteeDecidesOne() throws AppException {
        long late = official("An");
        long onTime = official("Bình");
        LocalDate letter = LocalDate.of(2020, 1, 2);
        // 30 working days after Thursday 2/1/2020 is Thursday 13/2/2020
        life.record(event(onTime, EventType.TRANSFER_OUT, LocalDate.of(2019, 6, 1), TransferDetails.out(COMPANY, null)));
        life.record(event(onTime, EventType.TRANSFER_IN, LocalDate.of(2020, 2, 13), TransferDetails.in(COMPANY, cell1, letter)));
        MemberEvent inTime = members.events(onTime).getLast();
        assertEquals(new TransferLetter.Lateness(LocalDate.of(2020, 2, 13), 0, 0, false), life.lateness(inTime).orElseThrow());
        refused("member.transfer.decision.error.inTime", List.of("13/02/2020"),
                () -> life.decideLateLetter(inTime.id(), "5-QĐ/ĐU", LocalDate.of(2020, 3, 1), Optional.empty()));

        life.record(event(late, EventType.TRANSFER_OUT, LocalDate.of(2019, 6, 1), TransferDetails.out(COMPANY, null)));
        life.record(event(late, EventType.TRANSFER_IN, LocalDate.of(2020, 6, 1), TransferDetails.in(COMPANY, cell1, letter)));
        // no automatic deduction
        assertEquals(List.of(), members.interruptions(late));
        MemberEvent arrival = members.events(late).getLast();
        assertEquals(new TransferLetter.Lateness(LocalDate.of(2020, 2, 13), 77, 109, true), life.lateness(arrival).orElseThrow());
        assertEquals("01/06/2020 · Chuyển sinh hoạt đảng đến — từ " + COMPANY + ", giấy giới thiệu ngày 02/01/2020"
                + " · QĐ số 25-GGT/ĐU → Chính thức · nộp giấy giới thiệu chậm 77 ngày làm việc (hạn 13/02/2020)"
                + " · chậm quá 3 tháng: cấp ủy xem xét xóa tên", HistoryLines.of(arrival, life.lateness(arrival)));

        Optional<PartyAge.Interruption> gap = Optional.of(new PartyAge.Interruption(LocalDate.of(2020, 2, 14),
                Optional.of(LocalDate.of(2020, 5, 31))));
        LocalDate decided = LocalDate.of(2020, 6, 15);
        refused("member.transfer.decision.error.noRequired", List.of(),
                () -> life.decideLateLetter(arrival.id(), " ", decided, gap));
        refused("member.transfer.decision.error.dateRequired", List.of(),
                () -> life.decideLateLetter(arrival.id(), "15-QĐ/ĐU", null, gap));
        refused("member.transfer.decision.error.beforeArrival", List.of("01/06/2020"),
                () -> life.decideLateLetter(arrival.id(), "15-QĐ/ĐU", LocalDate.of(2020, 5, 1), gap));
        refused("member.transfer.decision.error.gapOrder", List.of(), () -> life.decideLateLetter(arrival.id(), "15-QĐ/ĐU",
                decided, Optional.of(new PartyAge.Interruption(LocalDate.of(2020, 3, 1), Optional.of(LocalDate.of(2020, 2, 1))))));
        refused("member.transfer.decision.error.gapOutside", List.of("02/01/2020", "01/06/2020"),
                () -> life.decideLateLetter(arrival.id(), "15-QĐ/ĐU", decided, Optional.of(new PartyAge.Interruption(
                        LocalDate.of(2020, 2, 14), Optional.of(LocalDate.of(2020, 6, 1))))));
        refused("member.transfer.decision.error.notLateTransfer", List.of(),
                () -> life.decideLateLetter(members.events(late).getFirst().id(), "15-QĐ/ĐU", decided, gap));

        life.decideLateLetter(arrival.id(), "15-QĐ/ĐU", decided, gap);
        List<PartyAge.Interruption> gaps = members.interruptions(late);
        assertEquals(List.of(gap.orElseThrow()), gaps);
        var row = ctx.db().dsl().selectFrom(MEMBERSHIP_INTERRUPTION).where(MEMBERSHIP_INTERRUPTION.MEMBER_ID.eq(late)).fetchOne();
        assertEquals(List.of(MemberLifecycleService.TRANSFER_GAP, "15-QĐ/ĐU", decided),
                List.of(row.getReason(), row.getDecisionNo(), row.getDecisionDate()));
        assertEquals(1, ctx.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("MEMBER_TRANSFER_DECISION")));
        refused("member.transfer.decision.error.already", List.of("15-QĐ/ĐU"),
                () -> life.decideLateLetter(arrival.id(), "16-QĐ/ĐU", decided, Optional.empty()));
        assertEquals("cấp ủy đã xem xét: QĐ số 15-QĐ/ĐU ngày 15/06/2020",
                HistoryLines.of(members.events(late).getLast(), Optional.empty()).split(" · ")[3]);
        // 108 days later: the 26th year of party age is reached on 17/6/2026 instead of 1/3/2026
        assertEquals(LocalDate.of(2026, 6, 17), PartyAge.milestoneDate(LocalDate.of(2000, 3, 1), gaps, 26));
        MemberRow list = members.list(MemberQuery.all()).stream().filter(r -> r.id() == late).findFirst().orElseThrow();
        // on 21/11/2026 (the test clock) the 26th year has been reached
        assertEquals(26, list.partyAgeYears());
    }

    /// Party age stops at death (domain.md §5.1, §5.3): admitted 01/03/2000, died 01/02/2026, the list shows 25 years
    /// on 21/11/2026 (the test clock), not the 26 a living member has; cancelling the death gives them back.
    @Test
    void partyAgeStopsAtDeath() throws AppException {
        long died = official("An");
        long living = official("Bình");
        life.record(new NewEvent(died, EventType.DEATH, LocalDate.of(2026, 2, 1), null, null));
        Map<Long, Integer> ages = new HashMap<>();
        members.list(MemberQuery.all()).forEach(r -> ages.put(r.id(), r.partyAgeYears()));
        assertEquals(List.of(25, 26), List.of(ages.get(died), ages.get(living)));
        life.cancel(died, members.events(died).getLast().id(), "Ghi nhầm người");
        assertEquals(26, members.list(MemberQuery.all()).stream().filter(r -> r.id() == died).findFirst().orElseThrow()
                .partyAgeYears());
    }

    /// More than 3 months late: the overview reminds the committee to consider xóa tên until it records a decision;
    /// the member is never changed by the app. Tết 2026 and 27/4, 30/4, 1/5 of the default holiday list are skipped.
    @Test
    void aLetterMoreThanThreeMonthsLateIsRemindedUntilTheCommitteeDecides() throws AppException {
        long id = official("An");
        long soon = official("Bình");
        life.record(event(id, EventType.TRANSFER_OUT, LocalDate.of(2025, 6, 1), TransferDetails.out(COMPANY, null)));
        life.record(event(id, EventType.TRANSFER_IN, LocalDate.of(2026, 7, 1),
                TransferDetails.in(COMPANY, cell1, LocalDate.of(2026, 2, 2))));
        life.record(event(soon, EventType.TRANSFER_OUT, LocalDate.of(2025, 6, 1), TransferDetails.out(COMPANY, null)));
        life.record(event(soon, EventType.TRANSFER_IN, LocalDate.of(2026, 6, 23),
                TransferDetails.in(COMPANY, cell1, LocalDate.of(2026, 2, 2))));
        MemberEvent arrival = members.events(id).getLast();
        assertEquals(new TransferLetter.Lateness(LocalDate.of(2026, 3, 23), 69, 100, true), life.lateness(arrival).orElseThrow());
        assertEquals(List.of("Trần Văn An 02/02/2026 23/03/2026 01/07/2026"), ctx.reminders().load().lateLetters().stream()
                .map(r -> r.fullName() + " " + Dates.format(r.letterDate()) + " " + Dates.format(r.deadline()) + " "
                        + Dates.format(r.arrival())).toList());
        assertEquals(MemberStatus.OFFICIAL, members.find(id).orElseThrow().status());
        life.decideLateLetter(arrival.id(), "40-QĐ/ĐU", LocalDate.of(2026, 7, 20), Optional.empty());
        assertEquals(List.of(), ctx.reminders().load().lateLetters());
        assertEquals(List.of(), members.interruptions(id));
    }

    @Test
    void aMoveToAnotherCellIsADatedEventThatKeepsTheStatus() throws AppException {
        long id = official("An");
        LocalDate d = LocalDate.of(2026, 4, 1);
        refused("member.event.error.cellRequired", List.of(),
                () -> life.record(event(id, EventType.INTERNAL_TRANSFER, d, TransferDetails.NONE)));
        refused("member.event.error.sameCell", List.of(),
                () -> life.record(event(id, EventType.INTERNAL_TRANSFER, d, TransferDetails.toCell(cell1))));
        refused("member.event.error.cellIsCommittee", List.of("Đảng bộ xã Phú Sơn"),
                () -> life.record(event(id, EventType.INTERNAL_TRANSFER, d, TransferDetails.toCell(root))));

        assertEquals(MemberStatus.OFFICIAL, life.record(event(id, EventType.INTERNAL_TRANSFER, d,
                TransferDetails.toCell(cell2))));
        assertEquals(cell2, members.find(id).orElseThrow().unitId());
        MembershipEventRecord row = lastEvent(id);
        assertEquals(List.of(cell1, cell2, "OFFICIAL", "OFFICIAL"),
                List.of(row.getFromUnitId(), row.getToUnitId(), row.getStatusBefore(), row.getStatusAfter()));
        assertEquals("01/04/2026 · Chuyển sinh hoạt sang chi bộ khác trong đảng bộ — từ Chi bộ thôn 1 sang Chi bộ thôn 2"
                + " · QĐ số 25-GGT/ĐU → Chính thức", HistoryLines.of(members.events(id).getLast()));
        assertEquals(List.of(), members.interruptions(id));

        life.record(new NewEvent(id, EventType.SUSPENSION_START, d.plusDays(1), null, null));
        refused("member.event.error.refused", List.of(I18n.t("member.event.INTERNAL_TRANSFER"),
                I18n.t("member.rule.transferWhileSuspended")),
                () -> life.record(event(id, EventType.INTERNAL_TRANSFER, d.plusDays(2), TransferDetails.toCell(cell1))));
    }

    @Test
    void theFormDoesNotMoveAMemberSilently() throws AppException {
        long id = official("An");
        MemberDetails d = members.find(id).orElseThrow();
        MemberDetails moved = new MemberDetails(id, d.familyName(), d.middleName(), d.givenName(), d.gender(),
                d.birthDate(), d.placeOfBirth(), d.homeTown(), d.permanentAddress(), d.temporaryAddress(), d.cccdNumber(),
                d.phone(), d.ethnicityCode(), d.religionCode(), cell2, d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), d.fullMembershipDate(), d.cardNumber(), d.dossierNumber(),
                d.generalEducation(), d.professionalLevel(), d.theoryLevel(), "Nông dân", d.note(), d.status(), null, false);
        refused("member.form.error.unitChangeByEvent", List.of(I18n.t("member.event.INTERNAL_TRANSFER")),
                () -> members.save(moved));
        assertEquals(cell1, members.find(id).orElseThrow().unitId());
    }

    @Test
    void aNewMemberArrivingByTransferKeepsTheAdmissionDatesAndHasOnlyATransferInEvent() throws AppException {
        NewEvent arrival = new NewEvent(0, EventType.TRANSFER_IN, LocalDate.of(2025, 8, 4), "112-GGT/ĐU", null,
                TransferDetails.in(COMPANY, null, LocalDate.of(2025, 7, 25)));
        long full = members.save(details("An", cell2, LocalDate.of(1995, 1, 10), LocalDate.of(1996, 1, 25)),
                Optional.of(arrival));
        MemberDetails m = members.find(full).orElseThrow();
        assertEquals(MemberStatus.OFFICIAL, m.status());
        assertEquals(List.of(LocalDate.of(1995, 1, 10), LocalDate.of(1995, 1, 20), LocalDate.of(1996, 1, 25)),
                List.of(m.admissionDecisionDate(), m.admissionCeremonyDate(), m.fullMembershipDate()));
        assertEquals(cell2, m.unitId());
        List<MemberEvent> events = members.events(full);
        assertEquals(List.of(EventType.TRANSFER_IN), events.stream().map(MemberEvent::type).toList());
        assertEquals(null, events.getFirst().statusBefore());
        assertEquals(new TransferDetails(null, cell2, COMPANY, null, LocalDate.of(2025, 7, 25)), events.getFirst().transfer());
        assertEquals(List.of(), members.interruptions(full));
        // a transfer does not interrupt party age: the 30-year badge is due at the 3/2/2025 round as admitted in 1995
        assertEquals(List.of(30), ctx.badges().dueList(LocalDate.of(2025, 2, 3)).stream()
                .filter(r -> r.memberId() == full).map(BadgeDueRow::milestone).toList());

        long probationary = members.save(details("Bình", cell1, LocalDate.of(2025, 3, 1), null), Optional.of(arrival));
        assertEquals(MemberStatus.PROBATIONARY, members.find(probationary).orElseThrow().status());
        assertEquals(List.of(EventType.TRANSFER_IN), members.events(probationary).stream().map(MemberEvent::type).toList());
    }

    @Test
    void aNewMemberArrivingByTransferIsRefusedWithNothingWrittenOnBadInput() throws AppException {
        MemberDetails d = details("An", cell1, LocalDate.of(2010, 1, 10), LocalDate.of(2011, 1, 25));
        LocalDate in = LocalDate.of(2025, 8, 4);
        refused("member.event.error.originRequired", List.of(), () -> members.save(d, Optional.of(
                new NewEvent(0, EventType.TRANSFER_IN, in, null, null, TransferDetails.in("", null, null)))));
        refused("member.event.error.dateRequired", List.of(), () -> members.save(d, Optional.of(
                new NewEvent(0, EventType.TRANSFER_IN, null, null, null, TransferDetails.in(COMPANY, null, null)))));
        refused("member.form.error.arrivalBeforeAdmission", List.of(), () -> members.save(d, Optional.of(
                new NewEvent(0, EventType.TRANSFER_IN, LocalDate.of(2009, 1, 1), null, null,
                        TransferDetails.in(COMPANY, null, null)))));
        refused("member.event.error.letterAfterArrival", List.of("04/08/2025"), () -> members.save(d, Optional.of(
                new NewEvent(0, EventType.TRANSFER_IN, in, null, null, TransferDetails.in(COMPANY, null, in.plusDays(3))))));
        ctx.units().dissolve(cell2, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty());
        refused("member.event.error.cellDissolved", List.of("Chi bộ thôn 2"), () -> members.save(
                details("An", cell2, LocalDate.of(2010, 1, 10), null), Optional.of(
                        new NewEvent(0, EventType.TRANSFER_IN, in, null, null, TransferDetails.in(COMPANY, null, null)))));
        assertEquals(0, members.count());
    }
}
