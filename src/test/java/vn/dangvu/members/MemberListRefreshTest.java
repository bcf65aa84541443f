package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.SetupRequest;

/// The member list held in memory follows every change made through the services, member by member (a
/// renamed member moves to its new place, an event changes the status and party age shown), and it is the
/// list the database holds: a fresh read after closing and reopening gives the same rows.
class MemberListRefreshTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private long unit;

    @BeforeEach
    void open() throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("db")));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        unit = ctx.units().all().get(0).id();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private MemberDetails details(Long id, String family, String given, LocalDate admitted) {
        return new MemberDetails(id, family, "Văn", given, Gender.MALE, admitted.minusYears(25), null, "Phú Sơn", null,
                null, null, null, "ETH_01", null, unit, admitted, "12-QĐ/ĐU", admitted.plusDays(5), admitted.plusYears(1),
                null, null, null, null, null, null, null, null, null, false);
    }

    private List<String> names(String search) {
        return ctx.members().list(new MemberQuery(search, Optional.empty())).stream().map(MemberRow::fullName).toList();
    }

    @Test
    void savesAndEventsShowInTheListWithoutReadingItAgain() throws AppException {
        LocalDate d = LocalDate.of(2000, 3, 1);
        long an = ctx.members().save(details(null, "Trần", "An", d));
        ctx.members().save(details(null, "Lê", "Bình", d));
        ctx.members().save(details(null, "Phạm", "Dũng", d));
        assertEquals(List.of("Trần Văn An", "Lê Văn Bình", "Phạm Văn Dũng"), names(""));

        ctx.members().save(details(an, "Trần", "Hưởng", d)); // renamed: moves after Dũng
        assertEquals(List.of("Lê Văn Bình", "Phạm Văn Dũng", "Trần Văn Hưởng"), names(""));
        assertEquals(List.of("Trần Văn Hưởng"), names("huong"));
        assertEquals(List.of(), names("an"));

        ctx.members().lifecycle().record(new NewEvent(an, EventType.DEATH, LocalDate.of(2025, 6, 1), null, null));
        MemberRow shown = ctx.members().list(new MemberQuery("huong", Optional.empty())).getFirst();
        assertEquals(MemberStatus.DECEASED, shown.status());

        long added = ctx.members().save(details(null, "Đỗ", "Anh", LocalDate.of(2020, 1, 1)));
        assertEquals(List.of("Đỗ Văn Anh", "Lê Văn Bình", "Phạm Văn Dũng", "Trần Văn Hưởng"), names(""));

        // what the list shows is what a fresh read of the file gives
        List<MemberRow> inMemory = ctx.members().list(MemberQuery.all());
        ctx.close();
        ctx = new AppContext(Database.open(dir.resolve("db")));
        assertEquals(inMemory, ctx.members().list(MemberQuery.all()));
        assertEquals(added, ctx.members().list(new MemberQuery("anh", Optional.empty())).getFirst().id());
    }

    @Test
    void aRefusedSaveLeavesTheListAsItWas() throws AppException {
        LocalDate d = LocalDate.of(2000, 3, 1);
        long an = ctx.members().save(details(null, "Trần", "An", d));
        List<MemberRow> before = ctx.members().list(MemberQuery.all());
        MemberDetails bad = details(an, "Trần", "Hưởng", d);
        bad = new MemberDetails(bad.id(), bad.familyName(), bad.middleName(), bad.givenName(), bad.gender(), bad.birthDate(),
                bad.placeOfBirth(), bad.homeTown(), bad.permanentAddress(), bad.temporaryAddress(), "12345", bad.phone(),
                bad.ethnicityCode(), bad.religionCode(), bad.unitId(), bad.admissionDecisionDate(), bad.admissionDecisionNo(),
                bad.admissionCeremonyDate(), bad.fullMembershipDate(), bad.cardNumber(), bad.dossierNumber(),
                bad.generalEducation(), bad.professionalLevel(), bad.theoryLevel(), bad.occupation(), bad.note(), bad.status(),
                bad.firstAdmissionDate(), bad.readmitted());
        MemberDetails refused = bad;
        Assertions.assertThrows(AppException.class, () -> ctx.members().save(refused));
        assertEquals(before, ctx.members().list(MemberQuery.all()));
        Assertions.assertThrows(AppException.class, () -> ctx.members().lifecycle()
                .record(new NewEvent(an, EventType.FULL_MEMBERSHIP, LocalDate.of(2025, 1, 1), null, null)));
        assertEquals(before, ctx.members().list(MemberQuery.all()));
    }
}
