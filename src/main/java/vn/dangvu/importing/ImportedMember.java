package vn.dangvu.importing;

import java.util.Optional;

import vn.dangvu.common.PersonName;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// One valid row of the import, parsed. `row` is the 1-based sheet row number.
public record ImportedMember(int row, PersonName name, Gender gender, ImportDates.Parsed birth,
                             ImportDates.Parsed admission, Optional<ImportDates.Parsed> fullMembership,
                             MemberStatus status, Optional<String> cardNumber, Optional<String> cccd, String cellName,
                             Optional<String> ethnicity, Optional<String> religion, Optional<String> homeTown,
                             Optional<String> address, Optional<String> occupation, Optional<String> phone,
                             Optional<String> note) {
}
