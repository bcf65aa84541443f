package vn.dangvu.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.PartyUnit;

/// Who is rated in a year, where, and who is not (domain.md §6.2, §4.4) as pure functions:
///
/// - a member is rated in the cell where they attend meetings on the rating date (HD 43-HD/BTCTW: "đảng viên
///   được kiểm điểm ở chi bộ nơi sinh hoạt"), found from the lifecycle events; one admitted after the rating date
///   but in the year is listed in their cell at the year's end as not rated;
/// - not rated (Q124-QĐ/TW art. 5 §2; Q132 only the first): exempt from work and meetings, suspended, admitted
///   less than the rule set's months (6) before the rating date, each only when the rule set lists it;
/// - an organisation set up less than those months before the rating is not rated ("chi bộ mới thành lập chưa đủ
///   thời gian đánh giá", domain.md §11.2);
/// - the HTXSNV quota counts in each grassroots organisation (tổ chức cơ sở đảng: a đảng bộ cơ sở or a chi bộ
///   cơ sở; the cells directly under the commune committee count with the commune), HD 21-HD/BTCTW.
public final class RosterRules {

    /// Where a member stands on a day: the status then and the cell they attend.
    public record Placement(MemberStatus status, long cellId) {
    }

    /// The member's place in a year's rating: on the roll on the rating date, or only at the year's end.
    public record YearPlacement(Placement placement, boolean onRollAtRating) {
    }

    private RosterRules() {
    }

    /// On the roll on `day`: the status and cell then. The state before the first event after `day` is the state
    /// on `day`; without later events it is the current one (a member with no events and admitted after `day` was
    /// not yet a member).
    public static Optional<Placement> at(MemberFacts f, LocalDate day) {
        MemberFacts.Change next = f.later().stream().filter(c -> c.date().isAfter(day)).findFirst().orElse(null);
        MemberStatus status;
        Long cell;
        if (next != null) {
            status = next.before().orElse(null);
            cell = next.fromUnit().orElse(f.unitId());
        } else {
            if (f.admitted().isPresent() && f.admitted().get().isAfter(day)) {
                return Optional.empty();
            }
            status = f.status();
            cell = f.unitId();
        }
        if (status == null || !status.onRoll() || cell == null) {
            return Optional.empty();
        }
        return Optional.of(new Placement(status, cell));
    }

    /// The member's place in the rating of the year: on the rating date, else on the year's last day.
    public static Optional<YearPlacement> forYear(MemberFacts f, LocalDate ratingDate, int year) {
        Optional<Placement> atRating = at(f, ratingDate);
        if (atRating.isPresent()) {
            return Optional.of(new YearPlacement(atRating.get(), true));
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(ratingDate) ? at(f, end).map(p -> new YearPlacement(p, false)) : Optional.empty();
    }

    /// Why a member placed so is not rated, if they are not.
    public static Optional<ExemptionReason> exemption(RuleSet rs, YearPlacement p, Optional<LocalDate> admitted,
                                                      LocalDate ratingDate) {
        MemberStatus s = p.placement().status();
        if (s == MemberStatus.EXEMPT_WORK_MEETINGS && rs.exempts(ExemptionReason.EXEMPT_WORK_MEETINGS)) {
            return Optional.of(ExemptionReason.EXEMPT_WORK_MEETINGS);
        }
        if (s == MemberStatus.SUSPENDED && rs.exempts(ExemptionReason.SUSPENDED)) {
            return Optional.of(ExemptionReason.SUSPENDED);
        }
        boolean recent = !p.onRollAtRating()
                || admitted.map(a -> a.plusMonths(rs.admissionMinMonths()).isAfter(ratingDate)).orElse(false);
        if (recent && rs.exempts(ExemptionReason.ADMITTED_LT_6_MONTHS)) {
            return Optional.of(ExemptionReason.ADMITTED_LT_6_MONTHS);
        }
        return Optional.empty();
    }

    /// The organisations of the rating: every unit but the tổ đảng that exists on the rating date.
    public static boolean listed(PartyUnit u, LocalDate ratingDate) {
        return u.kind() != UnitKind.PARTY_GROUP && u.establishedDate().map(d -> !d.isAfter(ratingDate)).orElse(true)
                && u.dissolvedDate().map(d -> d.isAfter(ratingDate)).orElse(true);
    }

    /// Why an organisation is not rated: set up less than the rule set's months before the rating.
    public static Optional<ExemptionReason> exemption(RuleSet rs, PartyUnit u, LocalDate ratingDate) {
        boolean recent = u.establishedDate().map(d -> d.plusMonths(rs.admissionMinMonths()).isAfter(ratingDate)).orElse(false);
        return recent && rs.exempts(ExemptionReason.NEW_UNIT) ? Optional.of(ExemptionReason.NEW_UNIT) : Optional.empty();
    }

    /// The grassroots organisation a unit counts in for the quota: the nearest đảng bộ cơ sở or chi bộ cơ sở at or
    /// above it, else the root (the commune committee with its chi bộ trực thuộc).
    public static long quotaGroup(long unitId, Map<Long, PartyUnit> units) {
        PartyUnit u = units.get(unitId);
        long last = unitId;
        while (u != null) {
            if (u.kind() == UnitKind.GRASSROOTS_COMMITTEE || u.kind() == UnitKind.GRASSROOTS_CELL) {
                return u.id();
            }
            last = u.id();
            u = u.parentId().map(units::get).orElse(null);
        }
        return last;
    }

    /// The root of the tree (the commune committee): the scope of the organisations' quota.
    public static long quotaGroupRoot(Map<Long, PartyUnit> units) {
        return units.values().stream().filter(u -> u.parentId().isEmpty()).mapToLong(PartyUnit::id).min().orElse(0);
    }

    /// The unit and every unit under it.
    public static List<Long> subtree(long unitId, Map<Long, PartyUnit> units) {
        List<Long> out = new ArrayList<>();
        for (PartyUnit u : units.values()) {
            for (PartyUnit a = u; a != null; a = a.parentId().map(units::get).orElse(null)) {
                if (a.id() == unitId) {
                    out.add(u.id());
                    break;
                }
            }
        }
        return out;
    }
}
