package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.dangvu.party.MemberStatus;

/// Who belongs to a working year's registrations, from the members' dated lifecycle events (domain.md §4.4): a
/// member is in the year when on the roll on any of its days. Pure functions over what [RosterRepository] reads.
final class YearRoll {

    /// A member as the roll needs them: the current unit and status (used when the file holds no events), the
    /// admission date, and the events in date order.
    record Facts(long memberId, String fullName, Optional<LocalDate> birthDate, String cardNumber, Long unitId,
                 MemberStatus status, Optional<LocalDate> admission, List<Event> events) {
    }

    /// One lifecycle event: its day, the status after it and the unit it moved the member to (if any).
    record Event(LocalDate date, MemberStatus after, Long toUnitId) {
    }

    /// Where a member stands towards a year.
    enum Presence {
        /// On the roll on some day of the year.
        IN_YEAR,
        /// Came onto the roll only after the year ended.
        JOINED_AFTER,
        /// Left the roll before the year began (or never was on it).
        LEFT_BEFORE
    }

    /// A member of the year: on the roll on `asOf` or not (left during the year), the status and cell then (the
    /// last ones while on the roll for a member who left).
    record Member(Facts facts, boolean onRollAsOf, MemberStatus status, long cellId) {
    }

    private YearRoll() {
    }

    static Presence presence(Facts f, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (f.events().isEmpty()) {
            if (f.admission().isPresent() && f.admission().get().isAfter(last)) {
                return Presence.JOINED_AFTER;
            }
            return f.status().onRoll() ? Presence.IN_YEAR : Presence.LEFT_BEFORE;
        }
        MemberStatus atStart = null;
        boolean onRollLater = false;
        boolean everBefore = false;
        for (Event e : f.events()) {
            if (!e.date().isAfter(first)) {
                atStart = e.after();
                everBefore = true;
            } else if (!e.date().isAfter(last) && e.after().onRoll()) {
                onRollLater = true;
            }
        }
        if (atStart != null && atStart.onRoll() || onRollLater) {
            return Presence.IN_YEAR;
        }
        boolean laterJoin = f.events().stream().anyMatch(e -> e.date().isAfter(last) && e.after().onRoll());
        return !everBefore && laterJoin ? Presence.JOINED_AFTER : Presence.LEFT_BEFORE;
    }

    /// The member in `year` counted on `asOf` (a day of the year), or empty when not in the year.
    static Optional<Member> member(Facts f, int year, LocalDate asOf) {
        if (presence(f, year) != Presence.IN_YEAR) {
            return Optional.empty();
        }
        if (f.events().isEmpty()) {
            return Optional.of(new Member(f, f.status().onRoll(), f.status(), f.unitId() == null ? 0 : f.unitId()));
        }
        MemberStatus status = null;
        MemberStatus lastOnRoll = null;
        Long cell = null;
        for (Event e : f.events()) {
            if (e.date().isAfter(asOf)) {
                break;
            }
            status = e.after();
            if (status.onRoll()) {
                lastOnRoll = status;
            }
            if (e.toUnitId() != null) {
                cell = e.toUnitId();
            }
        }
        if (cell == null) {
            cell = f.unitId();
        }
        boolean onRoll = status != null && status.onRoll();
        MemberStatus shown = onRoll ? status : lastOnRoll == null ? f.status() : lastOnRoll;
        return Optional.of(new Member(f, onRoll, shown, cell == null ? 0 : cell));
    }
}
