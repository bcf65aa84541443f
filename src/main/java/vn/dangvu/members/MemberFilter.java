package vn.dangvu.members;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// Optional filters of the member list; a null field (or an empty status set) means "any".
/// `ageBand` compares the age on `asOf`; `partyAgeBand` the party age computed when the list was loaded.
public record MemberFilter(Set<MemberStatus> statuses, Gender gender, String ethnicityCode, String theoryLevelCode,
                           AgeBand ageBand, AgeBand partyAgeBand, LocalDate asOf) {

    public MemberFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (ageBand != null && asOf == null) {
            throw new IllegalArgumentException("an age band needs the date the age is counted on");
        }
    }

    public static MemberFilter none() {
        return new MemberFilter(Set.of(), null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return statuses.isEmpty() && gender == null && ethnicityCode == null && theoryLevelCode == null
                && ageBand == null && partyAgeBand == null;
    }

    public boolean matches(MemberRow r) {
        if (!statuses.isEmpty() && !statuses.contains(r.status())) {
            return false;
        }
        if (gender != null && gender != r.gender()) {
            return false;
        }
        if (ethnicityCode != null && !ethnicityCode.equals(r.ethnicityCode())) {
            return false;
        }
        if (theoryLevelCode != null && !theoryLevelCode.equals(r.theoryLevelCode())) {
            return false;
        }
        if (ageBand != null && !ageBand.contains(age(r.birthDate(), asOf))) {
            return false;
        }
        return partyAgeBand == null || partyAgeBand.contains(r.partyAgeYears());
    }

    /// Full years of age on a date, or null when the birth date is unknown.
    public static Integer age(LocalDate birth, LocalDate on) {
        return birth == null || on.isBefore(birth) ? null : (int) ChronoUnit.YEARS.between(birth, on);
    }
}
