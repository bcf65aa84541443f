package vn.dangvu.importing;

import java.util.List;
import java.util.Optional;

import vn.dangvu.common.PersonName;
import vn.dangvu.members.CarriedBadge;
import vn.dangvu.party.Gender;

/// One valid row of the import, parsed. `row` is the 1-based sheet row number. The status is not read from the
/// list: the members service derives it from the dates by the rules (a full-membership date: OFFICIAL).
public record ImportedMember(int row, PersonName name, Gender gender, ImportDates.Parsed birth,
                             ImportDates.Parsed admission, Optional<ImportDates.Parsed> fullMembership,
                             Optional<String> cardNumber, Optional<String> cccd, String cellName,
                             Optional<String> ethnicity, Optional<String> religion, Optional<String> homeTown,
                             Optional<String> address, Optional<String> occupation, Optional<String> phone,
                             Optional<String> note, List<CarriedBadge> badges) {
}
