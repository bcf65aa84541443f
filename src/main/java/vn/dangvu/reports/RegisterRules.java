package vn.dangvu.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.common.I18n;
import vn.dangvu.party.EventType;

/// Which cell's register (Sổ danh sách đảng viên, Mẫu 7-HSĐV; domain.md §4.1) a member is written in, and what
/// its columns 10–13 say, from the member's dated events. A register is a book: a member who moves to another
/// cell stays in the old cell's book with the date and the new cell in column 10 ("Ngày chuyển đi, đến đảng bộ cơ
/// sở nào"), and is written in the new cell's book from that date with the old cell in column 11 ("Ngày chuyển
/// đến, ở đảng bộ cơ sở nào đến"). Death and leaving the Party go in the book of the cell the member was in then.
public final class RegisterRules {

    /// Events that take a member out of a cell, into one, or both.
    static final Set<String> MOVES = Set.of(EventType.INTERNAL_TRANSFER.name(), EventType.UNIT_MERGE.name(),
            EventType.TRANSFER_IN.name(), EventType.TRANSFER_OUT.name());
    /// Moves between two cells of the commune (the other cell is named from the unit tree).
    static final Set<String> INTERNAL = Set.of(EventType.INTERNAL_TRANSFER.name(), EventType.UNIT_MERGE.name());
    /// Ways of leaving the Party, column 13 ("Ngày ra khỏi Đảng, hình thức ra Đảng").
    static final List<String> LEAVING = List.of(EventType.EXPULSION.name(), EventType.REMOVAL.name(),
            EventType.RESIGNATION.name(), EventType.PROBATION_FAILED.name());

    /// A member's event as stored: type, date, the cells before and after (ids and names; null when not in a cell
    /// of the commune), the organisation outside the commune of a transfer, the note.
    public record Event(String type, LocalDate date, Long fromUnit, Long toUnit, String fromName, String toName,
                        String external, String note) {
    }

    /// A move as column 10 or 11 prints it: the date, the other cell or organisation (may be empty), and the
    /// event type.
    public record Move(LocalDate date, String place, String type) {

        boolean internal() {
            return INTERNAL.contains(type);
        }
    }

    /// What a cell's book says of a member besides the record: moves out (column 10), moves in (column 11), death
    /// (column 12), leaving the Party (column 13) and temporary transfers away (noted in column 14).
    public record Book(List<Move> out, List<Move> in, Optional<Event> death, Optional<Event> leaving, List<Event> temporary) {
    }

    private RegisterRules() {
    }

    /// The cell the member was in when each event happened (just before it); null = not in a cell of the commune
    /// (before arriving by transfer, after a transfer out). A member with no move is in `currentUnit` throughout.
    static List<Long> cellsAt(List<Event> events, Long currentUnit) {
        Long cell = currentUnit;
        for (Event e : events) {
            if (MOVES.contains(e.type())) {
                cell = EventType.TRANSFER_IN.name().equals(e.type()) ? null : e.fromUnit() != null ? e.fromUnit() : currentUnit;
                break;
            }
        }
        List<Long> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(cell);
            if (MOVES.contains(e.type())) {
                cell = EventType.TRANSFER_OUT.name().equals(e.type()) ? null : e.toUnit();
            }
        }
        return out;
    }

    /// What the book of `unit` says of the member; empty when the member never belonged to it.
    static Optional<Book> book(List<Event> events, Long currentUnit, long unit) {
        List<Long> at = cellsAt(events, currentUnit);
        boolean belongs = Objects.equals(currentUnit, unit);
        List<Move> out = new ArrayList<>();
        List<Move> in = new ArrayList<>();
        Event death = null;
        Event leaving = null;
        List<Event> temporary = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            boolean here = Objects.equals(at.get(i), unit);
            belongs |= here;
            if (MOVES.contains(e.type())) {
                Long after = EventType.TRANSFER_OUT.name().equals(e.type()) ? null : e.toUnit();
                if (here && !Objects.equals(after, unit)) {
                    out.add(new Move(e.date(), INTERNAL.contains(e.type()) ? nz(e.toName()) : nz(e.external()), e.type()));
                } else if (!here && Objects.equals(after, unit)) {
                    belongs = true;
                    in.add(new Move(e.date(), INTERNAL.contains(e.type()) ? nz(e.fromName()) : nz(e.external()), e.type()));
                }
            } else if (here && EventType.DEATH.name().equals(e.type())) {
                death = e;
            } else if (here && LEAVING.contains(e.type())) {
                leaving = e;
            } else if (here && EventType.TEMPORARY_TRANSFER_OUT.name().equals(e.type())) {
                temporary.add(e);
            }
        }
        if (!belongs) {
            return Optional.empty();
        }
        return Optional.of(new Book(out, in, Optional.ofNullable(death), Optional.ofNullable(leaving), temporary));
    }

    /// The note the member import writes on the admission and full-membership events it creates from a list
    /// (importing.MemberImportRepository): such an event says when, not where.
    static final String IMPORTED = "import";

    /// The name of the cell the member was in when the last event of `type` happened; empty when there is no such
    /// event, when it came from an imported list (a member admitted in the army and listed in a cell now was not
    /// admitted there), or when the member was not in a cell of the commune then (made full elsewhere, then
    /// transferred in).
    static Optional<String> cellAt(List<Event> events, Long currentUnit, String currentName, EventType type) {
        List<Long> at = cellsAt(events, currentUnit);
        Long cell = null;
        for (int i = 0; i < events.size(); i++) {
            if (type.name().equals(events.get(i).type())) {
                cell = IMPORTED.equals(events.get(i).note()) ? null : at.get(i);
            }
        }
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.equals(currentUnit)) {
            return Optional.ofNullable(currentName);
        }
        for (Event e : events) {
            if (cell.equals(e.fromUnit()) && e.fromName() != null) {
                return Optional.of(e.fromName());
            }
            if (cell.equals(e.toUnit()) && e.toName() != null) {
                return Optional.of(e.toName());
            }
        }
        return Optional.empty();
    }

    /// Column 8's badge entry: "30 năm" or "30 năm: số 123456".
    static String badge(int milestone, String number) {
        return number == null || number.isBlank() ? I18n.t("report.register.badge", milestone)
                : I18n.t("report.register.badgeNumber", milestone, number.strip());
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
