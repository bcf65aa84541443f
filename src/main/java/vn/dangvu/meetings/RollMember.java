package vn.dangvu.meetings;

import vn.dangvu.party.MemberStatus;

/// A member expected at a cell's meeting on a day: on the cell's roll that day, probationary or full (members
/// exempt from meetings, suspended or away on temporary transfer are not expected).
public record RollMember(long memberId, String fullName, MemberStatus status) {
}
