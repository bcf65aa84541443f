package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/// Lifecycle events and the member form save on a real H2 file.
class MemberLifecycleServiceTest {

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

    private long add(String given, LocalDate admitted, LocalDate full, String card) throws AppException {
        return members.save(new MemberDetails(null, "Nguyễn", "Văn", given, Gender.MALE, admitted.minusYears(25), null,
                "Phú Sơn", null, null, null, null, "ETH_01", null, unit, admitted, "12-QĐ/ĐU", admitted.plusDays(5),
                full, card, null, null, null, null, null, null, null, null, false));
    }

    /// Records the event with the details its type needs (a transfer in comes back to the same cell).
    private MemberStatus event(long id, EventType t, LocalDate d) throws AppException {
        TransferDetails details = switch (t) {
            case TRANSFER_OUT -> TransferDetails.out("Đảng bộ phường Bình Minh", null);
            case TEMPORARY_TRANSFER_OUT -> TransferDetails.out("Đảng bộ Trường Chính trị tỉnh", d.plusMonths(3));
            case TRANSFER_IN -> TransferDetails.in("Đảng bộ phường Bình Minh", unit, null);
            default -> TransferDetails.NONE;
        };
        return life.record(new NewEvent(id, t, d, "QĐ " + t, null, details));
    }

    private MemberStatus status(long id) {
        return members.find(id).orElseThrow().status();
    }

