package vn.dangvu.rating;

import static vn.dangvu.db.jooq.Tables.DISCIPLINE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
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
import vn.dangvu.units.NewLeader;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitRules;

/// A small commune for the rating tests, on a real H2 file: Phú Sơn (Khánh Hòa), today 21/11/2026, years 2025 and
/// 2026 opened (Q366), two chi bộ trực thuộc (thôn Đông, thôn Tây) and a chi bộ cơ sở (Trường THCS); members are
/// created as the member form creates them and moved by recorded events.
public final class RatingFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final LocalDate BIRTH = LocalDate.of(1975, 3, 4);

    public final AppContext ctx;
    public final RatingService rating;
    public final long root;
    public final long dong;
    public final long tay;
    public final long school;

    public RatingFixture(Path dir) throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(TODAY));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bí", "2025–2030", 2025, 2030));
        rating = ctx.rating();
        root = ctx.units().root().orElseThrow().id();
        dong = unit("Chi bộ thôn Đông", UnitKind.SUBORDINATE_CELL, CellType.HAMLET, LocalDate.of(1990, 1, 1));
        tay = unit("Chi bộ thôn Tây", UnitKind.SUBORDINATE_CELL, CellType.HAMLET, LocalDate.of(1990, 1, 1));
        school = unit("Chi bộ cơ sở Trường THCS", UnitKind.GRASSROOTS_CELL, CellType.SCHOOL, LocalDate.of(1995, 9, 5));
        ctx.years().open(2025, Optional.empty());
        ctx.years().open(2026, Optional.empty());
    }

    public long unit(String name, UnitKind kind, CellType type, LocalDate established) throws AppException {
        return ctx.units().create(new NewUnit(Optional.of(root), kind, Optional.of(type), name, Optional.of(established),
                Optional.empty()));
    }

    /// A full member admitted on `admitted` (full a year later when that is before today) in `cell`.
    public long member(long cell, String name, LocalDate admitted) throws AppException {
        return member(cell, name, admitted, null);
    }

    /// Born 04/03/1975, with a card number when given.
    public long member(long cell, String name, LocalDate admitted, String card) throws AppException {
        LocalDate full = admitted.plusYears(1);
        PersonName n = PersonName.parse(name);
        return ctx.members().save(new MemberDetails(null, n.family(), n.middle(), n.given(), Gender.MALE,
                BIRTH, null, null, null, null, null, null, null, null, cell, admitted, null, admitted,
                full.isAfter(TODAY) ? null : full, card, null, null, null, null, null, null, null, null, false));
    }

    public long member(long cell, String name) throws AppException {
        return member(cell, name, LocalDate.of(2005, 5, 19));
    }

    public void move(long member, long toCell, LocalDate day) throws AppException {
        ctx.members().lifecycle().record(new NewEvent(member, EventType.INTERNAL_TRANSFER, day, null, null,
                TransferDetails.toCell(toCell)));
    }

    public void event(long member, EventType type, LocalDate day) throws AppException {
        ctx.members().lifecycle().record(new NewEvent(member, type, day, null, null));
    }

    public void leader(long unit, long member, UnitRules.LeaderRole role) throws AppException {
        ctx.units().addLeader(new NewLeader(unit, Optional.of(member), role, Optional.of(LocalDate.of(2025, 7, 1)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /// A discipline decision (no feature writes discipline yet: the row a future discipline screen would write).
    public void discipline(Long member, Long unit, String form, LocalDate date) {
        ctx.db().save(trx -> trx.dsl().insertInto(DISCIPLINE).set(DISCIPLINE.MEMBER_ID, member).set(DISCIPLINE.UNIT_ID, unit)
                .set(DISCIPLINE.DISCIPLINE_FORM, form).set(DISCIPLINE.DECISION_NO, "05-QĐ/UBKTĐU").set(DISCIPLINE.DECISION_DATE, date)
                .set(DISCIPLINE.EFFECTIVE_FROM, date).execute());
    }

    public Optional<Evaluation> rate(long member, Level level, double score) throws AppException {
        return rating.save(new RatingInput(2026, Subject.member(member), Grade.NONE, Grade.NONE, Grade.of(level, score), ""));
    }

    public Optional<Evaluation> rateUnit(long unit, Level level, double score) throws AppException {
        return rating.save(new RatingInput(2026, Subject.unit(unit), Grade.NONE, Grade.NONE, Grade.of(level, score), ""));
    }

    /// Rows in a table, to show that a refusal wrote nothing.
    public int rows(String table) {
        return ctx.db().read(trx -> trx.dsl().fetchCount(trx.dsl().selectFrom(table)));
    }

    @Override
    public void close() {
        ctx.close();
    }
}
