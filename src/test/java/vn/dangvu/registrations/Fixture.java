package vn.dangvu.registrations;

import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;
import static vn.dangvu.db.jooq.Tables.COLLECTIVE_REGISTRATION;
import static vn.dangvu.db.jooq.Tables.COLLECTIVE_REGISTRATION_ITEM;
import static vn.dangvu.db.jooq.Tables.LEARNING_REGISTRATION;
import static vn.dangvu.db.jooq.Tables.REGISTRATION_ITEM;
import static vn.dangvu.db.jooq.Tables.REGISTRATION_TEMPLATE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Table;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.common.AppException;
import vn.dangvu.common.PersonName;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.NewEvent;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;

/// A small commune on a real H2 file for the registration tests, "today" 21/11/2026, years 2025 and 2026 open:
///
/// - Chi bộ thôn 1: Nguyễn Văn An (card 01000001), Lê Thị Bình, Trần Văn Dũng (died 01/06/2024),
///   Phạm Thị Giang (exempt from work and meetings since 10/01/2025), Hoàng Văn Hải (died 15/06/2025);
/// - Chi bộ thôn 2: Đỗ Văn Cường (card 01000003), Vũ Thị Em (admitted 01/03/2026).
public final class Fixture implements AutoCloseable {

    public static final LocalDate BIRTH = LocalDate.of(1970, 5, 1);

    public final AppContext ctx;
    public final RegistrationService service;
    public final long root;
    public final long cell1;
    public final long cell2;
    public final long an;
    public final long binh;
    public final long dung;
    public final long giang;
    public final long hai;
    public final long cuong;
    public final long em;

    public Fixture(Path dir) throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(2026, 11, 21));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bí", "", 2025, 2030));
        root = ctx.units().all().get(0).id();
        cell1 = cell("Chi bộ thôn 1");
        cell2 = cell("Chi bộ thôn 2");
        ctx.years().open(2025, Optional.of("Chuyên đề năm 2025"));
        ctx.years().open(2026, Optional.of("Chuyên đề năm 2026"));
        an = member("Nguyễn Văn An", Gender.MALE, cell1, LocalDate.of(2000, 3, 2), "01000001");
        binh = member("Lê Thị Bình", Gender.FEMALE, cell1, LocalDate.of(2005, 7, 9), null);
        dung = member("Trần Văn Dũng", Gender.MALE, cell1, LocalDate.of(1990, 1, 15), null);
        giang = member("Phạm Thị Giang", Gender.FEMALE, cell1, LocalDate.of(1995, 9, 2), null);
        hai = member("Hoàng Văn Hải", Gender.MALE, cell1, LocalDate.of(1999, 4, 4), null);
        cuong = member("Đỗ Văn Cường", Gender.MALE, cell2, LocalDate.of(2010, 2, 3), "01000003");
        em = member("Vũ Thị Em", Gender.FEMALE, cell2, LocalDate.of(2026, 3, 1), null);
        event(dung, EventType.DEATH, LocalDate.of(2024, 6, 1));
        event(giang, EventType.EXEMPTION_START, LocalDate.of(2025, 1, 10));
        event(hai, EventType.DEATH, LocalDate.of(2025, 6, 15));
        service = ctx.registrations();
    }

    public long cell(String name) throws AppException {
        return ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET), name,
                Optional.empty(), Optional.empty()));
    }

    public long member(String name, Gender g, long unit, LocalDate admitted, String card) throws AppException {
        PersonName n = PersonName.parse(name);
        LocalDate full = admitted.plusYears(1).isBefore(LocalDate.of(2026, 11, 21)) ? admitted.plusYears(1) : null;
        return ctx.members().save(new MemberDetails(null, n.family(), n.middle(), n.given(), g, BIRTH, null, null, null, null,
                null, null, null, null, unit, admitted, null, admitted, full, card, null, null, null, null, null, null,
                null, null, false));
    }

    public void event(long member, EventType type, LocalDate day) throws AppException {
        ctx.members().lifecycle().record(new NewEvent(member, type, day, null, null));
    }

    public static RegistrationItem item(String content, String measure, String deadline) {
        return RegistrationItem.of(content, measure, Optional.ofNullable(deadline).map(LocalDate::parse));
    }

    public static RegistrationForm form(int year, long member, RegistrationItem... items) {
        return RegistrationForm.of(year, Subject.member(member), List.of(items));
    }

    /// Rows of every registration table and the audit trail: "nothing written" is this staying the same.
    public String digest() {
        StringBuilder sb = new StringBuilder();
        for (Table<?> t : List.of(LEARNING_REGISTRATION, REGISTRATION_ITEM, COLLECTIVE_REGISTRATION, COLLECTIVE_REGISTRATION_ITEM,
                REGISTRATION_TEMPLATE, AUDIT_LOG)) {
            sb.append(t.getName()).append(':').append(ctx.db().dsl().fetch(ctx.db().dsl().selectFrom(t)).formatCSV()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