    @Test
    void newMemberIsRegisteredWithAnAdmissionEventAndAnAuditRow() throws AppException {
        long id = add("An", LocalDate.of(2024, 1, 10), null, "001");
        assertEquals(MemberStatus.PROBATIONARY, status(id));
        assertEquals(List.of(EventType.ADMISSION), members.events(id).stream().map(MemberEvent::type).toList());
        long official = add("Bình", LocalDate.of(2000, 1, 10), LocalDate.of(2001, 1, 20), "002");
        assertEquals(MemberStatus.OFFICIAL, status(official));
        assertEquals(List.of(EventType.ADMISSION, EventType.FULL_MEMBERSHIP),
                members.events(official).stream().map(MemberEvent::type).toList());
        assertEquals(2, ctx.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("MEMBER_CREATE")));
        assertEquals(2, members.list(MemberQuery.all()).size());
    }

    @Test
    void editWritesFieldsAndAnAuditRowAndRefusesATakenCardOrABadCccd() throws AppException {
        long a = add("An", LocalDate.of(2000, 1, 10), LocalDate.of(2001, 1, 20), "001");
        add("Bình", LocalDate.of(2000, 1, 10), LocalDate.of(2001, 1, 20), "002");
        MemberDetails d = members.find(a).orElseThrow();
        MemberDetails renamed = new MemberDetails(a, d.familyName(), "Thị", "Hường", Gender.FEMALE, d.birthDate(),
                d.placeOfBirth(), d.homeTown(), d.permanentAddress(), d.temporaryAddress(), "012345678901", d.phone(),
                d.ethnicityCode(), d.religionCode(), d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), d.fullMembershipDate(), "002", d.dossierNumber(), d.generalEducation(),
                d.professionalLevel(), "ELEMENTARY", d.occupation(), d.note(), d.status(), null, false);
        AppException taken = assertThrows(AppException.class, () -> members.save(renamed));
        assertEquals("member.form.error.cardTaken", taken.key());
        assertEquals("001", members.find(a).orElseThrow().cardNumber());

        MemberDetails ok = withCard(renamed, "003");
        members.save(ok);
        assertEquals("Nguyễn Thị Hường", members.list(new MemberQuery("huong", Optional.empty())).getFirst().fullName());
        assertEquals("Sơ cấp", members.list(new MemberQuery("huong", Optional.empty())).getFirst().theoryLevelName());
        assertEquals(1, ctx.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("MEMBER_EDIT")));
        assertEquals(MemberStatus.OFFICIAL, status(a));

        AppException cccd = assertThrows(AppException.class, () -> members.save(withCccd(ok, "12345")));
        assertEquals("member.form.error.cccd", cccd.key());
    }

    private static MemberDetails withCard(MemberDetails d, String card) {
        return new MemberDetails(d.id(), d.familyName(), d.middleName(), d.givenName(), d.gender(), d.birthDate(),
                d.placeOfBirth(), d.homeTown(), d.permanentAddress(), d.temporaryAddress(), d.cccdNumber(), d.phone(),
                d.ethnicityCode(), d.religionCode(), d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), d.fullMembershipDate(), card, d.dossierNumber(), d.generalEducation(),
                d.professionalLevel(), d.theoryLevel(), d.occupation(), d.note(), d.status(), null, false);
    }

    private static MemberDetails withCccd(MemberDetails d, String cccd) {
        return new MemberDetails(d.id(), d.familyName(), d.middleName(), d.givenName(), d.gender(), d.birthDate(),
                d.placeOfBirth(), d.homeTown(), d.permanentAddress(), d.temporaryAddress(), cccd, d.phone(),
                d.ethnicityCode(), d.religionCode(), d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), d.fullMembershipDate(), d.cardNumber(), d.dossierNumber(), d.generalEducation(),
                d.professionalLevel(), d.theoryLevel(), d.occupation(), d.note(), d.status(), null, false);
    }

    @Test
    void everyLegalTransitionIsStoredAsADatedEventWithStatusBeforeAndAfter() throws AppException {
        long id = add("An", LocalDate.of(2000, 1, 10), null, null);
        LocalDate d = LocalDate.of(2001, 1, 20);
        record Step(EventType type, MemberStatus after) {
        }
        List<Step> path = List.of(
                new Step(EventType.FULL_MEMBERSHIP, MemberStatus.OFFICIAL),
                new Step(EventType.TEMPORARY_TRANSFER_OUT, MemberStatus.TEMPORARILY_AWAY),
                new Step(EventType.TEMPORARY_RETURN, MemberStatus.OFFICIAL),
                new Step(EventType.EXEMPTION_START, MemberStatus.EXEMPT_WORK_MEETINGS),
                new Step(EventType.EXEMPTION_END, MemberStatus.OFFICIAL),
                new Step(EventType.SUSPENSION_START, MemberStatus.SUSPENDED),
                new Step(EventType.SUSPENSION_END, MemberStatus.OFFICIAL),
                new Step(EventType.TRANSFER_OUT, MemberStatus.TRANSFERRED_OUT),
                new Step(EventType.TRANSFER_IN, MemberStatus.OFFICIAL),
                new Step(EventType.REMOVAL, MemberStatus.REMOVED),
                new Step(EventType.READMISSION, MemberStatus.PROBATIONARY),
                new Step(EventType.FULL_MEMBERSHIP, MemberStatus.OFFICIAL),
                new Step(EventType.RESIGNATION, MemberStatus.RESIGNED));
        for (Step s : path) {
            d = d.plusMonths(6);
            assertEquals(s.after(), event(id, s.type(), d), s.type().name());
            assertEquals(s.after(), status(id));
        }
        List<MemberEvent> events = members.events(id);
        assertEquals(path.size() + 1, events.size());
        MemberEvent last = events.getLast();
        assertEquals(EventType.RESIGNATION, last.type());
        assertEquals(MemberStatus.OFFICIAL, last.statusBefore());
        assertEquals("QĐ RESIGNATION", last.decisionNo());
        assertEquals(d, last.date());

        long e = add("Bình", LocalDate.of(2000, 1, 10), LocalDate.of(2001, 1, 20), "E");
        assertEquals(MemberStatus.EXPELLED, event(e, EventType.EXPULSION, LocalDate.of(2010, 1, 1)));
        long x = add("Cường", LocalDate.of(2000, 1, 10), LocalDate.of(2001, 1, 20), "X");
        assertEquals(MemberStatus.DECEASED, event(x, EventType.DEATH, LocalDate.of(2010, 1, 1)));
        assertEquals(List.of(), members.interruptions(x));
        long p = add("Dũng", LocalDate.of(2024, 1, 10), null, "P");
        assertEquals(MemberStatus.REMOVED, event(p, EventType.PROBATION_FAILED, LocalDate.of(2025, 1, 20)));
        assertEquals(1, members.interruptions(p).size());
    }

    @Test
    void refusedTransitionsLeaveTheDataUnchangedAndSayWhy() throws AppException {
        long id = add("An", LocalDate.of(2020, 1, 10), null, null);
        int events = ctx.db().dsl().fetchCount(MEMBERSHIP_EVENT);
        for (EventType t : List.of(EventType.EXPULSION, EventType.EXEMPTION_START, EventType.READMISSION,
                EventType.TEMPORARY_RETURN, EventType.ADMISSION, EventType.SUSPENSION_END)) {
            AppException ex = assertThrows(AppException.class, () -> event(id, t, LocalDate.of(2021, 1, 1)), t.name());
            assertEquals("member.event.error.refused", ex.key());
            assertEquals(I18n.t(life.check(id, t).refusalKey().orElseThrow()), ex.args()[1]);
        }
        assertEquals(events, ctx.db().dsl().fetchCount(MEMBERSHIP_EVENT));
        assertEquals(MemberStatus.PROBATIONARY, status(id));
        assertEquals(List.of(), members.interruptions(id));

        event(id, EventType.REMOVAL, LocalDate.of(2021, 1, 1));
        event(id, EventType.READMISSION, LocalDate.of(2022, 1, 1));
        event(id, EventType.REMOVAL, LocalDate.of(2023, 1, 1));
        AppException once = assertThrows(AppException.class, () -> event(id, EventType.READMISSION, LocalDate.of(2024, 1, 1)));
        assertEquals(I18n.t("member.rule.readmitOnce"), once.args()[1]);
        assertEquals(MemberStatus.REMOVED, status(id));
    }

    @Test
    void readmissionClosesTheInterruptionAndPartyAgeCountsFromTheFirstAdmission() throws AppException {
        LocalDate first = LocalDate.of(2000, 1, 1);
        long id = add("An", first, LocalDate.of(2001, 1, 10), null);
        event(id, EventType.REMOVAL, LocalDate.of(2010, 1, 1));
        assertEquals(List.of(new PartyAge.Interruption(LocalDate.of(2010, 1, 1), Optional.empty())),
                members.interruptions(id));
        event(id, EventType.READMISSION, LocalDate.of(2012, 1, 1));

        List<PartyAge.Interruption> gaps = members.interruptions(id);
        assertEquals(List.of(new PartyAge.Interruption(LocalDate.of(2010, 1, 1), Optional.of(LocalDate.of(2011, 12, 31)))),
                gaps);
        MemberDetails d = members.find(id).orElseThrow();
        assertTrue(d.readmitted());
        assertEquals(first, d.firstAdmissionDate());
        assertEquals(LocalDate.of(2012, 1, 1), d.admissionDecisionDate());
        assertEquals(null, d.fullMembershipDate());
        assertEquals(Optional.of(24), PartyAge.years(first, gaps, LocalDate.of(2026, 1, 1)));
        assertEquals(Optional.of(23), PartyAge.years(first, gaps, LocalDate.of(2025, 12, 30)));
        MemberRow row = members.list(MemberQuery.all()).getFirst();
        // on 21/11/2026 (the test clock): 26 years since the first admission, less the two years out
        assertEquals(24, row.partyAgeYears());
    }
}
