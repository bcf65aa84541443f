package vn.dangvu;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.PersonName;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitUpdate;

/// A small commune for the plan and meeting tests: Phú Sơn (Khánh Hòa), term 2025–2030, cells created on demand,
/// members created as the member form creates them and moved by recorded events.
public final class TestCommune {

    private TestCommune() {
    }

    /// A new database file with the commune set up.
    public static AppContext create(Path dir, Clock clock) throws AppException {
        AppContext ctx = new AppContext(Database.create(dir.resolve("db")), clock);
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bí", "2025–2030", 2025, 2030));
        return ctx;
    }

    /// A hamlet cell under the commune committee; `schedule` as typed in the unit panel ("ngày 10 hằng tháng").
    public static long cell(AppContext ctx, String name, Optional<String> schedule) throws AppException {
        long root = ctx.units().root().orElseThrow().id();
        long id = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET),
                name, Optional.of(LocalDate.of(2000, 1, 1)), Optional.empty()));
        if (schedule.isPresent()) {
            ctx.units().update(new UnitUpdate(id, name, Optional.of(CellType.HAMLET), Optional.empty(),
                    Optional.of(LocalDate.of(2000, 1, 1)), Optional.empty(), schedule, Optional.empty()));
        }
        return id;
    }

    /// A full member admitted on `admitted` (full a year later) in `cell`.
    public static long member(AppContext ctx, long cell, String name, LocalDate admitted) throws AppException {
        return save(ctx, cell, name, admitted, admitted.plusYears(1));
    }

    /// A probationary member admitted on `admitted` in `cell`.
    public static long probationary(AppContext ctx, long cell, String name, LocalDate admitted) throws AppException {
        return save(ctx, cell, name, admitted, null);
    }

    private static long save(AppContext ctx, long cell, String name, LocalDate admitted, LocalDate full) throws AppException {
        PersonName n = PersonName.parse(name);
        return ctx.members().save(new MemberDetails(null, n.family(), n.middle(), n.given(), Gender.MALE,
                LocalDate.of(1975, 3, 4), null, null, null, null, null, null, null, null, cell, admitted, null, admitted,
                full, null, null, null, null, null, null, null, null, null, false));
    }

    /// Moves a member to another cell of the commune on `day`.
    public static void move(AppContext ctx, long member, long toCell, LocalDate day) throws AppException {
        ctx.members().lifecycle().record(new NewEvent(member, EventType.INTERNAL_TRANSFER, day, null, null,
                TransferDetails.toCell(toCell)));
    }

    /// Records an event without details (exemption, death, ...).
    public static void event(AppContext ctx, long member, EventType type, LocalDate day) throws AppException {
        ctx.members().lifecycle().record(new NewEvent(member, type, day, null, null));
    }
}
